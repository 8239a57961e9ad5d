"""The `DogDetails` schema."""

from __future__ import annotations

import typing

import pydantic


class DogDetails(pydantic.BaseModel):
    """The `DogDetails` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    breed: str

    kind: typing.Literal["dog"] | str

    good_with_children: bool | None = None
