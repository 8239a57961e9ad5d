"""Clients for `media.batch`: `create`."""

from __future__ import annotations

import functools
import typing

from media_library._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    FileInput,
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
def _create_endpoint() -> Endpoint[list[models.MediaItem]]:
    return Endpoint(
        method="POST",
        path="/media/batch",
        operation="media.batch.create",
        response_type=list[models.MediaItem],
        error_types={422: models.Problem},
        multipart=True,
    )


class BatchClient:
    """Synchronous client for `media.batch`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> BatchClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return BatchClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> BatchClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return BatchClientWithStreamingResponse(self)

    def create(
        self,
        *,
        files: list[FileInput],
        album: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> list[models.MediaItem]:
        """Upload several files at once

        `POST /media/batch`

        Args:
            files: One file part per file, all named `files`.
            album:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The stored items, in upload order.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            form={"album": album},
            files={"files": files},
            request_options=request_options,
        )

    # @custom-begin BatchClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end BatchClient


class BatchClientWithRawResponse:
    """`BatchClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: BatchClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class BatchClientWithStreamingResponse:
    """`BatchClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: BatchClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncBatchClient:
    """Asynchronous client for `media.batch`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncBatchClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncBatchClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncBatchClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncBatchClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        files: list[FileInput],
        album: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> list[models.MediaItem]:
        """Upload several files at once

        `POST /media/batch`

        Args:
            files: One file part per file, all named `files`.
            album:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The stored items, in upload order.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            form={"album": album},
            files={"files": files},
            request_options=request_options,
        )

    # @custom-begin AsyncBatchClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncBatchClient


class AsyncBatchClientWithRawResponse:
    """`AsyncBatchClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncBatchClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncBatchClientWithStreamingResponse:
    """`AsyncBatchClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncBatchClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
