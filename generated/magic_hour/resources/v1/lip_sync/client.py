"""Clients for `v1.lip_sync`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1LipSyncCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/lip-sync",
        operation="v1.lip_sync.create",
        security=(("bearerAuth",),),
        response_type=models.V1LipSyncCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class LipSyncClient:
    """Synchronous client for `v1.lip_sync`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> LipSyncClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return LipSyncClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> LipSyncClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return LipSyncClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1LipSyncCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1LipSyncCreateBodyStyle | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1LipSyncCreateResponse:
        """Lip Sync

        **What this API does**

        Create the same Lip Sync you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding lip sync into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a lip sync job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/lip-sync).

        `POST /v1/lip-sync`

        Args:
            assets: Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used
            end_seconds: End time of your clip (seconds). Must be greater than start_seconds.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
            max_fps_limit: Defines the maximum FPS (frames per second) for the output video. If the input video's FPS is lower than this limit, the output video will retain the input FPS. This is useful for reducing unnecessary frame usage in scenarios where high FPS is not required.
            name: Give your video a custom name for easy identification.
            style: Attributes used to dictate the style of the output
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
            json={
                "assets": assets,
                "end_seconds": end_seconds,
                "start_seconds": start_seconds,
                "max_fps_limit": max_fps_limit,
                "name": name,
                "style": style,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1LipSyncCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1LipSyncCreateBodyStyle | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Lip Sync, end to end: upload local files, create, wait, download.

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
        from magic_hour.resources.v1.video_projects.client import VideoProjectsClient

        _uploader = FilesClient(base_client=self._base_client)

        _created = self.create(
            assets=_uploader.upload_local_files(assets),
            end_seconds=end_seconds,
            start_seconds=start_seconds,
            max_fps_limit=max_fps_limit,
            name=name,
            style=style,
            request_options=request_options,
        )
        return VideoProjectsClient(base_client=self._base_client).check_result(
            _created.id,
            wait_for_completion,
            download_outputs,
            download_directory,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            request_options=request_options,
        )

    # @custom-begin LipSyncClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end LipSyncClient


class LipSyncClientWithRawResponse:
    """`LipSyncClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: LipSyncClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class LipSyncClientWithStreamingResponse:
    """`LipSyncClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: LipSyncClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncLipSyncClient:
    """Asynchronous client for `v1.lip_sync`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncLipSyncClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncLipSyncClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncLipSyncClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncLipSyncClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1LipSyncCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1LipSyncCreateBodyStyle | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1LipSyncCreateResponse:
        """Lip Sync

        **What this API does**

        Create the same Lip Sync you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding lip sync into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a lip sync job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/lip-sync).

        `POST /v1/lip-sync`

        Args:
            assets: Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used
            end_seconds: End time of your clip (seconds). Must be greater than start_seconds.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
            max_fps_limit: Defines the maximum FPS (frames per second) for the output video. If the input video's FPS is lower than this limit, the output video will retain the input FPS. This is useful for reducing unnecessary frame usage in scenarios where high FPS is not required.
            name: Give your video a custom name for easy identification.
            style: Attributes used to dictate the style of the output
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
            json={
                "assets": assets,
                "end_seconds": end_seconds,
                "start_seconds": start_seconds,
                "max_fps_limit": max_fps_limit,
                "name": name,
                "style": style,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1LipSyncCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1LipSyncCreateBodyStyle | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Lip Sync, end to end: upload local files, create, wait, download.

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
        from magic_hour.resources.v1.video_projects.client import (
            AsyncVideoProjectsClient,
        )

        _uploader = AsyncFilesClient(base_client=self._base_client)

        _created = await self.create(
            assets=await _uploader.upload_local_files(assets),
            end_seconds=end_seconds,
            start_seconds=start_seconds,
            max_fps_limit=max_fps_limit,
            name=name,
            style=style,
            request_options=request_options,
        )
        return await AsyncVideoProjectsClient(
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

    # @custom-begin AsyncLipSyncClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncLipSyncClient


class AsyncLipSyncClientWithRawResponse:
    """`AsyncLipSyncClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncLipSyncClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncLipSyncClientWithStreamingResponse:
    """`AsyncLipSyncClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncLipSyncClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
