"""A source of events; its `name` applies to every kind of source."""

import typing

import pydantic

from schema_shapes._core import SDKModel


class SourceInputGeneric(SDKModel):
    """A source of events; its `name` applies to every kind of source."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    name: str

    type_: typing.Literal["generic"] | str = pydantic.Field(alias="type")
