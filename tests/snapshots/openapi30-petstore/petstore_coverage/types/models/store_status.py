"""The `StoreStatus` schema."""

import datetime

import pydantic

from petstore_coverage._core import SDKModel


class StoreStatus(SDKModel):
    """The `StoreStatus` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    open: bool

    closes_at: datetime.datetime | None = None

    message: str | None = None
