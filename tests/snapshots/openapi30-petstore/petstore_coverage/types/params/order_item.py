"""The `OrderItem` schema."""

from __future__ import annotations

import typing_extensions


class OrderItem(typing_extensions.TypedDict):
    """The `OrderItem` schema."""

    quantity: typing_extensions.Required[int]

    sku: typing_extensions.Required[str]
