"""The `PetPage` schema."""

from __future__ import annotations

import pydantic

from .page_info import PageInfo
from .pet import Pet


class PetPage(pydantic.BaseModel):
    """The `PetPage` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    data: list[Pet]

    page: PageInfo
    """Cursor pagination."""
