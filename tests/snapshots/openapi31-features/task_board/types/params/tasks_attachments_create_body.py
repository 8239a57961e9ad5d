"""TasksAttachmentsCreateBody"""

from __future__ import annotations

import typing_extensions


class TasksAttachmentsCreateBody(typing_extensions.TypedDict):
    """TasksAttachmentsCreateBody"""

    file: typing_extensions.Required[str]
    """The file's bytes."""

    caption: typing_extensions.NotRequired[str | None]
