"""The `Updatable` schema."""

import pydantic

from schema_shapes._core import SDKModel


class Updatable(SDKModel):
    """The `Updatable` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    enabled: bool | None = None

    name: str | None = None

    target: str | None = None
