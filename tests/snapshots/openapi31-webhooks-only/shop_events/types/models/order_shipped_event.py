"""The `OrderShippedEvent` schema."""

from __future__ import annotations

import datetime
import typing

import pydantic

from .shipment import Shipment


class OrderShippedEvent(pydantic.BaseModel):
    """The `OrderShippedEvent` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    data: Shipment

    id: str

    type_: typing.Literal["order.shipped"] | str = pydantic.Field(alias="type")
