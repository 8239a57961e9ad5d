"""Clients for `store.inventory`: `list`."""

from __future__ import annotations

import functools
import typing

from petstore_coverage._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from petstore_coverage.types import models


@functools.cache
def _list_endpoint() -> Endpoint[dict[str, int]]:
    return Endpoint(
        method="GET",
        path="/store/inventory",
        operation="store.inventory.list",
        response_type=dict[str, int],
        error_types={"default": models.Error},
    )


class InventoryClient:
    """Synchronous client for `store.inventory`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> InventoryClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return InventoryClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> InventoryClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return InventoryClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> dict[str, int]:
        """Stock by status

        `GET /store/inventory`

        Returns:
            A map of pet status to the number of pets with it.

        Raises:
            APIStatusError: Any other error.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin InventoryClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end InventoryClient


class InventoryClientWithRawResponse:
    """`InventoryClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: InventoryClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class InventoryClientWithStreamingResponse:
    """`InventoryClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: InventoryClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncInventoryClient:
    """Asynchronous client for `store.inventory`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncInventoryClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncInventoryClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncInventoryClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncInventoryClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> dict[str, int]:
        """Stock by status

        `GET /store/inventory`

        Returns:
            A map of pet status to the number of pets with it.

        Raises:
            APIStatusError: Any other error.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncInventoryClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncInventoryClient


class AsyncInventoryClientWithRawResponse:
    """`AsyncInventoryClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncInventoryClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncInventoryClientWithStreamingResponse:
    """`AsyncInventoryClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncInventoryClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
