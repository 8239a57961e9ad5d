"""The `InnerErrors` schema."""

import pydantic

from schema_shapes._core import SDKModel


class InnerErrors(SDKModel):
    """The `InnerErrors` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    errors: list[str] = pydantic.Field(alias="_errors")
    """The errors of this field."""
