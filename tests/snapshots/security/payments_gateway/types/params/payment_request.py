"""The `PaymentRequest` schema."""

from __future__ import annotations

import typing

import typing_extensions


class PaymentRequest(typing_extensions.TypedDict):
    """The `PaymentRequest` schema."""

    amount: typing_extensions.Required[int]
    """In minor units."""

    currency: typing_extensions.Required[typing.Literal["EUR", "GBP", "USD"]]

    description: typing_extensions.NotRequired[str]
