"""Clients for `v1.ai_talking_photo`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AiTalkingPhotoCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/ai-talking-photo",
        operation="v1.ai_talking_photo.create",
        security=(("bearerAuth",),),
        response_type=models.V1AiTalkingPhotoCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AiTalkingPhotoClient:
    """Synchronous client for `v1.ai_talking_photo`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AiTalkingPhotoClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AiTalkingPhotoClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AiTalkingPhotoClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AiTalkingPhotoClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1AiTalkingPhotoCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_resolution: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1AiTalkingPhotoCreateBodyStyle | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiTalkingPhotoCreateResponse:
        """AI Talking Photo

        Create a talking photo from an image and audio or text input.

        `POST /v1/ai-talking-photo`

        Args:
            assets: Provide the assets for creating a talking photo
            end_seconds: The end time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            start_seconds: The start time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            max_resolution: Constrains the larger dimension (height or width) of the output video. Allows you to set a lower resolution than your plan's maximum if desired. The value is capped by your plan's max resolution.
            name: Give your image a custom name for easy identification.
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
                "max_resolution": max_resolution,
                "name": name,
                "style": style,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1AiTalkingPhotoCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_resolution: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1AiTalkingPhotoCreateBodyStyle | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """AI Talking Photo, end to end: upload local files, create, wait, download.

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
            max_resolution=max_resolution,
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

    # @custom-begin AiTalkingPhotoClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AiTalkingPhotoClient


class AiTalkingPhotoClientWithRawResponse:
    """`AiTalkingPhotoClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AiTalkingPhotoClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AiTalkingPhotoClientWithStreamingResponse:
    """`AiTalkingPhotoClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AiTalkingPhotoClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAiTalkingPhotoClient:
    """Asynchronous client for `v1.ai_talking_photo`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiTalkingPhotoClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAiTalkingPhotoClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAiTalkingPhotoClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAiTalkingPhotoClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1AiTalkingPhotoCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_resolution: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1AiTalkingPhotoCreateBodyStyle | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiTalkingPhotoCreateResponse:
        """AI Talking Photo

        Create a talking photo from an image and audio or text input.

        `POST /v1/ai-talking-photo`

        Args:
            assets: Provide the assets for creating a talking photo
            end_seconds: The end time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            start_seconds: The start time of the input audio in seconds. Maximum clip length depends on style.generation_mode: realistic 180s, prompted 45s.
            max_resolution: Constrains the larger dimension (height or width) of the output video. Allows you to set a lower resolution than your plan's maximum if desired. The value is capped by your plan's max resolution.
            name: Give your image a custom name for easy identification.
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
                "max_resolution": max_resolution,
                "name": name,
                "style": style,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1AiTalkingPhotoCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        max_resolution: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        style: params.V1AiTalkingPhotoCreateBodyStyle | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """AI Talking Photo, end to end: upload local files, create, wait, download.

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
            max_resolution=max_resolution,
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

    # @custom-begin AsyncAiTalkingPhotoClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAiTalkingPhotoClient


class AsyncAiTalkingPhotoClientWithRawResponse:
    """`AsyncAiTalkingPhotoClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAiTalkingPhotoClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAiTalkingPhotoClientWithStreamingResponse:
    """`AsyncAiTalkingPhotoClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAiTalkingPhotoClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
