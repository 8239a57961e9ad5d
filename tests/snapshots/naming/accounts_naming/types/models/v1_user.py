"""A dotted, versioned schema name."""

import pydantic

from accounts_naming._core import SDKModel


class V1User(SDKModel):
    """A dotted, versioned schema name."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    email: str

    id: int

    n_2fa_enabled: bool | None = pydantic.Field(default=None, alias="2fa_enabled")
    """A property that starts with a digit."""

    user_id: str | None = pydantic.Field(default=None, alias="user-id")
    """The public handle; collides with `user_id` after sanitising."""

    user_id_2: int | None = pydantic.Field(default=None, alias="user_id")
    """The internal numeric id."""
