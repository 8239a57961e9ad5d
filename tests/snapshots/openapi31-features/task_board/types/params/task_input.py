"""The `TaskInput` schema."""

from __future__ import annotations

import datetime
import typing

import typing_extensions


class TaskInput(typing_extensions.TypedDict):
    """The `TaskInput` schema."""

    title: typing_extensions.Required[str]

    assignee_id: typing_extensions.NotRequired[int | None]
    """`null` leaves the task unassigned."""

    due_on: typing_extensions.NotRequired[str | datetime.date | None]

    estimate_hours: typing_extensions.NotRequired[float | None]

    labels: typing_extensions.NotRequired[list[str]]

    priority: typing_extensions.NotRequired[typing.Literal["low", "normal", "high"]]
    """How urgent the task is (a `description` next to `$ref`, allowed in 3.1)."""
