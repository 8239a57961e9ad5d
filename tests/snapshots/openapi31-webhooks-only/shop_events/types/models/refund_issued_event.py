"""The `RefundIssuedEvent` schema."""

import datetime
import typing

import pydantic

from shop_events._core import SDKModel

from .refund import Refund


class RefundIssuedEvent(SDKModel):
    """The `RefundIssuedEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    data: Refund

    id: str

    type_: typing.Literal["refund.issued"] | str = pydantic.Field(alias="type")
