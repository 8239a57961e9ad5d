"""Clients for `playlists.queue`: `list`."""

from __future__ import annotations

import functools
import typing

from task_board._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from task_board.types import models


@functools.cache
def _list_endpoint() -> Endpoint[models.ListNode]:
    return Endpoint(
        method="GET",
        path="/playlists/{playlistId}/queue",
        operation="playlists.queue.list",
        response_type=models.ListNode,
        error_types={400: models.Problem, 404: models.Problem},
    )


class QueueClient:
    """Synchronous client for `playlists.queue`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> QueueClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return QueueClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> QueueClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return QueueClientWithStreamingResponse(self)

    def list(
        self,
        *,
        playlist_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.ListNode:
        """The play queue as a linked list

        `GET /playlists/{playlistId}/queue`

        Args:
            playlist_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The head of the queue; follow `next` until it is `null`.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"playlistId": playlist_id},
            request_options=request_options,
        )

    # @custom-begin QueueClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end QueueClient


class QueueClientWithRawResponse:
    """`QueueClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: QueueClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class QueueClientWithStreamingResponse:
    """`QueueClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: QueueClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncQueueClient:
    """Asynchronous client for `playlists.queue`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncQueueClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncQueueClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncQueueClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncQueueClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        playlist_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.ListNode:
        """The play queue as a linked list

        `GET /playlists/{playlistId}/queue`

        Args:
            playlist_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The head of the queue; follow `next` until it is `null`.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"playlistId": playlist_id},
            request_options=request_options,
        )

    # @custom-begin AsyncQueueClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncQueueClient


class AsyncQueueClientWithRawResponse:
    """`AsyncQueueClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncQueueClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncQueueClientWithStreamingResponse:
    """`AsyncQueueClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncQueueClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
