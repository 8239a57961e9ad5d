"""The `Order` schema."""

import datetime
import typing

import pydantic

from petstore_coverage._core import SDKModel

from .order_item import OrderItem


class Order(SDKModel):
    """The `Order` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    items: list[OrderItem]

    id: int | None = None

    notes: str | None = None

    placed_at: datetime.datetime | None = None

    priority: typing.Literal[1, 2, 3] | int | None = None
    """Integer enum: 1 = low, 2 = normal, 3 = urgent."""

    status: typing.Literal["placed", "approved", "delivered"] | str | None = None
