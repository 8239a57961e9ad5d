"""The `Error` schema."""

import pydantic

from payments_gateway._core import SDKModel


class Error(SDKModel):
    """The `Error` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    error: str

    message: str
