"""The `Fee` schema."""

import typing

import pydantic

from payments_gateway._core import SDKModel


class Fee(SDKModel):
    """The `Fee` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    currency: typing.Literal["EUR", "GBP", "USD"] | str

    fixed: int

    method: typing.Literal["card", "bank_transfer"] | str

    percent: float
