"""Clients for `store.kennels`."""

from __future__ import annotations

import functools
import typing

from petstore_coverage._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from petstore_coverage.resources.store.kennels.layout.client import (
        AsyncLayoutClient,
        LayoutClient,
    )


class KennelsClient:
    """Synchronous client for `store.kennels`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def layout(self) -> LayoutClient:
        from petstore_coverage.resources.store.kennels.layout.client import LayoutClient

        return LayoutClient(base_client=self._base_client)

    # @custom-begin KennelsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end KennelsClient


class AsyncKennelsClient:
    """Asynchronous client for `store.kennels`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def layout(self) -> AsyncLayoutClient:
        from petstore_coverage.resources.store.kennels.layout.client import (
            AsyncLayoutClient,
        )

        return AsyncLayoutClient(base_client=self._base_client)

    # @custom-begin AsyncKennelsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncKennelsClient
