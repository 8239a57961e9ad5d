"""The `Pet` schema."""

import pydantic

from accounts_naming._core import SDKModel

from .pet2 import Pet2


class Pet(SDKModel):
    """The `Pet` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: int

    name: str

    legacy: Pet2 | None = None
    """The legacy record; its name differs from `Pet` only by case."""
