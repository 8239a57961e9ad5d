"""The `LineItem` schema."""

from __future__ import annotations

import pydantic

from .money import Money


class LineItem(pydantic.BaseModel):
    """The `LineItem` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    quantity: int

    sku: str

    unit_price: Money
