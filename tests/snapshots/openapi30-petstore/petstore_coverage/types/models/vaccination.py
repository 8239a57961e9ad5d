"""The `Vaccination` schema."""

import datetime
import typing

import pydantic

from petstore_coverage._core import SDKModel


class Vaccination(SDKModel):
    """The `Vaccination` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    given_on: datetime.date

    vaccine: (
        typing.Literal["rabies", "distemper", "parvovirus", "feline-leukemia"] | str
    )

    booster_due: datetime.date | None = None

    id: str | None = None
