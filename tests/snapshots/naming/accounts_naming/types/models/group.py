"""The `Group` schema."""

import typing

import pydantic

from accounts_naming._core import SDKModel


class Group(SDKModel):
    """The `Group` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: int

    name: str

    status: (
        typing.Literal[
            "active", "in-progress", "in_progress", "a", "A", "None", "class", ""
        ]
        | str
        | None
    ) = None
    """Enum values that collide after sanitising (`in-progress` / `in_progress`, `a` / `A`) or are keywords."""
