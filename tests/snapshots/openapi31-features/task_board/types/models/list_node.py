"""A singly linked list; `next` is another node or `null` at the end."""

import pydantic

from task_board._core import SDKModel


class ListNode(SDKModel):
    """A singly linked list; `next` is another node or `null` at the end."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    next: "ListNode | None"

    track: str

    duration_seconds: int | None = None
