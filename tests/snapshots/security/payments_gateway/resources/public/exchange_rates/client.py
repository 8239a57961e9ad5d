"""Clients for `public.exchange_rates`: `list`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    NotGiven,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from payments_gateway.types import models


@functools.cache
def _list_endpoint() -> Endpoint[models.ExchangeRates]:
    return Endpoint(
        method="GET",
        path="/public/exchange-rates",
        operation="public.exchange_rates.list",
        security=((), ("bearerAuth",)),
        response_type=models.ExchangeRates,
        error_types={400: models.Error},
    )


class ExchangeRatesClient:
    """Synchronous client for `public.exchange_rates`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ExchangeRatesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ExchangeRatesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ExchangeRatesClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ExchangeRatesClientWithStreamingResponse(self)

    def list(
        self,
        *,
        base: typing.Literal["EUR", "GBP", "USD"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.ExchangeRates:
        """Exchange rates (optional authentication - a token raises the rate limit)

        `GET /public/exchange-rates`

        Args:
            base:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Rates against `base`.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _list_endpoint(),
            query={"base": base},
            request_options=request_options,
        )

    # @custom-begin ExchangeRatesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ExchangeRatesClient


class ExchangeRatesClientWithRawResponse:
    """`ExchangeRatesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ExchangeRatesClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class ExchangeRatesClientWithStreamingResponse:
    """`ExchangeRatesClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ExchangeRatesClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncExchangeRatesClient:
    """Asynchronous client for `public.exchange_rates`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncExchangeRatesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncExchangeRatesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncExchangeRatesClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncExchangeRatesClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        base: typing.Literal["EUR", "GBP", "USD"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.ExchangeRates:
        """Exchange rates (optional authentication - a token raises the rate limit)

        `GET /public/exchange-rates`

        Args:
            base:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Rates against `base`.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={"base": base},
            request_options=request_options,
        )

    # @custom-begin AsyncExchangeRatesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncExchangeRatesClient


class AsyncExchangeRatesClientWithRawResponse:
    """`AsyncExchangeRatesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncExchangeRatesClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncExchangeRatesClientWithStreamingResponse:
    """`AsyncExchangeRatesClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncExchangeRatesClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
