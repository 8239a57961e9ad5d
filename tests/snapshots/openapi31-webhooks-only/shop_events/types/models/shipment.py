"""The `Shipment` schema."""

import datetime
import typing

import pydantic

from shop_events._core import SDKModel


class Shipment(SDKModel):
    """The `Shipment` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    carrier: typing.Literal["dhl", "ups", "royal-mail"] | str

    order_id: str

    shipped_at: datetime.datetime

    tracking_number: str
