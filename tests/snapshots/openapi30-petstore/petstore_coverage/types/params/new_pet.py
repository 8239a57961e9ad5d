"""The `NewPet` schema."""

from __future__ import annotations

import datetime
import typing

import typing_extensions


class NewPet(typing_extensions.TypedDict):
    """The `NewPet` schema."""

    name: typing_extensions.Required[str]

    species: typing_extensions.Required[typing.Literal["dog", "cat", "bird"]]
    """String enum."""

    birth_date: typing_extensions.NotRequired[str | datetime.date]

    microchip_id: typing_extensions.NotRequired[str]

    nickname: typing_extensions.NotRequired[str]
    """Use `name`; kept for old clients."""

    tag: typing_extensions.NotRequired[str | None]
    """A free label; `null` when the pet has none."""

    vaccinated: typing_extensions.NotRequired[bool]

    weight_kg: typing_extensions.NotRequired[float]
