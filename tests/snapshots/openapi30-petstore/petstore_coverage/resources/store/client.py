"""Clients for `store`."""

from __future__ import annotations

import functools
import typing

from petstore_coverage._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from petstore_coverage.resources.store.inventory.client import (
        AsyncInventoryClient,
        InventoryClient,
    )
    from petstore_coverage.resources.store.kennels.client import (
        AsyncKennelsClient,
        KennelsClient,
    )
    from petstore_coverage.resources.store.orders.client import (
        AsyncOrdersClient,
        OrdersClient,
    )
    from petstore_coverage.resources.store.status.client import (
        AsyncStatusClient,
        StatusClient,
    )


class StoreClient:
    """Synchronous client for `store`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def inventory(self) -> InventoryClient:
        from petstore_coverage.resources.store.inventory.client import InventoryClient

        return InventoryClient(base_client=self._base_client)

    @functools.cached_property
    def kennels(self) -> KennelsClient:
        from petstore_coverage.resources.store.kennels.client import KennelsClient

        return KennelsClient(base_client=self._base_client)

    @functools.cached_property
    def orders(self) -> OrdersClient:
        from petstore_coverage.resources.store.orders.client import OrdersClient

        return OrdersClient(base_client=self._base_client)

    @functools.cached_property
    def status(self) -> StatusClient:
        from petstore_coverage.resources.store.status.client import StatusClient

        return StatusClient(base_client=self._base_client)

    # @custom-begin StoreClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end StoreClient


class AsyncStoreClient:
    """Asynchronous client for `store`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def inventory(self) -> AsyncInventoryClient:
        from petstore_coverage.resources.store.inventory.client import (
            AsyncInventoryClient,
        )

        return AsyncInventoryClient(base_client=self._base_client)

    @functools.cached_property
    def kennels(self) -> AsyncKennelsClient:
        from petstore_coverage.resources.store.kennels.client import AsyncKennelsClient

        return AsyncKennelsClient(base_client=self._base_client)

    @functools.cached_property
    def orders(self) -> AsyncOrdersClient:
        from petstore_coverage.resources.store.orders.client import AsyncOrdersClient

        return AsyncOrdersClient(base_client=self._base_client)

    @functools.cached_property
    def status(self) -> AsyncStatusClient:
        from petstore_coverage.resources.store.status.client import AsyncStatusClient

        return AsyncStatusClient(base_client=self._base_client)

    # @custom-begin AsyncStoreClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncStoreClient
