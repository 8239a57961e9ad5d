"""The `Vaccination` schema."""

from __future__ import annotations

import datetime
import typing

import pydantic


class Vaccination(pydantic.BaseModel):
    """The `Vaccination` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    given_on: datetime.date

    vaccine: (
        typing.Literal["rabies", "distemper", "parvovirus", "feline-leukemia"] | str
    )

    booster_due: datetime.date | None = None

    id: str | None = None
