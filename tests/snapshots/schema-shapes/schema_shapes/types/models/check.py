"""The `Check` schema."""

import pydantic

from schema_shapes._core import SDKModel


class Check(SDKModel):
    """The `Check` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    name: str

    target: str

    enabled: bool | None = None
