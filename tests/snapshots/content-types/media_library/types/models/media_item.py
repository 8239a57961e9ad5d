"""The `MediaItem` schema."""

import datetime
import typing

import pydantic

from media_library._core import SDKModel


class MediaItem(SDKModel):
    """The `MediaItem` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    id: str

    media_type: str

    size_bytes: int

    status: typing.Literal["processing", "ready", "failed"] | str

    title: str

    description: str | None = None

    private: bool | None = None

    tags: list[str] | None = None
