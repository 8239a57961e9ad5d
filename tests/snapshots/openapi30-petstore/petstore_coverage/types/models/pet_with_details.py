"""A stored pet (`NewPet` plus server-assigned fields)."""

import datetime
import typing

import pydantic

from petstore_coverage._core import SDKModel, discriminate_by

from .bird_details import BirdDetails
from .cat_details import CatDetails
from .dog_details import DogDetails


class PetWithDetails(SDKModel):
    """A stored pet (`NewPet` plus server-assigned fields)."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    details: typing.Annotated[
        typing.Annotated[DogDetails, pydantic.Tag("0")]
        | typing.Annotated[CatDetails, pydantic.Tag("1")]
        | typing.Annotated[BirdDetails, pydantic.Tag("2")],
        pydantic.Discriminator(
            discriminate_by("kind", {"dog": "0", "cat": "1", "bird": "2"})
        ),
    ]
    """Species-specific details, discriminated by `kind`."""

    id: int

    name: str

    species: typing.Literal["dog", "cat", "bird"] | str
    """String enum."""

    birth_date: datetime.date | None = None

    identifier: str | int | None = None
    """The pet's microchip UUID or its legacy numeric tag (`anyOf` of scalars)."""

    microchip_id: str | None = None

    nickname: str | None = None
    """Deprecated. Use `name`; kept for old clients."""

    tag: str | None = None
    """A free label; `null` when the pet has none."""

    vaccinated: bool | None = None

    weight_kg: float | None = None
