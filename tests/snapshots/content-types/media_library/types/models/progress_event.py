"""The `ProgressEvent` schema."""

import typing

import pydantic

from media_library._core import SDKModel


class ProgressEvent(SDKModel):
    """The `ProgressEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    percent: int

    type_: typing.Literal["progress"] | str = pydantic.Field(alias="type")

    stage: typing.Literal["uploading", "transcoding", "thumbnailing"] | str | None = (
        None
    )
