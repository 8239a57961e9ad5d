"""Clients for `health`: `list`."""

from __future__ import annotations

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
def _list_endpoint() -> Endpoint[models.HealthListResponse]:
    return Endpoint(
        method="GET",
        path="/health",
        operation="health.list",
        response_type=models.HealthListResponse,
    )


class HealthClient:
    """Synchronous client for `health`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> HealthClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return HealthClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> HealthClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return HealthClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.HealthListResponse:
        """Liveness (`security: []` - no authentication)

        `GET /health`

        Returns:
            The service is up.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin HealthClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end HealthClient


class HealthClientWithRawResponse:
    """`HealthClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: HealthClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class HealthClientWithStreamingResponse:
    """`HealthClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: HealthClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncHealthClient:
    """Asynchronous client for `health`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncHealthClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncHealthClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncHealthClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncHealthClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.HealthListResponse:
        """Liveness (`security: []` - no authentication)

        `GET /health`

        Returns:
            The service is up.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncHealthClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncHealthClient


class AsyncHealthClientWithRawResponse:
    """`AsyncHealthClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncHealthClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncHealthClientWithStreamingResponse:
    """`AsyncHealthClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncHealthClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
