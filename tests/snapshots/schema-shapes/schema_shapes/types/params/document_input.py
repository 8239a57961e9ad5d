"""The `DocumentInput` schema."""

from __future__ import annotations

import typing

import typing_extensions

from .json import Json
from .outline import Outline


class DocumentInput(typing_extensions.TypedDict):
    """The `DocumentInput` schema."""

    title: typing_extensions.Required[str]

    kind: typing_extensions.NotRequired[typing.Literal["article", "note"]]
    """What the document is."""

    labels: typing_extensions.NotRequired[list[str]]
    """Labels to find it by."""

    metadata: typing_extensions.NotRequired[Json]
    """Any JSON value; arrays and objects hold JSON values again."""

    outline: typing_extensions.NotRequired[Outline]
    """A tree of section names, each mapping to its own sub-sections."""

    ratio: typing_extensions.NotRequired[float]
    """How much of the page it takes (numbers with a fraction cannot be a Literal)."""
