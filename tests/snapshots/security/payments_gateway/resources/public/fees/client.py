"""Clients for `public.fees`: `list`."""

from __future__ import annotations

import builtins
import functools
import typing

from payments_gateway._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from payments_gateway.types import models


@functools.cache
def _list_endpoint() -> Endpoint[builtins.list[models.Fee]]:
    return Endpoint(
        method="GET",
        path="/public/fees",
        operation="public.fees.list",
        security=((),),
        response_type=builtins.list[models.Fee],
    )


class FeesClient:
    """Synchronous client for `public.fees`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> FeesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return FeesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> FeesClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return FeesClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Fee]:
        """The fee schedule (`security: [{}]` - anonymous access, written explicitly)

        `GET /public/fees`

        Returns:
            The fee schedule.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin FeesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end FeesClient


class FeesClientWithRawResponse:
    """`FeesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: FeesClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class FeesClientWithStreamingResponse:
    """`FeesClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: FeesClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncFeesClient:
    """Asynchronous client for `public.fees`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncFeesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncFeesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncFeesClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncFeesClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Fee]:
        """The fee schedule (`security: [{}]` - anonymous access, written explicitly)

        `GET /public/fees`

        Returns:
            The fee schedule.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncFeesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncFeesClient


class AsyncFeesClientWithRawResponse:
    """`AsyncFeesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncFeesClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncFeesClientWithStreamingResponse:
    """`AsyncFeesClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncFeesClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
