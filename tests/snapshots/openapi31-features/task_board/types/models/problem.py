"""The `Problem` schema."""

import pydantic

from task_board._core import SDKModel


class Problem(SDKModel):
    """The `Problem` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    status: int

    title: str

    type_: str = pydantic.Field(alias="type")

    detail: str | None = None
