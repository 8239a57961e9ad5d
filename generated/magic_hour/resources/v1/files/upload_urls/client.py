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
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
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
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class UploadUrlsClient:
    """Synchronous client for `v1.files.upload_urls`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> UploadUrlsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return UploadUrlsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> UploadUrlsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return UploadUrlsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        items: list[params.V1FilesUploadUrlsCreateBodyItemsItem],
        request_options: RequestOptions | None = None,
    ) -> models.V1FilesUploadUrlsCreateResponse:
        """Generate asset upload urls

        Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if you want to upload to Magic Hour's storage. Refer to the [Input Files Guide](https://docs.magichour.ai/integration/inputs-and-outputs) for more details.

        The response array will match the order of items in the request body.

        **Valid file extensions per asset type**:
        - video: mp4, m4v, mov, webm
        - audio: mp3, wav, aac, flac, webm, weba, m4a, opus, ogg, oga, aiff, amr
        - image: png, jpg, jpeg, jfif, heic, heif, webp, avif, jp2, tiff, tif, bmp
        - gif: gif, webp, webm

        > Note: `gif` is only supported for face swap API `video_file_path` field.

        Once you receive an upload URL, send a `PUT` request to upload the file directly.

        Example:

        ```
        curl -X PUT --data '@/path/to/file/video.mp4' \\
          https://videos.magichour.ai/api-assets/id/video.mp4?<auth params from the API response>
        ```


        `POST /v1/files/upload-urls`

        Args:
            items: The list of assets to upload. The response array will match the order of items in the request body.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
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


class UploadUrlsClientWithStreamingResponse:
    """`UploadUrlsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: UploadUrlsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncUploadUrlsClient:
    """Asynchronous client for `v1.files.upload_urls`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncUploadUrlsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncUploadUrlsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncUploadUrlsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncUploadUrlsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        items: list[params.V1FilesUploadUrlsCreateBodyItemsItem],
        request_options: RequestOptions | None = None,
    ) -> models.V1FilesUploadUrlsCreateResponse:
        """Generate asset upload urls

        Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if you want to upload to Magic Hour's storage. Refer to the [Input Files Guide](https://docs.magichour.ai/integration/inputs-and-outputs) for more details.

        The response array will match the order of items in the request body.

        **Valid file extensions per asset type**:
        - video: mp4, m4v, mov, webm
        - audio: mp3, wav, aac, flac, webm, weba, m4a, opus, ogg, oga, aiff, amr
        - image: png, jpg, jpeg, jfif, heic, heif, webp, avif, jp2, tiff, tif, bmp
        - gif: gif, webp, webm

        > Note: `gif` is only supported for face swap API `video_file_path` field.

        Once you receive an upload URL, send a `PUT` request to upload the file directly.

        Example:

        ```
        curl -X PUT --data '@/path/to/file/video.mp4' \\
          https://videos.magichour.ai/api-assets/id/video.mp4?<auth params from the API response>
        ```


        `POST /v1/files/upload-urls`

        Args:
            items: The list of assets to upload. The response array will match the order of items in the request body.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
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


class AsyncUploadUrlsClientWithStreamingResponse:
    """`AsyncUploadUrlsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncUploadUrlsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
