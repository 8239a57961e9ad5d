"""A node of a tree; `children` refers back to this schema."""

import pydantic

from task_board._core import SDKModel


class TreeNode(SDKModel):
    """A node of a tree; `children` refers back to this schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    children: "list[TreeNode]"

    id: int

    name: str
