"""Github"""

import typing

import pydantic

from schema_shapes._core import SDKModel


class SourceGithub(SDKModel):
    """Github"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    name: str

    secret: str

    type_: typing.Literal["github"] | str = pydantic.Field(alias="type")
