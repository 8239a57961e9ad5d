"""The `Error` schema."""

from __future__ import annotations

import pydantic


class Error(pydantic.BaseModel):
    """The `Error` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: str
    """A human-readable explanation of what went wrong."""
