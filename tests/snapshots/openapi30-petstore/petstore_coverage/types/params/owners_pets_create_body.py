"""OwnersPetsCreateBody"""

from __future__ import annotations

import datetime

import typing_extensions


class OwnersPetsCreateBody(typing_extensions.TypedDict):
    """OwnersPetsCreateBody"""

    pet_id: typing_extensions.Required[int]

    adopted_on: typing_extensions.NotRequired[str | datetime.date]
