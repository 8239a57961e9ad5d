"""The `Payment` schema."""

import datetime
import typing

import pydantic

from payments_gateway._core import SDKModel


class Payment(SDKModel):
    """The `Payment` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    amount: int

    created_at: datetime.datetime

    currency: typing.Literal["EUR", "GBP", "USD"] | str

    id: str

    status: typing.Literal["pending", "succeeded", "failed", "refunded"] | str

    description: str | None = None
