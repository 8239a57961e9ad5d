"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .attachment import Attachment as Attachment
    from .document import Document as Document
    from .folder import Folder as Folder
    from .list_node import ListNode as ListNode
    from .place import Place as Place
    from .problem import Problem as Problem
    from .task import Task as Task
    from .task_event import TaskEvent as TaskEvent
    from .task_input import TaskInput as TaskInput
    from .task_patch import TaskPatch as TaskPatch
    from .tree_node import TreeNode as TreeNode
    from .user import User as User

__all__ = [
    "Attachment",
    "Document",
    "Folder",
    "ListNode",
    "Place",
    "Problem",
    "Task",
    "TaskEvent",
    "TaskInput",
    "TaskPatch",
    "TreeNode",
    "User",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Attachment": ".attachment",
            "Document": ".document",
            "Folder": ".folder",
            "ListNode": ".list_node",
            "Place": ".place",
            "Problem": ".problem",
            "Task": ".task",
            "TaskEvent": ".task_event",
            "TaskInput": ".task_input",
            "TaskPatch": ".task_patch",
            "TreeNode": ".tree_node",
            "User": ".user",
        },
    )
