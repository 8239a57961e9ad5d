"""The `OrderCreatedEvent` schema."""

import datetime
import typing

import pydantic

from shop_events._core import SDKModel

from .order import Order


class OrderCreatedEvent(SDKModel):
    """The `OrderCreatedEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    data: Order

    id: str

    type_: typing.Literal["order.created"] | str = pydantic.Field(alias="type")
