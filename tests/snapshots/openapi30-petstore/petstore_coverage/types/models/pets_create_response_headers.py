"""The response headers the API declares."""

import pydantic

from petstore_coverage._core import SDKModel


class PetsCreateResponseHeaders(SDKModel):
    """The response headers the API declares."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    location: str | None = pydantic.Field(default=None, alias="Location")
    """The URL of the new pet."""
