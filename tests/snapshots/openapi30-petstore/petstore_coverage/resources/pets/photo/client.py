"""Clients for `pets.photo`: `update`."""

from __future__ import annotations

import functools
import typing

from petstore_coverage._core import (
    AsyncBaseClient,
    Endpoint,
    FileContent,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from petstore_coverage.types import models


@functools.cache
def _update_endpoint() -> Endpoint[models.Photo]:
    return Endpoint(
        method="PUT",
        path="/pets/{petId}/photo",
        operation="pets.photo.update",
        response_type=models.Photo,
        error_types={400: models.Error},
        content_type="application/octet-stream",
    )


class PhotoClient:
    """Synchronous client for `pets.photo`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> PhotoClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PhotoClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PhotoClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return PhotoClientWithStreamingResponse(self)

    def update(
        self,
        *,
        data: FileContent,
        pet_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Photo:
        """Upload the pet's photo

        `PUT /pets/{petId}/photo`

        Args:
            data: The raw JPEG bytes.
            pet_id: The pet's numeric id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The stored photo.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
        """
        return self._base_client.request(
            _update_endpoint(),
            path_params={"petId": pet_id},
            content=data,
            request_options=request_options,
        )

    # @custom-begin PhotoClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PhotoClient


class PhotoClientWithRawResponse:
    """`PhotoClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PhotoClient) -> None:
        self.update = to_raw_response_wrapper(client.update)


class PhotoClientWithStreamingResponse:
    """`PhotoClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: PhotoClient) -> None:
        self.update = to_streamed_response_wrapper(client.update)


class AsyncPhotoClient:
    """Asynchronous client for `pets.photo`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncPhotoClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPhotoClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPhotoClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncPhotoClientWithStreamingResponse(self)

    async def update(
        self,
        *,
        data: FileContent,
        pet_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Photo:
        """Upload the pet's photo

        `PUT /pets/{petId}/photo`

        Args:
            data: The raw JPEG bytes.
            pet_id: The pet's numeric id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The stored photo.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
        """
        return await self._base_client.request(
            _update_endpoint(),
            path_params={"petId": pet_id},
            content=data,
            request_options=request_options,
        )

    # @custom-begin AsyncPhotoClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPhotoClient


class AsyncPhotoClientWithRawResponse:
    """`AsyncPhotoClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPhotoClient) -> None:
        self.update = async_to_raw_response_wrapper(client.update)


class AsyncPhotoClientWithStreamingResponse:
    """`AsyncPhotoClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncPhotoClient) -> None:
        self.update = async_to_streamed_response_wrapper(client.update)
