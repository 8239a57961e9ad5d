"""The request body of `POST /auth/token`."""

from __future__ import annotations

import typing_extensions


class AuthTokenCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /auth/token`."""

    scope: typing_extensions.Required[str]

    expires_in: typing_extensions.NotRequired[int]
