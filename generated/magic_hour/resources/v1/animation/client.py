"""Clients for `v1.animation`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AnimationCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/animation",
        operation="v1.animation.create",
        security=(("bearerAuth",),),
        response_type=models.V1AnimationCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AnimationClient:
    """Synchronous client for `v1.animation`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AnimationClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AnimationClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AnimationClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AnimationClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1AnimationCreateBodyAssets,
        end_seconds: float,
        fps: float,
        height: int,
        style: params.V1AnimationCreateBodyStyle,
        width: int,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AnimationCreateResponse:
        """Animation

        Create a Animation video. The estimated frame cost is calculated based on the `fps` and `end_seconds` input.

        `POST /v1/animation`

        Args:
            assets: Provide the assets for animation.
            end_seconds: This value determines the duration of the output video.
            fps: The desire output video frame rate
            height: The height of the final output video. The maximum height depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details
            style: Defines the style of the output video
            width: The width of the final output video. The maximum width depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details
            name: Give your video a custom name for easy identification.
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
                "fps": fps,
                "height": height,
                "style": style,
                "width": width,
                "name": name,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1AnimationCreateBodyAssets,
        end_seconds: float,
        fps: float,
        height: int,
        style: params.V1AnimationCreateBodyStyle,
        width: int,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Animation, end to end: upload local files, create, wait, download.

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
            fps=fps,
            height=height,
            style=style,
            width=width,
            name=name,
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

    # @custom-begin AnimationClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AnimationClient


class AnimationClientWithRawResponse:
    """`AnimationClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AnimationClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AnimationClientWithStreamingResponse:
    """`AnimationClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AnimationClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAnimationClient:
    """Asynchronous client for `v1.animation`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAnimationClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAnimationClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAnimationClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAnimationClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1AnimationCreateBodyAssets,
        end_seconds: float,
        fps: float,
        height: int,
        style: params.V1AnimationCreateBodyStyle,
        width: int,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AnimationCreateResponse:
        """Animation

        Create a Animation video. The estimated frame cost is calculated based on the `fps` and `end_seconds` input.

        `POST /v1/animation`

        Args:
            assets: Provide the assets for animation.
            end_seconds: This value determines the duration of the output video.
            fps: The desire output video frame rate
            height: The height of the final output video. The maximum height depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details
            style: Defines the style of the output video
            width: The width of the final output video. The maximum width depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details
            name: Give your video a custom name for easy identification.
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
                "fps": fps,
                "height": height,
                "style": style,
                "width": width,
                "name": name,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1AnimationCreateBodyAssets,
        end_seconds: float,
        fps: float,
        height: int,
        style: params.V1AnimationCreateBodyStyle,
        width: int,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Animation, end to end: upload local files, create, wait, download.

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
            fps=fps,
            height=height,
            style=style,
            width=width,
            name=name,
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

    # @custom-begin AsyncAnimationClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAnimationClient


class AsyncAnimationClientWithRawResponse:
    """`AsyncAnimationClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAnimationClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAnimationClientWithStreamingResponse:
    """`AsyncAnimationClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAnimationClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
