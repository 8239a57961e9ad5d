"""The `FailedEvent` schema."""

import typing

import pydantic

from media_library._core import SDKModel


class FailedEvent(SDKModel):
    """The `FailedEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    error: str

    type_: typing.Literal["failed"] | str = pydantic.Field(alias="type")
