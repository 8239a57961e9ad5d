"""The `BirdDetails` schema."""

import typing

import pydantic

from petstore_coverage._core import SDKModel


class BirdDetails(SDKModel):
    """The `BirdDetails` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    can_talk: bool

    kind: typing.Literal["bird"] | str

    wingspan_cm: float | None = None
