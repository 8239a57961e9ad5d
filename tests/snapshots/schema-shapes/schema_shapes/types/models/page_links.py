"""Links to the neighbouring pages."""

from __future__ import annotations

import pydantic


class PageLinks(pydantic.BaseModel):
    """Links to the neighbouring pages."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    next: str | None = None
    """The next page, absent on the last one."""
