"""Clients for `media.caption`: `list`."""

from __future__ import annotations

import functools
import typing

from media_library._core import (
    AsyncBaseClient,
    Endpoint,
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
        path="/media/{mediaId}/caption",
        operation="media.caption.list",
        response_type=str,
        error_types={400: models.Problem, 404: models.Problem},
        accept="text/plain, */*",
    )


class CaptionClient:
    """Synchronous client for `media.caption`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> CaptionClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return CaptionClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> CaptionClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return CaptionClientWithStreamingResponse(self)

    def list(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """The generated caption (text/plain response)

        `GET /media/{mediaId}/caption`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The caption as plain text.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    # @custom-begin CaptionClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end CaptionClient


class CaptionClientWithRawResponse:
    """`CaptionClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: CaptionClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class CaptionClientWithStreamingResponse:
    """`CaptionClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: CaptionClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncCaptionClient:
    """Asynchronous client for `media.caption`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncCaptionClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncCaptionClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncCaptionClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncCaptionClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> str:
        """The generated caption (text/plain response)

        `GET /media/{mediaId}/caption`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The caption as plain text.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    # @custom-begin AsyncCaptionClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncCaptionClient


class AsyncCaptionClientWithRawResponse:
    """`AsyncCaptionClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncCaptionClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncCaptionClientWithStreamingResponse:
    """`AsyncCaptionClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncCaptionClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
