"""The `TaskInput` schema."""

import datetime
import typing

import pydantic

from task_board._core import SDKModel


class TaskInput(SDKModel):
    """The `TaskInput` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    title: str

    assignee_id: int | None = None
    """`null` leaves the task unassigned."""

    due_on: datetime.date | None = None

    estimate_hours: float | None = None

    labels: list[str] | None = None

    priority: typing.Literal["low", "normal", "high"] | str | None = None
    """How urgent the task is (a `description` next to `$ref`, allowed in 3.1)."""
