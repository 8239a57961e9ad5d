"""The `CompletedEvent` schema."""

import typing

import pydantic

from media_library._core import SDKModel


class CompletedEvent(SDKModel):
    """The `CompletedEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    media_id: str

    type_: typing.Literal["completed"] | str = pydantic.Field(alias="type")

    duration_ms: int | None = None
