"""The legacy record; its name differs from `Pet` only by case."""

import pydantic

from accounts_naming._core import SDKModel


class Pet2(SDKModel):
    """The legacy record; its name differs from `Pet` only by case."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    owner: int | None = None

    pet_name: str | None = None
