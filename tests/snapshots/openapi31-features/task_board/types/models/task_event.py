"""The `TaskEvent` schema."""

import datetime
import typing

import pydantic

from task_board._core import SDKModel

from .task import Task


class TaskEvent(SDKModel):
    """The `TaskEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    event: typing.Literal["task.completed", "task.reopened"] | str

    occurred_at: datetime.datetime

    task: Task
