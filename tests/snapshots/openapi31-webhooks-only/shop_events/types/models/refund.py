"""The `Refund` schema."""

import typing

import pydantic

from shop_events._core import SDKModel

from .money import Money


class Refund(SDKModel):
    """The `Refund` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    amount: Money

    id: str

    order_id: str

    reason: typing.Literal["damaged", "late", "changed-mind"] | str | None = None
