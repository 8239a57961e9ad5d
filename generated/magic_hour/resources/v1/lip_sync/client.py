"""Clients for `v1.lip_sync`: `create`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    NotGiven,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
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
            400: models.Error,
            401: models.Error,
            402: models.Error,
            404: models.Error,
            422: models.Error,
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

    def create(
        self,
        *,
        assets: params.V1LipSyncCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        height: int | NotGiven = NOT_GIVEN,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1LipSyncCreateResponse:
        """Lip Sync

        Create a Lip Sync video. The estimated frame cost is calculated using 30 FPS. This amount is deducted from your account balance when a video is queued. Once the video is complete, the cost will be updated based on the actual number of frames rendered.

        Get more information about this mode at our [product page](https://magichour.ai/products/lip-sync).


        `POST /v1/lip-sync`

        Args:
            assets: Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used
            end_seconds: The end time of the input video in seconds
            start_seconds: The start time of the input video in seconds
            height: Used to determine the dimensions of the output video.

                * If height is provided, width will also be required. The larger value between width and height will be used to determine the maximum output resolution while maintaining the original aspect ratio.
                * If both height and width are omitted, the video will be resized according to your subscription's maximum resolution, while preserving aspect ratio.

                Note: if the video's original resolution is less than the maximum, the video will not be resized.

                See our [pricing page](https://magichour.ai/pricing) for more details.
            max_fps_limit: Defines the maximum FPS (frames per second) for the output video. If the input video's FPS is lower than this limit, the output video will retain the input FPS. This is useful for reducing unnecessary frame usage in scenarios where high FPS is not required.
            name: The name of video
            width: Used to determine the dimensions of the output video.

                * If width is provided, height will also be required. The larger value between width and height will be used to determine the maximum output resolution while maintaining the original aspect ratio.
                * If both height and width are omitted, the video will be resized according to your subscription's maximum resolution, while preserving aspect ratio.

                Note: if the video's original resolution is less than the maximum, the video will not be resized.

                See our [pricing page](https://magichour.ai/pricing) for more details.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment required, not enough credits
            NotFoundError: Not found
            UnprocessableEntityError: Unprocessable entity
        """
        return self._base_client.request(
            _create_endpoint(),
            json={
                "assets": assets,
                "end_seconds": end_seconds,
                "start_seconds": start_seconds,
                "height": height,
                "max_fps_limit": max_fps_limit,
                "name": name,
                "width": width,
            },
            request_options=request_options,
        )

    # @custom-begin LipSyncClient (code down to @custom-end is yours: regeneration keeps it)
    if typing.TYPE_CHECKING:
        from magic_hour.custom.lip_sync import (
            Clock,
            LipSyncResult,
            PathInput,
            SyncSleep,
        )

    def generate(
        self,
        *,
        audio_file: PathInput,
        start_seconds: float,
        end_seconds: float,
        output_folder: PathInput,
        video_file: PathInput | None = None,
        youtube_url: str | None = None,
        height: int | NotGiven = NOT_GIVEN,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven = NOT_GIVEN,
        poll_interval: float | NotGiven = NOT_GIVEN,
        poll_backoff: float | NotGiven = NOT_GIVEN,
        max_poll_interval: float | NotGiven = NOT_GIVEN,
        sleep: SyncSleep | None = None,
        clock: Clock | None = None,
        request_options: RequestOptions | None = None,
    ) -> LipSyncResult:
        """Lip-sync local files end to end: upload, create, wait, download.

        Asks `files.upload_urls.create` for upload URLs, PUTs the audio (and the video) file
        to them, calls `create` with their `file_path`s, polls `video_projects.get` with
        exponential backoff until the video is `complete`, then downloads every file of its
        `downloads` into `output_folder`. Hand-written (`magic_hour.custom.lip_sync`).

        Args:
            audio_file: The local audio file; its extension (`.mp3`, `.wav`...) is its type.
            start_seconds: The start time of the input video in seconds.
            end_seconds: The end time of the input video in seconds.
            output_folder: Where the outputs are saved (created if missing; files of the
                same name are replaced). Names come from the download URLs, made safe.
            video_file: The local video file (`.mp4`, `.mov`...); or give `youtube_url`.
            youtube_url: A YouTube video to use instead of `video_file`.
            height: As for `create`.
            max_fps_limit: As for `create`.
            name: As for `create`.
            width: As for `create`.
            timeout: Seconds to wait for the render once the job is created (default 1200).
            poll_interval: Seconds before the second poll (default 2).
            poll_backoff: How much longer each next wait is (default 1.5).
            max_poll_interval: The longest wait between polls (default 30).
            sleep: How to wait between polls (default `time.sleep`).
            clock: Monotonic seconds for the timeout (default `time.monotonic`).
            request_options: Per-request options for each API call it makes.

        Returns:
            The video id, the completed project and the paths of the downloaded files.

        Raises:
            LipSyncFailedError: The video ended with status `error` or `canceled`.
            LipSyncTimeoutError: It was not finished after `timeout` seconds.
            LipSyncTransferError: An upload or a download failed.
            ValueError: Neither or both of `video_file` and `youtube_url`, or a bad option.
            FileNotFoundError: A local file does not exist.
            MagicHourError: Any error of the API calls, as for the methods it calls.
        """
        from magic_hour.custom.lip_sync import generate_lip_sync

        return generate_lip_sync(
            self._base_client,
            audio_file=audio_file,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            output_folder=output_folder,
            video_file=video_file,
            youtube_url=youtube_url,
            height=height,
            max_fps_limit=max_fps_limit,
            name=name,
            width=width,
            timeout=timeout,
            poll_interval=poll_interval,
            poll_backoff=poll_backoff,
            max_poll_interval=max_poll_interval,
            sleep=sleep,
            clock=clock,
            request_options=request_options,
        )
    # @custom-end LipSyncClient


class LipSyncClientWithRawResponse:
    """`LipSyncClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: LipSyncClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AsyncLipSyncClient:
    """Asynchronous client for `v1.lip_sync`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncLipSyncClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncLipSyncClientWithRawResponse(self)

    async def create(
        self,
        *,
        assets: params.V1LipSyncCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        height: int | NotGiven = NOT_GIVEN,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1LipSyncCreateResponse:
        """Lip Sync

        Create a Lip Sync video. The estimated frame cost is calculated using 30 FPS. This amount is deducted from your account balance when a video is queued. Once the video is complete, the cost will be updated based on the actual number of frames rendered.

        Get more information about this mode at our [product page](https://magichour.ai/products/lip-sync).


        `POST /v1/lip-sync`

        Args:
            assets: Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used
            end_seconds: The end time of the input video in seconds
            start_seconds: The start time of the input video in seconds
            height: Used to determine the dimensions of the output video.

                * If height is provided, width will also be required. The larger value between width and height will be used to determine the maximum output resolution while maintaining the original aspect ratio.
                * If both height and width are omitted, the video will be resized according to your subscription's maximum resolution, while preserving aspect ratio.

                Note: if the video's original resolution is less than the maximum, the video will not be resized.

                See our [pricing page](https://magichour.ai/pricing) for more details.
            max_fps_limit: Defines the maximum FPS (frames per second) for the output video. If the input video's FPS is lower than this limit, the output video will retain the input FPS. This is useful for reducing unnecessary frame usage in scenarios where high FPS is not required.
            name: The name of video
            width: Used to determine the dimensions of the output video.

                * If width is provided, height will also be required. The larger value between width and height will be used to determine the maximum output resolution while maintaining the original aspect ratio.
                * If both height and width are omitted, the video will be resized according to your subscription's maximum resolution, while preserving aspect ratio.

                Note: if the video's original resolution is less than the maximum, the video will not be resized.

                See our [pricing page](https://magichour.ai/pricing) for more details.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment required, not enough credits
            NotFoundError: Not found
            UnprocessableEntityError: Unprocessable entity
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={
                "assets": assets,
                "end_seconds": end_seconds,
                "start_seconds": start_seconds,
                "height": height,
                "max_fps_limit": max_fps_limit,
                "name": name,
                "width": width,
            },
            request_options=request_options,
        )

    # @custom-begin AsyncLipSyncClient (code down to @custom-end is yours: regeneration keeps it)
    if typing.TYPE_CHECKING:
        from magic_hour.custom.lip_sync import (
            AsyncSleep,
            Clock,
            LipSyncResult,
            PathInput,
        )

    async def generate(
        self,
        *,
        audio_file: PathInput,
        start_seconds: float,
        end_seconds: float,
        output_folder: PathInput,
        video_file: PathInput | None = None,
        youtube_url: str | None = None,
        height: int | NotGiven = NOT_GIVEN,
        max_fps_limit: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven = NOT_GIVEN,
        poll_interval: float | NotGiven = NOT_GIVEN,
        poll_backoff: float | NotGiven = NOT_GIVEN,
        max_poll_interval: float | NotGiven = NOT_GIVEN,
        sleep: AsyncSleep | None = None,
        clock: Clock | None = None,
        request_options: RequestOptions | None = None,
    ) -> LipSyncResult:
        """Lip-sync local files end to end: upload, create, wait, download.

        Asks `files.upload_urls.create` for upload URLs, PUTs the audio (and the video) file
        to them, calls `create` with their `file_path`s, polls `video_projects.get` with
        exponential backoff until the video is `complete`, then downloads every file of its
        `downloads` into `output_folder`. Hand-written (`magic_hour.custom.lip_sync`).

        Args:
            audio_file: The local audio file; its extension (`.mp3`, `.wav`...) is its type.
            start_seconds: The start time of the input video in seconds.
            end_seconds: The end time of the input video in seconds.
            output_folder: Where the outputs are saved (created if missing; files of the
                same name are replaced). Names come from the download URLs, made safe.
            video_file: The local video file (`.mp4`, `.mov`...); or give `youtube_url`.
            youtube_url: A YouTube video to use instead of `video_file`.
            height: As for `create`.
            max_fps_limit: As for `create`.
            name: As for `create`.
            width: As for `create`.
            timeout: Seconds to wait for the render once the job is created (default 1200).
            poll_interval: Seconds before the second poll (default 2).
            poll_backoff: How much longer each next wait is (default 1.5).
            max_poll_interval: The longest wait between polls (default 30).
            sleep: How to wait between polls (an async callable; default `asyncio.sleep`).
            clock: Monotonic seconds for the timeout (default `time.monotonic`).
            request_options: Per-request options for each API call it makes.

        Returns:
            The video id, the completed project and the paths of the downloaded files.

        Raises:
            LipSyncFailedError: The video ended with status `error` or `canceled`.
            LipSyncTimeoutError: It was not finished after `timeout` seconds.
            LipSyncTransferError: An upload or a download failed.
            ValueError: Neither or both of `video_file` and `youtube_url`, or a bad option.
            FileNotFoundError: A local file does not exist.
            MagicHourError: Any error of the API calls, as for the methods it calls.
        """
        from magic_hour.custom.lip_sync import generate_lip_sync_async

        return await generate_lip_sync_async(
            self._base_client,
            audio_file=audio_file,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            output_folder=output_folder,
            video_file=video_file,
            youtube_url=youtube_url,
            height=height,
            max_fps_limit=max_fps_limit,
            name=name,
            width=width,
            timeout=timeout,
            poll_interval=poll_interval,
            poll_backoff=poll_backoff,
            max_poll_interval=max_poll_interval,
            sleep=sleep,
            clock=clock,
            request_options=request_options,
        )
    # @custom-end AsyncLipSyncClient


class AsyncLipSyncClientWithRawResponse:
    """`AsyncLipSyncClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncLipSyncClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)
