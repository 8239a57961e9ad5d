"""The `PaymentRequest` schema."""

import typing

import pydantic

from payments_gateway._core import SDKModel


class PaymentRequest(SDKModel):
    """The `PaymentRequest` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    amount: int
    """In minor units."""

    currency: typing.Literal["EUR", "GBP", "USD"] | str

    description: str | None = None
