"""The `3DModel` schema."""

import typing

import pydantic

from accounts_naming._core import SDKModel


class N3DModel(SDKModel):
    """The `3DModel` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    format: typing.Literal["3mf", "stl", "obj", "glTF"] | str

    id: str

    name: str

    resolution: typing.Literal["480p", "720p", "1080p", "4k"] | str | None = None
    """Enum values that start with a digit."""

    vertex_count: int | None = None
