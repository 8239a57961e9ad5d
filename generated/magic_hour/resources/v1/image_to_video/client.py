"""Clients for `v1.image_to_video`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1ImageToVideoCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/image-to-video",
        operation="v1.image_to_video.create",
        security=(("bearerAuth",),),
        response_type=models.V1ImageToVideoCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class ImageToVideoClient:
    """Synchronous client for `v1.image_to_video`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ImageToVideoClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ImageToVideoClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ImageToVideoClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ImageToVideoClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1ImageToVideoCreateBodyAssets,
        end_seconds: float,
        audio: bool | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "ltx-2",
                "ltx-2.3",
                "minimax-h3",
                "wan-2.2",
                "seedance-1.5",
                "seedance-2.0",
                "seedance-2.0-mini",
                "seedance-2.5",
                "kling-2.5",
                "kling-2.6",
                "kling-3.0",
                "veo3.1",
                "veo3.1-lite",
                "sora-2",
                "kling-1.6",
                "seedance",
                "kling-2.5-audio",
                "veo3.1-audio",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["480p", "720p", "1080p", "4k"] | NotGiven
        ) = NOT_GIVEN,
        style: params.V1ImageToVideoCreateBodyStyle | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageToVideoCreateResponse:
        """Image-to-Video

        **What this API does**

        Create the same Image To Video you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding image to video into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a image to video job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/image-to-video).

        `POST /v1/image-to-video`

        Args:
            assets: Provide the assets for image-to-video. Sora 2 only supports images with an aspect ratio of `9:16` or `16:9`.
            end_seconds: The total duration of the output video in seconds. Supported durations depend on the chosen model:

                * **`kling-2.6`**: 5, 10
                * **`kling-3.0`**: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`ltx-2.3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
                * **`minimax-h3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
                * **`seedance-1.5`**: 4, 5, 6, 7, 8, 9, 10, 11, 12
                * **`seedance-2.0`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`seedance-2.0-mini`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`seedance-2.5`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30
                * **`sora-2`**: 4, 8, 12, 24, 36, 48, 60
                * **`veo3.1`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
                * **`veo3.1-lite`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
                * **`wan-2.2`**: 3, 4, 5, 6, 7, 8, 9, 10, 15

            audio: Whether to include audio in the video. Defaults to `false` if not specified.

                Audio support varies by model:
                * **`kling-2.6`**: Not supported
                * **`kling-3.0`**: Toggle-able: audio adds extra credits when enabled
                * **`ltx-2.3`**: Toggle-able: no additional credits for audio
                * **`minimax-h3`**: Toggle-able: no additional credits for audio
                * **`seedance-1.5`**: Toggle-able: audio adds extra credits when enabled
                * **`seedance-2.0`**: Toggle-able: no additional credits for audio
                * **`seedance-2.0-mini`**: Toggle-able: no additional credits for audio
                * **`seedance-2.5`**: Toggle-able: no additional credits for audio
                * **`sora-2`**: Toggle-able: no additional credits for audio
                * **`veo3.1`**: Toggle-able: audio adds extra credits when enabled
                * **`veo3.1-lite`**: Toggle-able: audio adds extra credits when enabled
                * **`wan-2.2`**: Not supported

            model: The AI model to use for video generation.

                * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For free tiers, it defaults to `ltx-2.3`.
                * `kling-2.6`: Great for action, motion blur, and camera moves.
                * `kling-3.0`: Best overall quality for cinematic storytelling.
                * `ltx-2.3`: Fastest output. Best for rapid iteration.
                * `minimax-h3`: Reference-driven video with native audio.
                * `seedance-1.5`: Smooth, consistent motion with precision.
                * `seedance-2.0`: Top quality with reference-to-video control.
                * `seedance-2.0-mini`: Fast, consistent video with strong motion quality
                * `seedance-2.5`: Highest quality with superior realism, detail, and motion
                * `sora-2`: Open AI's model. Great for creativity and viral clips.
                * `veo3.1`: Google's model. Highest realism and detail.
                * `veo3.1-lite`: Veo quality at a more accessible cost.
                * `wan-2.2`: Strong physics, camera moves, and motion.

                If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`.
            name: Give your video a custom name for easy identification.
            resolution: Controls the output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.

                * **`kling-2.6`**: Supports 720p, 1080p.
                * **`kling-3.0`**: Supports 720p, 1080p, 4k.
                * **`ltx-2.3`**: Supports 480p, 720p, 1080p.
                * **`minimax-h3`**: Supports 480p, 720p, 1080p.
                * **`seedance-1.5`**: Supports 480p, 720p, 1080p.
                * **`seedance-2.0`**: Supports 480p, 720p.
                * **`seedance-2.0-mini`**: Supports 480p, 720p.
                * **`seedance-2.5`**: Supports 480p, 720p.
                * **`sora-2`**: Supports 720p.
                * **`veo3.1`**: Supports 720p, 1080p.
                * **`veo3.1-lite`**: Supports 720p, 1080p.
                * **`wan-2.2`**: Supports 480p, 720p, 1080p.

            style: Attributed used to dictate the style of the output
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
                "audio": audio,
                "model": model,
                "name": name,
                "resolution": resolution,
                "style": style,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1ImageToVideoCreateBodyAssets,
        end_seconds: float,
        audio: bool | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "ltx-2",
                "ltx-2.3",
                "minimax-h3",
                "wan-2.2",
                "seedance-1.5",
                "seedance-2.0",
                "seedance-2.0-mini",
                "seedance-2.5",
                "kling-2.5",
                "kling-2.6",
                "kling-3.0",
                "veo3.1",
                "veo3.1-lite",
                "sora-2",
                "kling-1.6",
                "seedance",
                "kling-2.5-audio",
                "veo3.1-audio",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["480p", "720p", "1080p", "4k"] | NotGiven
        ) = NOT_GIVEN,
        style: params.V1ImageToVideoCreateBodyStyle | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Image-to-Video, end to end: upload local files, create, wait, download.

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
            audio=audio,
            model=model,
            name=name,
            resolution=resolution,
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

    # @custom-begin ImageToVideoClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ImageToVideoClient


class ImageToVideoClientWithRawResponse:
    """`ImageToVideoClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ImageToVideoClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class ImageToVideoClientWithStreamingResponse:
    """`ImageToVideoClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ImageToVideoClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncImageToVideoClient:
    """Asynchronous client for `v1.image_to_video`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncImageToVideoClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncImageToVideoClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncImageToVideoClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncImageToVideoClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1ImageToVideoCreateBodyAssets,
        end_seconds: float,
        audio: bool | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "ltx-2",
                "ltx-2.3",
                "minimax-h3",
                "wan-2.2",
                "seedance-1.5",
                "seedance-2.0",
                "seedance-2.0-mini",
                "seedance-2.5",
                "kling-2.5",
                "kling-2.6",
                "kling-3.0",
                "veo3.1",
                "veo3.1-lite",
                "sora-2",
                "kling-1.6",
                "seedance",
                "kling-2.5-audio",
                "veo3.1-audio",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["480p", "720p", "1080p", "4k"] | NotGiven
        ) = NOT_GIVEN,
        style: params.V1ImageToVideoCreateBodyStyle | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageToVideoCreateResponse:
        """Image-to-Video

        **What this API does**

        Create the same Image To Video you can make in the browser, but programmatically, so you can automate it, run it at scale, or connect it to your own app or workflow.

        **Good for**
        - Automation and batch processing
        - Adding image to video into apps, pipelines, or tools

        **How it works (3 steps)**
        1) Upload your inputs (video, image, or audio) with [Generate Upload URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the `file_path`.
        2) Send a request to create a image to video job with the basic fields.
        3) Check the job status until it's `complete`, then download the result from `downloads`.

        **Key options**
        - Inputs: usually a file, sometimes a YouTube link, depending on project type
        - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
        - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

        **Cost**
        Credits are only charged for the frames that actually render. You'll see an estimate when the job is queued, and the final total after it's done.

        For detailed examples, see the [product page](https://magichour.ai/products/image-to-video).

        `POST /v1/image-to-video`

        Args:
            assets: Provide the assets for image-to-video. Sora 2 only supports images with an aspect ratio of `9:16` or `16:9`.
            end_seconds: The total duration of the output video in seconds. Supported durations depend on the chosen model:

                * **`kling-2.6`**: 5, 10
                * **`kling-3.0`**: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`ltx-2.3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
                * **`minimax-h3`**: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
                * **`seedance-1.5`**: 4, 5, 6, 7, 8, 9, 10, 11, 12
                * **`seedance-2.0`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`seedance-2.0-mini`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                * **`seedance-2.5`**: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30
                * **`sora-2`**: 4, 8, 12, 24, 36, 48, 60
                * **`veo3.1`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
                * **`veo3.1-lite`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
                * **`wan-2.2`**: 3, 4, 5, 6, 7, 8, 9, 10, 15

            audio: Whether to include audio in the video. Defaults to `false` if not specified.

                Audio support varies by model:
                * **`kling-2.6`**: Not supported
                * **`kling-3.0`**: Toggle-able: audio adds extra credits when enabled
                * **`ltx-2.3`**: Toggle-able: no additional credits for audio
                * **`minimax-h3`**: Toggle-able: no additional credits for audio
                * **`seedance-1.5`**: Toggle-able: audio adds extra credits when enabled
                * **`seedance-2.0`**: Toggle-able: no additional credits for audio
                * **`seedance-2.0-mini`**: Toggle-able: no additional credits for audio
                * **`seedance-2.5`**: Toggle-able: no additional credits for audio
                * **`sora-2`**: Toggle-able: no additional credits for audio
                * **`veo3.1`**: Toggle-able: audio adds extra credits when enabled
                * **`veo3.1-lite`**: Toggle-able: audio adds extra credits when enabled
                * **`wan-2.2`**: Not supported

            model: The AI model to use for video generation.

                * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For free tiers, it defaults to `ltx-2.3`.
                * `kling-2.6`: Great for action, motion blur, and camera moves.
                * `kling-3.0`: Best overall quality for cinematic storytelling.
                * `ltx-2.3`: Fastest output. Best for rapid iteration.
                * `minimax-h3`: Reference-driven video with native audio.
                * `seedance-1.5`: Smooth, consistent motion with precision.
                * `seedance-2.0`: Top quality with reference-to-video control.
                * `seedance-2.0-mini`: Fast, consistent video with strong motion quality
                * `seedance-2.5`: Highest quality with superior realism, detail, and motion
                * `sora-2`: Open AI's model. Great for creativity and viral clips.
                * `veo3.1`: Google's model. Highest realism and detail.
                * `veo3.1-lite`: Veo quality at a more accessible cost.
                * `wan-2.2`: Strong physics, camera moves, and motion.

                If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`.
            name: Give your video a custom name for easy identification.
            resolution: Controls the output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers.

                * **`kling-2.6`**: Supports 720p, 1080p.
                * **`kling-3.0`**: Supports 720p, 1080p, 4k.
                * **`ltx-2.3`**: Supports 480p, 720p, 1080p.
                * **`minimax-h3`**: Supports 480p, 720p, 1080p.
                * **`seedance-1.5`**: Supports 480p, 720p, 1080p.
                * **`seedance-2.0`**: Supports 480p, 720p.
                * **`seedance-2.0-mini`**: Supports 480p, 720p.
                * **`seedance-2.5`**: Supports 480p, 720p.
                * **`sora-2`**: Supports 720p.
                * **`veo3.1`**: Supports 720p, 1080p.
                * **`veo3.1-lite`**: Supports 720p, 1080p.
                * **`wan-2.2`**: Supports 480p, 720p, 1080p.

            style: Attributed used to dictate the style of the output
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
                "audio": audio,
                "model": model,
                "name": name,
                "resolution": resolution,
                "style": style,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1ImageToVideoCreateBodyAssets,
        end_seconds: float,
        audio: bool | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "ltx-2",
                "ltx-2.3",
                "minimax-h3",
                "wan-2.2",
                "seedance-1.5",
                "seedance-2.0",
                "seedance-2.0-mini",
                "seedance-2.5",
                "kling-2.5",
                "kling-2.6",
                "kling-3.0",
                "veo3.1",
                "veo3.1-lite",
                "sora-2",
                "kling-1.6",
                "seedance",
                "kling-2.5-audio",
                "veo3.1-audio",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["480p", "720p", "1080p", "4k"] | NotGiven
        ) = NOT_GIVEN,
        style: params.V1ImageToVideoCreateBodyStyle | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Image-to-Video, end to end: upload local files, create, wait, download.

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
            audio=audio,
            model=model,
            name=name,
            resolution=resolution,
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

    # @custom-begin AsyncImageToVideoClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncImageToVideoClient


class AsyncImageToVideoClientWithRawResponse:
    """`AsyncImageToVideoClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncImageToVideoClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncImageToVideoClientWithStreamingResponse:
    """`AsyncImageToVideoClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncImageToVideoClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
