"""Clients for `v1.ai_video_editor`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AiVideoEditorCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/ai-video-editor",
        operation="v1.ai_video_editor.create",
        security=(("bearerAuth",),),
        response_type=models.V1AiVideoEditorCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AiVideoEditorClient:
    """Synchronous client for `v1.ai_video_editor`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AiVideoEditorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AiVideoEditorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AiVideoEditorClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AiVideoEditorClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1AiVideoEditorCreateBodyAssets,
        end_seconds: float,
        style: params.V1AiVideoEditorCreateBodyStyle,
        model: typing.Literal["gemini-omni", "ltx-2.3"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: typing.Literal["480p", "720p", "1080p"] | NotGiven = NOT_GIVEN,
        start_seconds: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiVideoEditorCreateResponse:
        """AI Video Editor

        **What this API does**

        Create the same Video Editor you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding video editor into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a video editor job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/ai-video-editor).

        `POST /v1/ai-video-editor`

        Args:
            assets: Provide the assets for video editing.
            end_seconds: End time of your clip in seconds. Must be greater than `start_seconds`. Minimum duration depends on model: `gemini-omni`: 3s, `ltx-2.3`: 0.5s. Maximum duration depends on model: `gemini-omni`: 10s, `ltx-2.3`: 45s.
            style:
            model: Editing model. Defaults to `ltx-2.3` for free tier and `gemini-omni` for paid. Use `ltx-2.3` for LTX video edit.
            name: Give your video a custom name for easy identification.
            resolution: Output resolution. Defaults to `480p` for free tier and `720p` for paid. Google Omni supports 720p only; LTX-2.3 supports 480p, 720p, and 1080p.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
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
                "style": style,
                "model": model,
                "name": name,
                "resolution": resolution,
                "start_seconds": start_seconds,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1AiVideoEditorCreateBodyAssets,
        end_seconds: float,
        style: params.V1AiVideoEditorCreateBodyStyle,
        model: typing.Literal["gemini-omni", "ltx-2.3"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: typing.Literal["480p", "720p", "1080p"] | NotGiven = NOT_GIVEN,
        start_seconds: float | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """AI Video Editor, end to end: upload local files, create, wait, download.

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
            style=style,
            model=model,
            name=name,
            resolution=resolution,
            start_seconds=start_seconds,
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

    # @custom-begin AiVideoEditorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AiVideoEditorClient


class AiVideoEditorClientWithRawResponse:
    """`AiVideoEditorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AiVideoEditorClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AiVideoEditorClientWithStreamingResponse:
    """`AiVideoEditorClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AiVideoEditorClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAiVideoEditorClient:
    """Asynchronous client for `v1.ai_video_editor`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiVideoEditorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAiVideoEditorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAiVideoEditorClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAiVideoEditorClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1AiVideoEditorCreateBodyAssets,
        end_seconds: float,
        style: params.V1AiVideoEditorCreateBodyStyle,
        model: typing.Literal["gemini-omni", "ltx-2.3"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: typing.Literal["480p", "720p", "1080p"] | NotGiven = NOT_GIVEN,
        start_seconds: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiVideoEditorCreateResponse:
        """AI Video Editor

        **What this API does**

        Create the same Video Editor you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding video editor into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a video editor job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/ai-video-editor).

        `POST /v1/ai-video-editor`

        Args:
            assets: Provide the assets for video editing.
            end_seconds: End time of your clip in seconds. Must be greater than `start_seconds`. Minimum duration depends on model: `gemini-omni`: 3s, `ltx-2.3`: 0.5s. Maximum duration depends on model: `gemini-omni`: 10s, `ltx-2.3`: 45s.
            style:
            model: Editing model. Defaults to `ltx-2.3` for free tier and `gemini-omni` for paid. Use `ltx-2.3` for LTX video edit.
            name: Give your video a custom name for easy identification.
            resolution: Output resolution. Defaults to `480p` for free tier and `720p` for paid. Google Omni supports 720p only; LTX-2.3 supports 480p, 720p, and 1080p.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
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
                "style": style,
                "model": model,
                "name": name,
                "resolution": resolution,
                "start_seconds": start_seconds,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1AiVideoEditorCreateBodyAssets,
        end_seconds: float,
        style: params.V1AiVideoEditorCreateBodyStyle,
        model: typing.Literal["gemini-omni", "ltx-2.3"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: typing.Literal["480p", "720p", "1080p"] | NotGiven = NOT_GIVEN,
        start_seconds: float | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """AI Video Editor, end to end: upload local files, create, wait, download.

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
            style=style,
            model=model,
            name=name,
            resolution=resolution,
            start_seconds=start_seconds,
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

    # @custom-begin AsyncAiVideoEditorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAiVideoEditorClient


class AsyncAiVideoEditorClientWithRawResponse:
    """`AsyncAiVideoEditorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAiVideoEditorClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAiVideoEditorClientWithStreamingResponse:
    """`AsyncAiVideoEditorClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAiVideoEditorClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
