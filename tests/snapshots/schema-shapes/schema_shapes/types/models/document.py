"""The `Document` schema."""

import typing

import pydantic

from schema_shapes._core import SDKModel

from .error_details import ErrorDetails
from .json import Json
from .outline import Outline
from .window import Window


class Document(SDKModel):
    """The `Document` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    kind: typing.Literal["article", "note"] | str
    """What the document is."""

    title: str

    archived: None = None
    """Reserved; always null."""

    errors: ErrorDetails | None = None
    """Errors per field, nested like the document they describe."""

    labels: list[str] | None = None
    """Labels to find it by."""

    metadata: Json | None = None
    """Any JSON value; arrays and objects hold JSON values again."""

    outline: Outline | None = None
    """A tree of section names, each mapping to its own sub-sections."""

    window: Window | None = None
    """When it may be republished."""
