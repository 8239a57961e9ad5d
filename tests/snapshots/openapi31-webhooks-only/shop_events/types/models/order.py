"""The `Order` schema."""

import typing

import pydantic

from shop_events._core import SDKModel

from .address import Address
from .line_item import LineItem
from .money import Money


class Order(SDKModel):
    """The `Order` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str

    items: list[LineItem]

    status: typing.Literal["pending", "paid", "shipped", "cancelled"] | str

    total: Money

    customer_email: str | None = None

    note: str | None = None

    shipping_address: Address | None = None
