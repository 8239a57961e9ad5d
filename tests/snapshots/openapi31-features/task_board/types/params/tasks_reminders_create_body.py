"""The request body of `POST /tasks/{taskId}/reminders`."""

from __future__ import annotations

import typing

import typing_extensions


class TasksRemindersCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /tasks/{taskId}/reminders`."""

    message: typing_extensions.Required[str]

    channel: typing_extensions.NotRequired[typing.Literal["email", "chat"] | None]
    """`null` uses the assignee's preferred channel."""
