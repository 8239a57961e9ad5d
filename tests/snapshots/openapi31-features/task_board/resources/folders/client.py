"""Clients for `folders`: `get`."""

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
def _get_endpoint() -> Endpoint[models.Folder]:
    return Endpoint(
        method="GET",
        path="/folders/{folderId}",
        operation="folders.get",
        response_type=models.Folder,
        error_types={400: models.Problem, 404: models.Problem},
    )


class FoldersClient:
    """Synchronous client for `folders`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> FoldersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return FoldersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> FoldersClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return FoldersClientWithStreamingResponse(self)

    def get(
        self,
        *,
        folder_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.Folder:
        """A folder with its entries (mutually recursive schemas)

        `GET /folders/{folderId}`

        Args:
            folder_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The folder.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"folderId": folder_id},
            request_options=request_options,
        )

    # @custom-begin FoldersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end FoldersClient


class FoldersClientWithRawResponse:
    """`FoldersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: FoldersClient) -> None:
        self.get = to_raw_response_wrapper(client.get)


class FoldersClientWithStreamingResponse:
    """`FoldersClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: FoldersClient) -> None:
        self.get = to_streamed_response_wrapper(client.get)


class AsyncFoldersClient:
    """Asynchronous client for `folders`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncFoldersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncFoldersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncFoldersClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncFoldersClientWithStreamingResponse(self)

    async def get(
        self,
        *,
        folder_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.Folder:
        """A folder with its entries (mutually recursive schemas)

        `GET /folders/{folderId}`

        Args:
            folder_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The folder.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"folderId": folder_id},
            request_options=request_options,
        )

    # @custom-begin AsyncFoldersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncFoldersClient


class AsyncFoldersClientWithRawResponse:
    """`AsyncFoldersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncFoldersClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)


class AsyncFoldersClientWithStreamingResponse:
    """`AsyncFoldersClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncFoldersClient) -> None:
        self.get = async_to_streamed_response_wrapper(client.get)
