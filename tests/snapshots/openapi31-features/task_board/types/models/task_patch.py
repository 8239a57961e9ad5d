"""Every field is optional; `null` clears the field."""

import datetime
import typing

import pydantic

from task_board._core import SDKModel


class TaskPatch(SDKModel):
    """Every field is optional; `null` clears the field."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    assignee_id: int | None = None

    due_on: datetime.date | None = None

    priority: typing.Literal["low", "normal", "high"] | str | None = None

    title: str | None = None
