"""Shadows `typing.List`."""

import pydantic

from accounts_naming._core import SDKModel


class List(SDKModel):
    """Shadows `typing.List`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    items: list[str] | None = None
