"""N2faChallengesCreateBody"""

from __future__ import annotations

import typing

import typing_extensions


class N2faChallengesCreateBody(typing_extensions.TypedDict):
    """N2faChallengesCreateBody"""

    method: typing_extensions.Required[typing.Literal["totp", "sms", "webauthn"]]
    """A schema name that starts with a digit."""
