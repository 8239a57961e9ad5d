"""The `Folder` schema."""

import typing

import pydantic

from task_board._core import SDKModel, discriminate_by

from .document import Document


class Folder(SDKModel):
    """The `Folder` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    entries: 'list[typing.Annotated[typing.Annotated[Folder, pydantic.Tag("0")] | typing.Annotated[Document, pydantic.Tag("1")], pydantic.Discriminator(discriminate_by("kind", {"folder": "0", "document": "1"}))]]'

    id: str

    kind: typing.Literal["folder"] | str

    name: str
