"""The `Place` schema."""

import typing

import pydantic

from task_board._core import SDKModel


class Place(SDKModel):
    """The `Place` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    coordinates: list[typing.Any]
    """[latitude, longitude] as a two-item tuple."""

    id: str

    name: str
