"""The `LineItem` schema."""

import pydantic

from shop_events._core import SDKModel

from .money import Money


class LineItem(SDKModel):
    """The `LineItem` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    quantity: int

    sku: str

    unit_price: Money
