"""The `DashboardSummary` schema."""

import typing

import pydantic

from payments_gateway._core import SDKModel


class DashboardSummary(SDKModel):
    """The `DashboardSummary` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    currency: typing.Literal["EUR", "GBP", "USD"] | str

    payments_count: int

    period: typing.Literal["day", "week", "month"] | str

    volume: int
