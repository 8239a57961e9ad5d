"""Clients for `media`: `create`, `get`, `delete`."""

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
from media_library.types import models, params

if typing.TYPE_CHECKING:
    from media_library.resources.media.batch.client import (
        AsyncBatchClient,
        BatchClient,
    )
    from media_library.resources.media.caption.client import (
        AsyncCaptionClient,
        CaptionClient,
    )
    from media_library.resources.media.content.client import (
        AsyncContentClient,
        ContentClient,
    )
    from media_library.resources.media.events.client import (
        AsyncEventsClient,
        EventsClient,
    )
    from media_library.resources.media.export.client import (
        AsyncExportClient,
        ExportClient,
    )
    from media_library.resources.media.thumbnail.client import (
        AsyncThumbnailClient,
        ThumbnailClient,
    )


@functools.cache
def _create_endpoint() -> Endpoint[models.MediaItem]:
    return Endpoint(
        method="POST",
        path="/media",
        operation="media.create",
        response_type=models.MediaItem,
        error_types={422: models.Problem},
        multipart=True,
    )


@functools.cache
def _get_endpoint() -> Endpoint[models.MediaItem]:
    return Endpoint(
        method="GET",
        path="/media/{mediaId}",
        operation="media.get",
        response_type=models.MediaItem,
        error_types={400: models.Problem, 404: models.Problem},
    )


@functools.cache
def _delete_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="DELETE",
        path="/media/{mediaId}",
        operation="media.delete",
        error_types={400: models.Problem, 404: models.Problem},
    )


class MediaClient:
    """Synchronous client for `media`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def batch(self) -> BatchClient:
        from media_library.resources.media.batch.client import BatchClient

        return BatchClient(base_client=self._base_client)

    @functools.cached_property
    def caption(self) -> CaptionClient:
        from media_library.resources.media.caption.client import CaptionClient

        return CaptionClient(base_client=self._base_client)

    @functools.cached_property
    def content(self) -> ContentClient:
        from media_library.resources.media.content.client import ContentClient

        return ContentClient(base_client=self._base_client)

    @functools.cached_property
    def events(self) -> EventsClient:
        from media_library.resources.media.events.client import EventsClient

        return EventsClient(base_client=self._base_client)

    @functools.cached_property
    def export(self) -> ExportClient:
        from media_library.resources.media.export.client import ExportClient

        return ExportClient(base_client=self._base_client)

    @functools.cached_property
    def thumbnail(self) -> ThumbnailClient:
        from media_library.resources.media.thumbnail.client import ThumbnailClient

        return ThumbnailClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> MediaClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return MediaClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> MediaClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return MediaClientWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileInput,
        title: str,
        description: str | NotGiven = NOT_GIVEN,
        location: params.GeoLocation | NotGiven = NOT_GIVEN,
        private: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        thumbnail: FileInput | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.MediaItem:
        """Upload a media file with its metadata

        `POST /media`

        Args:
            file: The media file (a file part).
            title: A plain text field.
            description:
            location: Sent as a JSON part of the multipart body.
            private:
            tags: Repeated text field.
            thumbnail: An optional preview image (a second file part).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The stored media item.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            form={
                "title": title,
                "description": description,
                "location": location,
                "private": private,
                "tags": tags,
            },
            files={"file": file, "thumbnail": thumbnail},
            request_options=request_options,
        )

    def get(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.MediaItem:
        """Get a media item's metadata (JSON)

        `GET /media/{mediaId}`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The media item.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    def delete(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a media item

        `DELETE /media/{mediaId}`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Deleted; no body.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.request(
            _delete_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    # @custom-begin MediaClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end MediaClient


class MediaClientWithRawResponse:
    """`MediaClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: MediaClient) -> None:
        self.create = to_raw_response_wrapper(client.create)
        self.get = to_raw_response_wrapper(client.get)
        self.delete = to_raw_response_wrapper(client.delete)


class MediaClientWithStreamingResponse:
    """`MediaClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: MediaClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)
        self.get = to_streamed_response_wrapper(client.get)
        self.delete = to_streamed_response_wrapper(client.delete)


class AsyncMediaClient:
    """Asynchronous client for `media`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def batch(self) -> AsyncBatchClient:
        from media_library.resources.media.batch.client import AsyncBatchClient

        return AsyncBatchClient(base_client=self._base_client)

    @functools.cached_property
    def caption(self) -> AsyncCaptionClient:
        from media_library.resources.media.caption.client import AsyncCaptionClient

        return AsyncCaptionClient(base_client=self._base_client)

    @functools.cached_property
    def content(self) -> AsyncContentClient:
        from media_library.resources.media.content.client import AsyncContentClient

        return AsyncContentClient(base_client=self._base_client)

    @functools.cached_property
    def events(self) -> AsyncEventsClient:
        from media_library.resources.media.events.client import AsyncEventsClient

        return AsyncEventsClient(base_client=self._base_client)

    @functools.cached_property
    def export(self) -> AsyncExportClient:
        from media_library.resources.media.export.client import AsyncExportClient

        return AsyncExportClient(base_client=self._base_client)

    @functools.cached_property
    def thumbnail(self) -> AsyncThumbnailClient:
        from media_library.resources.media.thumbnail.client import AsyncThumbnailClient

        return AsyncThumbnailClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncMediaClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncMediaClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncMediaClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncMediaClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileInput,
        title: str,
        description: str | NotGiven = NOT_GIVEN,
        location: params.GeoLocation | NotGiven = NOT_GIVEN,
        private: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        thumbnail: FileInput | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.MediaItem:
        """Upload a media file with its metadata

        `POST /media`

        Args:
            file: The media file (a file part).
            title: A plain text field.
            description:
            location: Sent as a JSON part of the multipart body.
            private:
            tags: Repeated text field.
            thumbnail: An optional preview image (a second file part).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The stored media item.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            form={
                "title": title,
                "description": description,
                "location": location,
                "private": private,
                "tags": tags,
            },
            files={"file": file, "thumbnail": thumbnail},
            request_options=request_options,
        )

    async def get(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.MediaItem:
        """Get a media item's metadata (JSON)

        `GET /media/{mediaId}`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The media item.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    async def delete(
        self,
        *,
        media_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a media item

        `DELETE /media/{mediaId}`

        Args:
            media_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Deleted; no body.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.request(
            _delete_endpoint(),
            path_params={"mediaId": media_id},
            request_options=request_options,
        )

    # @custom-begin AsyncMediaClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncMediaClient


class AsyncMediaClientWithRawResponse:
    """`AsyncMediaClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncMediaClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)
        self.get = async_to_raw_response_wrapper(client.get)
        self.delete = async_to_raw_response_wrapper(client.delete)


class AsyncMediaClientWithStreamingResponse:
    """`AsyncMediaClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncMediaClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
        self.get = async_to_streamed_response_wrapper(client.get)
        self.delete = async_to_streamed_response_wrapper(client.delete)
