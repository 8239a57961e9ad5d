"""The `User` schema."""

import pydantic

from task_board._core import SDKModel


class User(SDKModel):
    """The `User` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: int

    name: str

    email: str | None = None
