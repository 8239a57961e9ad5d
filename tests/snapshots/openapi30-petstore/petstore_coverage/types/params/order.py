"""The `Order` schema."""

from __future__ import annotations

import typing

import typing_extensions

from .order_item import OrderItem


class Order(typing_extensions.TypedDict):
    """The `Order` schema."""

    items: typing_extensions.Required[list[OrderItem]]

    notes: typing_extensions.NotRequired[str | None]

    priority: typing_extensions.NotRequired[typing.Literal[1, 2, 3]]
    """Integer enum: 1 = low, 2 = normal, 3 = urgent."""
