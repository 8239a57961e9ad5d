"""The `Attachment` schema."""

import pydantic

from task_board._core import SDKModel


class Attachment(SDKModel):
    """The `Attachment` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    filename: str

    id: str

    size_bytes: int

    task_id: int

    caption: str | None = None
