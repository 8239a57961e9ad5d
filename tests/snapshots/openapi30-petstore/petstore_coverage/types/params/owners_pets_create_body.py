"""The request body of `POST /owners/{ownerId}/pets`."""

from __future__ import annotations

import datetime

import typing_extensions


class OwnersPetsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /owners/{ownerId}/pets`."""

    pet_id: typing_extensions.Required[int]

    adopted_on: typing_extensions.NotRequired[str | datetime.date]
