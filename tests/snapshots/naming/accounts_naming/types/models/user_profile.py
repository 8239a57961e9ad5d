"""The `UserProfile` schema."""

import pydantic

from accounts_naming._core import SDKModel

from .user_profile2 import UserProfile2


class UserProfile(SDKModel):
    """The `UserProfile` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    user_id: int

    bio: str | None = None

    links: list[str] | None = None

    raw: UserProfile2 | None = None
    """The legacy record; `UserProfile` in PascalCase."""
