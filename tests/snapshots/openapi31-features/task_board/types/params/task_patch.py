"""Every field is optional; `null` clears the field."""

from __future__ import annotations

import datetime
import typing

import typing_extensions


class TaskPatch(typing_extensions.TypedDict):
    """Every field is optional; `null` clears the field."""

    assignee_id: typing_extensions.NotRequired[int | None]

    due_on: typing_extensions.NotRequired[str | datetime.date | None]

    priority: typing_extensions.NotRequired[typing.Literal["low", "normal", "high"]]

    title: typing_extensions.NotRequired[str]
