"""Shadows the SDK's `Client` class."""

import pydantic

from accounts_naming._core import SDKModel


class Client(SDKModel):
    """Shadows the SDK's `Client` class."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    name: str | None = None
