"""The `FieldError` schema."""

import pydantic

from petstore_coverage._core import SDKModel


class FieldError(SDKModel):
    """The `FieldError` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    field: str
    """The JSON pointer of the invalid field in the request."""

    message: str
