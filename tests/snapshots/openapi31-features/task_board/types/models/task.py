"""The `Task` schema."""

import datetime
import typing

import pydantic

from task_board._core import SDKModel

from .user import User


class Task(SDKModel):
    """The `Task` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    api_version: typing.Literal[2] | int
    """An integer `const`."""

    assignee: User | None
    """The user the task is assigned to; `null` when unassigned."""

    completed_at: datetime.datetime | None

    id: int

    labels: list[str]

    object: typing.Literal["task"] | str
    """Always `task` (a string `const`)."""

    priority: typing.Literal["low", "normal", "high"] | str
    """Priority, with a description next to the `$ref`."""

    title: str

    due_on: datetime.date | None = None

    estimate_hours: float | None = None
