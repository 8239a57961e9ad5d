"""The `Refund` schema."""

import typing

import pydantic

from payments_gateway._core import SDKModel


class Refund(SDKModel):
    """The `Refund` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    amount: int

    id: str

    payment_id: str

    status: typing.Literal["pending", "succeeded", "failed"] | str
