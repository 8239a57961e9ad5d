"""The `DocumentInput` schema."""

import typing

import pydantic

from schema_shapes._core import SDKModel

from .json import Json
from .outline import Outline


class DocumentInput(SDKModel):
    """The `DocumentInput` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    title: str

    kind: typing.Literal["article", "note"] | str | None = None
    """What the document is."""

    labels: list[str] | None = None
    """Labels to find it by."""

    metadata: Json | None = None
    """Any JSON value; arrays and objects hold JSON values again."""

    outline: Outline | None = None
    """A tree of section names, each mapping to its own sub-sections."""

    ratio: float | None = None
    """How much of the page it takes (numbers with a fraction cannot be a Literal)."""
