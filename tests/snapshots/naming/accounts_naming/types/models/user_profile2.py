"""The legacy record; `UserProfile` in PascalCase."""

import pydantic

from accounts_naming._core import SDKModel


class UserProfile2(SDKModel):
    """The legacy record; `UserProfile` in PascalCase."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    user_id: int

    bio_text: str | None = None
