"""The `OrderShippedEvent` schema."""

import datetime
import typing

import pydantic

from shop_events._core import SDKModel

from .shipment import Shipment


class OrderShippedEvent(SDKModel):
    """The `OrderShippedEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    data: Shipment

    id: str

    type_: typing.Literal["order.shipped"] | str = pydantic.Field(alias="type")
