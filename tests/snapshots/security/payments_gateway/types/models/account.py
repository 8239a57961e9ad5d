"""The `Account` schema."""

import datetime
import typing

import pydantic

from payments_gateway._core import SDKModel


class Account(SDKModel):
    """The `Account` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    country: str

    default_currency: typing.Literal["EUR", "GBP", "USD"] | str

    id: str

    name: str

    created_at: datetime.datetime | None = None
