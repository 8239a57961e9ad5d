"""The `Document` schema."""

import typing

import pydantic

from task_board._core import SDKModel


class Document(SDKModel):
    """The `Document` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    kind: typing.Literal["document"] | str

    title: str

    word_count: int | None = None
