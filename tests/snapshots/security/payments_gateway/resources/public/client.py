"""Clients for `public`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from payments_gateway.resources.public.exchange_rates.client import (
        AsyncExchangeRatesClient,
        ExchangeRatesClient,
    )
    from payments_gateway.resources.public.fees.client import (
        AsyncFeesClient,
        FeesClient,
    )


class PublicClient:
    """Synchronous client for `public`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def exchange_rates(self) -> ExchangeRatesClient:
        from payments_gateway.resources.public.exchange_rates.client import (
            ExchangeRatesClient,
        )

        return ExchangeRatesClient(base_client=self._base_client)

    @functools.cached_property
    def fees(self) -> FeesClient:
        from payments_gateway.resources.public.fees.client import FeesClient

        return FeesClient(base_client=self._base_client)

    # @custom-begin PublicClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PublicClient


class AsyncPublicClient:
    """Asynchronous client for `public`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def exchange_rates(self) -> AsyncExchangeRatesClient:
        from payments_gateway.resources.public.exchange_rates.client import (
            AsyncExchangeRatesClient,
        )

        return AsyncExchangeRatesClient(base_client=self._base_client)

    @functools.cached_property
    def fees(self) -> AsyncFeesClient:
        from payments_gateway.resources.public.fees.client import AsyncFeesClient

        return AsyncFeesClient(base_client=self._base_client)

    # @custom-begin AsyncPublicClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPublicClient
