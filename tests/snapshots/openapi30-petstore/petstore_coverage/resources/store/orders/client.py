"""Clients for `store.orders`: `create`."""

from __future__ import annotations

import functools
import typing

from petstore_coverage._core import (
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
from petstore_coverage.types import models, params


@functools.cache
def _create_endpoint() -> Endpoint[models.Order]:
    return Endpoint(
        method="POST",
        path="/store/orders",
        operation="store.orders.create",
        response_type=models.Order,
        error_types={422: models.ValidationError, "default": models.Error},
    )


class OrdersClient:
    """Synchronous client for `store.orders`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> OrdersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return OrdersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> OrdersClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return OrdersClientWithStreamingResponse(self)

    def create(
        self,
        *,
        items: list[params.OrderItem],
        notes: str | None | NotGiven = NOT_GIVEN,
        priority: typing.Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Order:
        """Order supplies

        `POST /store/orders`

        Args:
            items:
            notes:
            priority: Integer enum: 1 = low, 2 = normal, 3 = urgent.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The order was placed.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
            APIStatusError: Any other error.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={"items": items, "notes": notes, "priority": priority},
            request_options=request_options,
        )

    # @custom-begin OrdersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end OrdersClient


class OrdersClientWithRawResponse:
    """`OrdersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: OrdersClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class OrdersClientWithStreamingResponse:
    """`OrdersClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: OrdersClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncOrdersClient:
    """Asynchronous client for `store.orders`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncOrdersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncOrdersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncOrdersClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncOrdersClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        items: list[params.OrderItem],
        notes: str | None | NotGiven = NOT_GIVEN,
        priority: typing.Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Order:
        """Order supplies

        `POST /store/orders`

        Args:
            items:
            notes:
            priority: Integer enum: 1 = low, 2 = normal, 3 = urgent.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The order was placed.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
            APIStatusError: Any other error.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={"items": items, "notes": notes, "priority": priority},
            request_options=request_options,
        )

    # @custom-begin AsyncOrdersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncOrdersClient


class AsyncOrdersClientWithRawResponse:
    """`AsyncOrdersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncOrdersClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncOrdersClientWithStreamingResponse:
    """`AsyncOrdersClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncOrdersClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
