"""Clients for `keys`: `list`."""

from __future__ import annotations

import functools
import typing

from schema_shapes._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from schema_shapes.types import models


@functools.cache
def _list_endpoint() -> Endpoint[models.KeysListResponse]:
    return Endpoint(
        method="GET",
        path="/keys",
        operation="keys.list",
        response_type=models.KeysListResponse,
    )


class KeysClient:
    """Synchronous client for `keys`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> KeysClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return KeysClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> KeysClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return KeysClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.KeysListResponse:
        """List keys

        `GET /keys`

        Returns:
            A page of keys.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin KeysClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end KeysClient


class KeysClientWithRawResponse:
    """`KeysClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: KeysClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class KeysClientWithStreamingResponse:
    """`KeysClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: KeysClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncKeysClient:
    """Asynchronous client for `keys`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncKeysClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncKeysClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncKeysClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncKeysClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.KeysListResponse:
        """List keys

        `GET /keys`

        Returns:
            A page of keys.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncKeysClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncKeysClient


class AsyncKeysClientWithRawResponse:
    """`AsyncKeysClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncKeysClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncKeysClientWithStreamingResponse:
    """`AsyncKeysClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncKeysClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
