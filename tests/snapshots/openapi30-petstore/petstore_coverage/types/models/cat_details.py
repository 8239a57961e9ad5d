"""The `CatDetails` schema."""

import typing

import pydantic

from petstore_coverage._core import SDKModel


class CatDetails(SDKModel):
    """The `CatDetails` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    indoor: bool

    kind: typing.Literal["cat"] | str

    lives_left: int | None = None
