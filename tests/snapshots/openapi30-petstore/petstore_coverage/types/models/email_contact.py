"""The `EmailContact` schema."""

from __future__ import annotations

import pydantic


class EmailContact(pydantic.BaseModel):
    """The `EmailContact` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    email: str
