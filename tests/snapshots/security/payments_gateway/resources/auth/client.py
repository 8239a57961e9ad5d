"""Clients for `auth`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from payments_gateway.resources.auth.token.client import (
        AsyncTokenClient,
        TokenClient,
    )


class AuthClient:
    """Synchronous client for `auth`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def token(self) -> TokenClient:
        from payments_gateway.resources.auth.token.client import TokenClient

        return TokenClient(base_client=self._base_client)

    # @custom-begin AuthClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AuthClient


class AsyncAuthClient:
    """Asynchronous client for `auth`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def token(self) -> AsyncTokenClient:
        from payments_gateway.resources.auth.token.client import AsyncTokenClient

        return AsyncTokenClient(base_client=self._base_client)

    # @custom-begin AsyncAuthClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAuthClient
