"""Clients for `tasks.archive`: `create`."""

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


@functools.cache
def _create_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="POST",
        path="/tasks/{taskId}/archive",
        operation="tasks.archive.create",
    )


class ArchiveClient:
    """Synchronous client for `tasks.archive`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ArchiveClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ArchiveClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ArchiveClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ArchiveClientWithStreamingResponse(self)

    def create(
        self,
        *,
        task_id: int,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Archive a task

        Declares no `responses` (allowed since OpenAPI 3.1). The server answers 204 with no body.


        `POST /tasks/{taskId}/archive`

        Args:
            task_id: The task's id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The parsed response.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"taskId": task_id},
            request_options=request_options,
        )

    # @custom-begin ArchiveClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ArchiveClient


class ArchiveClientWithRawResponse:
    """`ArchiveClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ArchiveClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class ArchiveClientWithStreamingResponse:
    """`ArchiveClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ArchiveClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncArchiveClient:
    """Asynchronous client for `tasks.archive`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncArchiveClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncArchiveClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncArchiveClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncArchiveClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        task_id: int,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Archive a task

        Declares no `responses` (allowed since OpenAPI 3.1). The server answers 204 with no body.


        `POST /tasks/{taskId}/archive`

        Args:
            task_id: The task's id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The parsed response.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"taskId": task_id},
            request_options=request_options,
        )

    # @custom-begin AsyncArchiveClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncArchiveClient


class AsyncArchiveClientWithRawResponse:
    """`AsyncArchiveClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncArchiveClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncArchiveClientWithStreamingResponse:
    """`AsyncArchiveClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncArchiveClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
