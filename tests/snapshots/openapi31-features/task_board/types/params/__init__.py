"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .task_input import TaskInput as TaskInput
    from .task_patch import TaskPatch as TaskPatch
    from .tasks_attachments_create_body import (
        TasksAttachmentsCreateBody as TasksAttachmentsCreateBody,
    )
    from .tasks_reminders_create_body import (
        TasksRemindersCreateBody as TasksRemindersCreateBody,
    )

__all__ = [
    "TaskInput",
    "TaskPatch",
    "TasksAttachmentsCreateBody",
    "TasksRemindersCreateBody",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "TaskInput": ".task_input",
            "TaskPatch": ".task_patch",
            "TasksAttachmentsCreateBody": ".tasks_attachments_create_body",
            "TasksRemindersCreateBody": ".tasks_reminders_create_body",
        },
    )
