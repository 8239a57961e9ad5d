"""OrderItem"""

from __future__ import annotations

import typing_extensions


class OrderItem(typing_extensions.TypedDict):
    """OrderItem"""

    quantity: typing_extensions.Required[int]

    sku: typing_extensions.Required[str]
