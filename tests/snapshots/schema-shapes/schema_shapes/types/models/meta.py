"""How many items there are in all."""

import pydantic

from schema_shapes._core import SDKModel


class Meta(SDKModel):
    """How many items there are in all."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    total: int
