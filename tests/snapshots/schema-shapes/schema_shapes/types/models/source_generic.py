"""Generic"""

import typing

import pydantic

from schema_shapes._core import SDKModel


class SourceGeneric(SDKModel):
    """Generic"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    name: str

    type_: typing.Literal["generic"] | str = pydantic.Field(alias="type")
