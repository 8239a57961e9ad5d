"""The request body of `POST /media/batch`."""

from __future__ import annotations

import typing_extensions

from media_library._core import FileInput


class MediaBatchCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /media/batch`."""

    files: typing_extensions.Required[list[FileInput]]
    """One file part per file, all named `files`."""

    album: typing_extensions.NotRequired[str]
