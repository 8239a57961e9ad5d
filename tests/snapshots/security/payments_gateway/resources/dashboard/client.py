"""Clients for `dashboard`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from payments_gateway.resources.dashboard.summary.client import (
        AsyncSummaryClient,
        SummaryClient,
    )


class DashboardClient:
    """Synchronous client for `dashboard`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def summary(self) -> SummaryClient:
        from payments_gateway.resources.dashboard.summary.client import SummaryClient

        return SummaryClient(base_client=self._base_client)

    # @custom-begin DashboardClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end DashboardClient


class AsyncDashboardClient:
    """Asynchronous client for `dashboard`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def summary(self) -> AsyncSummaryClient:
        from payments_gateway.resources.dashboard.summary.client import (
            AsyncSummaryClient,
        )

        return AsyncSummaryClient(base_client=self._base_client)

    # @custom-begin AsyncDashboardClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncDashboardClient
