"""Clients for `media.content`: `list`, `update`."""

from __future__ import annotations

import functools
import typing

from media_library._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    FileContent,
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
        path="/media/{mediaId}/content",
        operation="media.content.list",
        response_type=bytes,
        error_types={400: models.Problem, 404: models.Problem},
        accept="*/*",
    )


@functools.cache
def _update_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="PUT",
        path="/media/{mediaId}/content",
        operation="media.content.update",
        error_types={400: models.Problem, 404: models.Problem},
        content_type="application/octet-stream",
    )


class ContentClient:
    """Synchronous client for `media.content`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ContentClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ContentClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ContentClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ContentClientWithStreamingResponse(self)

    def list(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Download the original file (binary response)

        `GET /media/{mediaId}/content`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The file's bytes.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    def update(
        self,
        *,
        data: FileContent,
        media_id: str,
        content_md5: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace the file's bytes (octet-stream request body)

        `PUT /media/{mediaId}/content`

        Args:
            data: The request body.
            media_id:
            content_md5: Base64 MD5 of the body, checked by the server.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Replaced; no body.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.request(
            _update_endpoint(),
            path_params={"mediaId": media_id},
            headers={"Content-MD5": content_md5},
            content=data,
            request_options=request_options,
        )

    # @custom-begin ContentClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ContentClient


class ContentClientWithRawResponse:
    """`ContentClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ContentClient) -> None:
        self.list = to_raw_response_wrapper(
            client.list, models.MediaContentListResponseHeaders
        )
        self.update = to_raw_response_wrapper(client.update)


class ContentClientWithStreamingResponse:
    """`ContentClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ContentClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)
        self.update = to_streamed_response_wrapper(client.update)


class AsyncContentClient:
    """Asynchronous client for `media.content`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncContentClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncContentClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncContentClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncContentClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Download the original file (binary response)

        `GET /media/{mediaId}/content`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The file's bytes.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    async def update(
        self,
        *,
        data: FileContent,
        media_id: str,
        content_md5: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace the file's bytes (octet-stream request body)

        `PUT /media/{mediaId}/content`

        Args:
            data: The request body.
            media_id:
            content_md5: Base64 MD5 of the body, checked by the server.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Replaced; no body.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.request(
            _update_endpoint(),
            path_params={"mediaId": media_id},
            headers={"Content-MD5": content_md5},
            content=data,
            request_options=request_options,
        )

    # @custom-begin AsyncContentClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncContentClient


class AsyncContentClientWithRawResponse:
    """`AsyncContentClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncContentClient) -> None:
        self.list = async_to_raw_response_wrapper(
            client.list, models.MediaContentListResponseHeaders
        )
        self.update = async_to_raw_response_wrapper(client.update)


class AsyncContentClientWithStreamingResponse:
    """`AsyncContentClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncContentClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
        self.update = async_to_streamed_response_wrapper(client.update)
