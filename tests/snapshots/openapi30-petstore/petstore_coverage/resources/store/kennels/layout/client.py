"""Clients for `store.kennels.layout`: `list`."""

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
def _list_endpoint() -> Endpoint[models.KennelLayout]:
    return Endpoint(
        method="GET",
        path="/store/kennels/{kennelId}/layout",
        operation="store.kennels.layout.list",
        response_type=models.KennelLayout,
        error_types={400: models.Error, 404: models.Error},
    )


class LayoutClient:
    """Synchronous client for `store.kennels.layout`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> LayoutClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return LayoutClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> LayoutClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return LayoutClientWithStreamingResponse(self)

    def list(
        self,
        *,
        kennel_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.KennelLayout:
        """Kennel floor plan

        `GET /store/kennels/{kennelId}/layout`

        Args:
            kennel_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The kennel grid, row by row.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"kennelId": kennel_id},
            request_options=request_options,
        )

    # @custom-begin LayoutClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end LayoutClient


class LayoutClientWithRawResponse:
    """`LayoutClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: LayoutClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class LayoutClientWithStreamingResponse:
    """`LayoutClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: LayoutClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncLayoutClient:
    """Asynchronous client for `store.kennels.layout`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncLayoutClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncLayoutClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncLayoutClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncLayoutClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        kennel_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.KennelLayout:
        """Kennel floor plan

        `GET /store/kennels/{kennelId}/layout`

        Args:
            kennel_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The kennel grid, row by row.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"kennelId": kennel_id},
            request_options=request_options,
        )

    # @custom-begin AsyncLayoutClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncLayoutClient


class AsyncLayoutClientWithRawResponse:
    """`AsyncLayoutClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncLayoutClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncLayoutClientWithStreamingResponse:
    """`AsyncLayoutClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncLayoutClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
