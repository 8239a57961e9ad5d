"""The legacy record; `UserProfile` in PascalCase."""

from __future__ import annotations

import pydantic


class UserProfile2(pydantic.BaseModel):
    """The legacy record; `UserProfile` in PascalCase."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    user_id: int

    bio_text: str | None = None
