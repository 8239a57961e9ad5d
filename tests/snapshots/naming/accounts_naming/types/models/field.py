"""Shadows `pydantic.Field`."""

import pydantic

from accounts_naming._core import SDKModel


class Field(SDKModel):
    """Shadows `pydantic.Field`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    name: str

    type_: str | None = pydantic.Field(default=None, alias="type")
