"""The `ExchangeRates` schema."""

import datetime
import typing

import pydantic

from payments_gateway._core import SDKModel


class ExchangeRates(SDKModel):
    """The `ExchangeRates` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    as_of: datetime.datetime

    base: typing.Literal["EUR", "GBP", "USD"] | str

    rates: dict[str, float]
