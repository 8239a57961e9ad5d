"""The `EventBase` schema."""

import datetime

import pydantic

from shop_events._core import SDKModel


class EventBase(SDKModel):
    """The `EventBase` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    id: str

    type_: str = pydantic.Field(alias="type")
