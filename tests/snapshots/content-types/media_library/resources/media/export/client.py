"""Clients for `media.export`: `list`."""

from __future__ import annotations

import datetime
import functools
import typing

from media_library._core import (
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
from media_library.types import models


@functools.cache
def _list_endpoint() -> Endpoint[str]:
    return Endpoint(
        method="GET",
        path="/media/export",
        operation="media.export.list",
        response_type=str,
        error_types={400: models.Problem},
        accept="text/plain, */*",
    )


class ExportClient:
    """Synchronous client for `media.export`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ExportClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ExportClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ExportClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ExportClientWithStreamingResponse(self)

    def list(
        self,
        *,
        since: str | datetime.date | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export the library as CSV (text/csv response)

        `GET /media/export`

        Args:
            since:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            One line per media item, with a header line.

        Raises:
            BadRequestError: Bad parameter.
        """
        return self._base_client.request(
            _list_endpoint(),
            query={"since": since},
            request_options=request_options,
        )

    # @custom-begin ExportClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ExportClient


class ExportClientWithRawResponse:
    """`ExportClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ExportClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class ExportClientWithStreamingResponse:
    """`ExportClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ExportClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncExportClient:
    """Asynchronous client for `media.export`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncExportClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncExportClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncExportClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncExportClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        since: str | datetime.date | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export the library as CSV (text/csv response)

        `GET /media/export`

        Args:
            since:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            One line per media item, with a header line.

        Raises:
            BadRequestError: Bad parameter.
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={"since": since},
            request_options=request_options,
        )

    # @custom-begin AsyncExportClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncExportClient


class AsyncExportClientWithRawResponse:
    """`AsyncExportClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncExportClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncExportClientWithStreamingResponse:
    """`AsyncExportClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncExportClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
