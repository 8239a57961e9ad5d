"""The request body of `POST /2fa/challenges`."""

from __future__ import annotations

import typing

import typing_extensions


class N2faChallengesCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /2fa/challenges`."""

    method: typing_extensions.Required[typing.Literal["totp", "sms", "webauthn"]]
    """A schema name that starts with a digit."""
