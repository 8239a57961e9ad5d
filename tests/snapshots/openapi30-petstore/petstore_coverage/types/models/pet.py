"""A stored pet (`NewPet` plus server-assigned fields)."""

import datetime
import typing

import pydantic

from petstore_coverage._core import SDKModel


class Pet(SDKModel):
    """A stored pet (`NewPet` plus server-assigned fields)."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    id: int

    name: str

    species: typing.Literal["dog", "cat", "bird"] | str
    """String enum."""

    birth_date: datetime.date | None = None

    microchip_id: str | None = None

    nickname: str | None = None
    """Deprecated. Use `name`; kept for old clients."""

    tag: str | None = None
    """A free label; `null` when the pet has none."""

    vaccinated: bool | None = None

    weight_kg: float | None = None
