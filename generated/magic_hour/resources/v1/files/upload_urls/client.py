"""Clients for `v1.files.upload_urls`: `create`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from magic_hour.types import models, params


@functools.cache
def _create_endpoint() -> Endpoint[models.V1FilesUploadUrlsCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/files/upload-urls",
        operation="v1.files.upload_urls.create",
        security=(("bearerAuth",),),
        response_type=models.V1FilesUploadUrlsCreateResponse,
        error_types={400: models.Error, 401: models.Error, 422: models.Error},
    )


class UploadUrlsClient:
    """Synchronous client for `v1.files.upload_urls`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> UploadUrlsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return UploadUrlsClientWithRawResponse(self)

    def create(
        self,
        *,
        items: list[params.V1FilesUploadUrlsCreateBodyItemsItem],
        request_options: RequestOptions | None = None,
    ) -> models.V1FilesUploadUrlsCreateResponse:
        """Generate asset upload urls

        Create a list of urls used to upload the assets needed to generate a video. Each video type has their own requirements on what assets are required. Please refer to the specific mode API for more details. The response array will be in the same order as the request body.

        Below is the list of valid extensions for each asset type:

        - video: mp4, m4v, mov, webm
        - audio: mp3, mpeg, wav, aac, aiff, flac
        - image: png, jpg, jpeg, webp, avif, jp2, tiff, bmp

        Note: `.gif` is supported for face swap API `video_file_path` field.

        After receiving the upload url, you can upload the file by sending a PUT request with the header `'Content-Type: application/octet-stream'`.

        `POST /v1/files/upload-urls`

        Args:
            items: The list of assets to upload. The response array will match the order of items in the request body.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid request
            AuthenticationError: Unauthorized
            UnprocessableEntityError: Unprocessable entity
        """
        return self._base_client.request(
            _create_endpoint(),
            json={"items": items},
            request_options=request_options,
        )

    # @custom-begin UploadUrlsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end UploadUrlsClient


class UploadUrlsClientWithRawResponse:
    """`UploadUrlsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: UploadUrlsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AsyncUploadUrlsClient:
    """Asynchronous client for `v1.files.upload_urls`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncUploadUrlsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncUploadUrlsClientWithRawResponse(self)

    async def create(
        self,
        *,
        items: list[params.V1FilesUploadUrlsCreateBodyItemsItem],
        request_options: RequestOptions | None = None,
    ) -> models.V1FilesUploadUrlsCreateResponse:
        """Generate asset upload urls

        Create a list of urls used to upload the assets needed to generate a video. Each video type has their own requirements on what assets are required. Please refer to the specific mode API for more details. The response array will be in the same order as the request body.

        Below is the list of valid extensions for each asset type:

        - video: mp4, m4v, mov, webm
        - audio: mp3, mpeg, wav, aac, aiff, flac
        - image: png, jpg, jpeg, webp, avif, jp2, tiff, bmp

        Note: `.gif` is supported for face swap API `video_file_path` field.

        After receiving the upload url, you can upload the file by sending a PUT request with the header `'Content-Type: application/octet-stream'`.

        `POST /v1/files/upload-urls`

        Args:
            items: The list of assets to upload. The response array will match the order of items in the request body.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid request
            AuthenticationError: Unauthorized
            UnprocessableEntityError: Unprocessable entity
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={"items": items},
            request_options=request_options,
        )

    # @custom-begin AsyncUploadUrlsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncUploadUrlsClient


class AsyncUploadUrlsClientWithRawResponse:
    """`AsyncUploadUrlsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncUploadUrlsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)
