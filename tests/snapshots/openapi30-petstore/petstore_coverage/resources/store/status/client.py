"""Clients for `store.status`: `list`."""

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
def _list_endpoint() -> Endpoint[models.StoreStatus]:
    return Endpoint(
        method="GET",
        path="/store/status",
        operation="store.status.list",
        response_type=models.StoreStatus,
        error_types={"default": models.StoreStatus},
    )


class StatusClient:
    """Synchronous client for `store.status`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> StatusClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return StatusClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> StatusClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return StatusClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.StoreStatus:
        """Opening status

        Declares only a `default` response, as some generators write.

        `GET /store/status`

        Returns:
            The store's status.

        Raises:
            APIStatusError: The store's status.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin StatusClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end StatusClient


class StatusClientWithRawResponse:
    """`StatusClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: StatusClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class StatusClientWithStreamingResponse:
    """`StatusClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: StatusClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncStatusClient:
    """Asynchronous client for `store.status`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncStatusClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncStatusClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncStatusClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncStatusClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.StoreStatus:
        """Opening status

        Declares only a `default` response, as some generators write.

        `GET /store/status`

        Returns:
            The store's status.

        Raises:
            APIStatusError: The store's status.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncStatusClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncStatusClient


class AsyncStatusClientWithRawResponse:
    """`AsyncStatusClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncStatusClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncStatusClientWithStreamingResponse:
    """`AsyncStatusClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncStatusClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
