"""The `Adoption` schema."""

import datetime

import pydantic

from petstore_coverage._core import SDKModel


class Adoption(SDKModel):
    """The `Adoption` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    adopted_on: datetime.date

    owner_id: str

    pet_id: int
