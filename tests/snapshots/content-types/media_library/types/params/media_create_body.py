"""The request body of `POST /media`."""

from __future__ import annotations

import typing_extensions

from media_library._core import FileInput

from .geo_location import GeoLocation


class MediaCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /media`."""

    file: typing_extensions.Required[FileInput]
    """The media file (a file part)."""

    title: typing_extensions.Required[str]
    """A plain text field."""

    description: typing_extensions.NotRequired[str]

    location: typing_extensions.NotRequired[GeoLocation]
    """Sent as a JSON part of the multipart body."""

    private: typing_extensions.NotRequired[bool]

    tags: typing_extensions.NotRequired[list[str]]
    """Repeated text field."""

    thumbnail: typing_extensions.NotRequired[FileInput]
    """An optional preview image (a second file part)."""
