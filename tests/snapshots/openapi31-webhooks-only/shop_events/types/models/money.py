"""The `Money` schema."""

import typing

import pydantic

from shop_events._core import SDKModel


class Money(SDKModel):
    """The `Money` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    amount: int
    """In the currency's minor unit (cents)."""

    currency: typing.Literal["EUR", "GBP", "USD"] | str
