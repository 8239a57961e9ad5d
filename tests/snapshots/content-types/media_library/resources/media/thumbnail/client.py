"""Clients for `media.thumbnail`: `list`."""

from __future__ import annotations

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
def _list_endpoint() -> Endpoint[bytes]:
    return Endpoint(
        method="GET",
        path="/media/{mediaId}/thumbnail",
        operation="media.thumbnail.list",
        response_type=bytes,
        error_types={400: models.Problem, 404: models.Problem},
        accept="*/*",
    )


class ThumbnailClient:
    """Synchronous client for `media.thumbnail`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ThumbnailClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ThumbnailClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ThumbnailClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ThumbnailClientWithStreamingResponse(self)

    def list(
        self,
        *,
        media_id: str,
        size: typing.Literal[64, 128, 256] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """The PNG preview (binary response with an image media type)

        `GET /media/{mediaId}/thumbnail`

        Args:
            media_id:
            size:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A PNG image.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            query={"size": size},
            request_options=request_options,
        )

    # @custom-begin ThumbnailClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ThumbnailClient


class ThumbnailClientWithRawResponse:
    """`ThumbnailClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ThumbnailClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class ThumbnailClientWithStreamingResponse:
    """`ThumbnailClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ThumbnailClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncThumbnailClient:
    """Asynchronous client for `media.thumbnail`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncThumbnailClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncThumbnailClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncThumbnailClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncThumbnailClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        media_id: str,
        size: typing.Literal[64, 128, 256] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """The PNG preview (binary response with an image media type)

        `GET /media/{mediaId}/thumbnail`

        Args:
            media_id:
            size:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A PNG image.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            query={"size": size},
            request_options=request_options,
        )

    # @custom-begin AsyncThumbnailClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncThumbnailClient


class AsyncThumbnailClientWithRawResponse:
    """`AsyncThumbnailClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncThumbnailClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncThumbnailClientWithStreamingResponse:
    """`AsyncThumbnailClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncThumbnailClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
