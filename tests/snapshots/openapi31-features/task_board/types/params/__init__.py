"""TypedDicts for request arguments."""

import importlib
import typing

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
_EXPORTS: dict[str, str] = {
    "TaskInput": ".task_input",
    "TaskPatch": ".task_patch",
    "TasksAttachmentsCreateBody": ".tasks_attachments_create_body",
    "TasksRemindersCreateBody": ".tasks_reminders_create_body",
}


def __getattr__(name: str) -> typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
