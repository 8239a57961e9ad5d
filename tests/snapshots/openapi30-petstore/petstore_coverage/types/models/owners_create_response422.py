"""An error returned by every API of the platform."""

from __future__ import annotations

import pydantic

from .owners_create_response422_errors_item import OwnersCreateResponse422ErrorsItem


class OwnersCreateResponse422(pydantic.BaseModel):
    """An error returned by every API of the platform."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    code: str
    """A stable, machine-readable error code."""

    errors: list[OwnersCreateResponse422ErrorsItem]

    message: str
    """A human-readable explanation."""

    request_id: str | None = None
    """The identifier of the request, for support."""
