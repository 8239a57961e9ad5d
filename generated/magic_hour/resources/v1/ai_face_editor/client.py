"""Clients for `v1.ai_face_editor`: `create`."""

from __future__ import annotations

import functools
import os
import typing

from magic_hour._core import (
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
from magic_hour.types import models, params


@functools.cache
def _create_endpoint() -> Endpoint[models.V1AiFaceEditorCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/ai-face-editor",
        operation="v1.ai_face_editor.create",
        security=(("bearerAuth",),),
        response_type=models.V1AiFaceEditorCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AiFaceEditorClient:
    """Synchronous client for `v1.ai_face_editor`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AiFaceEditorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AiFaceEditorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AiFaceEditorClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AiFaceEditorClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1AiFaceEditorCreateBodyAssets,
        style: params.V1AiFaceEditorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiFaceEditorCreateResponse:
        """AI Face Editor

        Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more details

        `POST /v1/ai-face-editor`

        Args:
            assets: Provide the assets for face editor
            style: Face editing parameters
            name: Give your image a custom name for easy identification.
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
            json={"assets": assets, "style": style, "name": name},
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1AiFaceEditorCreateBodyAssets,
        style: params.V1AiFaceEditorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Face Editor, end to end: upload local files, create, wait, download.

        Uploads the local files named in file fields of `assets` (URLs and paths
        already uploaded are sent as they are), calls `create` with the arguments, waits
        for the job with `check_result` and downloads its outputs.

        Args:
            wait_for_completion: Wait for a final status; else return the job as it is.
            download_outputs: Download the outputs of a finished job.
            download_directory: Where to save them (created if missing); the current folder
                when None.
            poll_interval: Seconds before the second status check (see `check_result`).
            wait_timeout: Seconds to wait at most (None: no limit).
            request_options: Per-request options for each API call it makes.
            The other arguments are those of `create`.

        Returns:
            The job's result, with `downloaded_paths` (None unless it was downloaded). A job
            that failed is returned too: read its status.

        Raises:
            FileNotFoundError: A local file does not exist.
            UploadError: A file could not be uploaded.
            WorkflowTimeoutError: Not finished after `wait_timeout` seconds.
            DownloadError: An output could not be downloaded.
        """
        from magic_hour.resources.v1.files.client import FilesClient
        from magic_hour.resources.v1.image_projects.client import ImageProjectsClient

        _uploader = FilesClient(base_client=self._base_client)

        _created = self.create(
            assets=_uploader.upload_local_files(assets),
            style=style,
            name=name,
            request_options=request_options,
        )
        return ImageProjectsClient(base_client=self._base_client).check_result(
            _created.id,
            wait_for_completion,
            download_outputs,
            download_directory,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            request_options=request_options,
        )

    # @custom-begin AiFaceEditorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AiFaceEditorClient


class AiFaceEditorClientWithRawResponse:
    """`AiFaceEditorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AiFaceEditorClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AiFaceEditorClientWithStreamingResponse:
    """`AiFaceEditorClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AiFaceEditorClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAiFaceEditorClient:
    """Asynchronous client for `v1.ai_face_editor`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiFaceEditorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAiFaceEditorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAiFaceEditorClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAiFaceEditorClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1AiFaceEditorCreateBodyAssets,
        style: params.V1AiFaceEditorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiFaceEditorCreateResponse:
        """AI Face Editor

        Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more details

        `POST /v1/ai-face-editor`

        Args:
            assets: Provide the assets for face editor
            style: Face editing parameters
            name: Give your image a custom name for easy identification.
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
            json={"assets": assets, "style": style, "name": name},
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1AiFaceEditorCreateBodyAssets,
        style: params.V1AiFaceEditorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Face Editor, end to end: upload local files, create, wait, download.

        Uploads the local files named in file fields of `assets` (URLs and paths
        already uploaded are sent as they are), calls `create` with the arguments, waits
        for the job with `check_result` and downloads its outputs.

        Args:
            wait_for_completion: Wait for a final status; else return the job as it is.
            download_outputs: Download the outputs of a finished job.
            download_directory: Where to save them (created if missing); the current folder
                when None.
            poll_interval: Seconds before the second status check (see `check_result`).
            wait_timeout: Seconds to wait at most (None: no limit).
            request_options: Per-request options for each API call it makes.
            The other arguments are those of `create`.

        Returns:
            The job's result, with `downloaded_paths` (None unless it was downloaded). A job
            that failed is returned too: read its status.

        Raises:
            FileNotFoundError: A local file does not exist.
            UploadError: A file could not be uploaded.
            WorkflowTimeoutError: Not finished after `wait_timeout` seconds.
            DownloadError: An output could not be downloaded.
        """
        from magic_hour.resources.v1.files.client import AsyncFilesClient
        from magic_hour.resources.v1.image_projects.client import (
            AsyncImageProjectsClient,
        )

        _uploader = AsyncFilesClient(base_client=self._base_client)

        _created = await self.create(
            assets=await _uploader.upload_local_files(assets),
            style=style,
            name=name,
            request_options=request_options,
        )
        return await AsyncImageProjectsClient(
            base_client=self._base_client
        ).check_result(
            _created.id,
            wait_for_completion,
            download_outputs,
            download_directory,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            request_options=request_options,
        )

    # @custom-begin AsyncAiFaceEditorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAiFaceEditorClient


class AsyncAiFaceEditorClientWithRawResponse:
    """`AsyncAiFaceEditorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAiFaceEditorClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAiFaceEditorClientWithStreamingResponse:
    """`AsyncAiFaceEditorClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAiFaceEditorClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
