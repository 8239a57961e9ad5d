"""AuthTokenCreateBody"""

from __future__ import annotations

import typing_extensions


class AuthTokenCreateBody(typing_extensions.TypedDict):
    """AuthTokenCreateBody"""

    scope: typing_extensions.Required[str]

    expires_in: typing_extensions.NotRequired[int]
