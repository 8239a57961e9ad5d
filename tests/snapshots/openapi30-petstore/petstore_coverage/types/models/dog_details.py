"""The `DogDetails` schema."""

import typing

import pydantic

from petstore_coverage._core import SDKModel


class DogDetails(SDKModel):
    """The `DogDetails` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    breed: str

    kind: typing.Literal["dog"] | str

    good_with_children: bool | None = None
