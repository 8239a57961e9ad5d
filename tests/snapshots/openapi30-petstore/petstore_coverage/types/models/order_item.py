"""The `OrderItem` schema."""

from __future__ import annotations

import pydantic


class OrderItem(pydantic.BaseModel):
    """The `OrderItem` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    quantity: int

    sku: str
