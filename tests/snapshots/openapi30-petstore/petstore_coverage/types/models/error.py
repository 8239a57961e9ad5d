"""An error returned by every API of the platform."""

import pydantic

from petstore_coverage._core import SDKModel


class Error(SDKModel):
    """An error returned by every API of the platform."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    code: str
    """A stable, machine-readable error code."""

    message: str
    """A human-readable explanation."""

    request_id: str | None = None
    """The identifier of the request, for support."""
