"""The `StoreStatus` schema."""

from __future__ import annotations

import datetime

import pydantic


class StoreStatus(pydantic.BaseModel):
    """The `StoreStatus` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    open: bool

    closes_at: datetime.datetime | None = None

    message: str | None = None
