"""PaymentRequest"""

from __future__ import annotations

import typing

import typing_extensions


class PaymentRequest(typing_extensions.TypedDict):
    """PaymentRequest"""

    amount: typing_extensions.Required[int]
    """In minor units."""

    currency: typing_extensions.Required[typing.Literal["EUR", "GBP", "USD"]]

    description: typing_extensions.NotRequired[str]
