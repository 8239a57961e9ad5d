"""The request body of `POST /tasks/{taskId}/attachments`."""

from __future__ import annotations

import typing_extensions

from task_board._core import FileInput


class TasksAttachmentsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /tasks/{taskId}/attachments`."""

    file: typing_extensions.Required[FileInput]
    """The file's bytes."""

    caption: typing_extensions.NotRequired[str | None]
