"""The `Vaccination` schema."""

from __future__ import annotations

import datetime
import typing

import typing_extensions


class Vaccination(typing_extensions.TypedDict):
    """The `Vaccination` schema."""

    given_on: typing_extensions.Required[str | datetime.date]

    vaccine: typing_extensions.Required[
        typing.Literal["rabies", "distemper", "parvovirus", "feline-leukemia"]
    ]

    booster_due: typing_extensions.NotRequired[str | datetime.date | None]
