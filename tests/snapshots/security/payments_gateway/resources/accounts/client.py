"""Clients for `accounts`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from payments_gateway.resources.accounts.me.client import (
        AsyncMeClient,
        MeClient,
    )


class AccountsClient:
    """Synchronous client for `accounts`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def me(self) -> MeClient:
        from payments_gateway.resources.accounts.me.client import MeClient

        return MeClient(base_client=self._base_client)

    # @custom-begin AccountsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AccountsClient


class AsyncAccountsClient:
    """Asynchronous client for `accounts`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def me(self) -> AsyncMeClient:
        from payments_gateway.resources.accounts.me.client import AsyncMeClient

        return AsyncMeClient(base_client=self._base_client)

    # @custom-begin AsyncAccountsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAccountsClient
