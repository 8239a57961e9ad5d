"""The `2FAChallenge` schema."""

import typing

import pydantic

from accounts_naming._core import SDKModel


class N2FaChallenge(SDKModel):
    """The `2FAChallenge` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    expires_in: int

    id: str

    method: typing.Literal["totp", "sms", "webauthn"] | str
    """A schema name that starts with a digit."""
