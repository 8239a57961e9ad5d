"""Clients for `v1.auto_subtitle_generator`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AutoSubtitleGeneratorCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/auto-subtitle-generator",
        operation="v1.auto_subtitle_generator.create",
        security=(("bearerAuth",),),
        response_type=models.V1AutoSubtitleGeneratorCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AutoSubtitleGeneratorClient:
    """Synchronous client for `v1.auto_subtitle_generator`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AutoSubtitleGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AutoSubtitleGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AutoSubtitleGeneratorClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AutoSubtitleGeneratorClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1AutoSubtitleGeneratorCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        style: params.V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AutoSubtitleGeneratorCreateResponse:
        """Auto Subtitle Generator

        Automatically generate subtitles for your video in multiple languages.

        `POST /v1/auto-subtitle-generator`

        Args:
            assets: Provide the assets for auto subtitle generator
            end_seconds: End time of your clip (seconds). Must be greater than start_seconds.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
            style: Style of the subtitle. At least one of `.style.template` or `.style.custom_config` must be provided.
                * If only `.style.template` is provided, default values for the template will be used.
                * If both are provided, the fields in `.style.custom_config` will be used to overwrite the fields in `.style.template`.
                * If only `.style.custom_config` is provided, then all fields in `.style.custom_config` will be used.

                To use custom config only, the following `custom_config` params are required:
                * `.style.custom_config.font`
                * `.style.custom_config.text_color`
                * `.style.custom_config.vertical_position`
                * `.style.custom_config.horizontal_position`

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
                "start_seconds": start_seconds,
                "style": style,
                "name": name,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        assets: params.V1AutoSubtitleGeneratorCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        style: params.V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Auto Subtitle Generator, end to end: upload local files, create, wait, download.

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
            style=style,
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

    # @custom-begin AutoSubtitleGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AutoSubtitleGeneratorClient


class AutoSubtitleGeneratorClientWithRawResponse:
    """`AutoSubtitleGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AutoSubtitleGeneratorClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AutoSubtitleGeneratorClientWithStreamingResponse:
    """`AutoSubtitleGeneratorClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AutoSubtitleGeneratorClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAutoSubtitleGeneratorClient:
    """Asynchronous client for `v1.auto_subtitle_generator`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAutoSubtitleGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAutoSubtitleGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncAutoSubtitleGeneratorClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAutoSubtitleGeneratorClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1AutoSubtitleGeneratorCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        style: params.V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AutoSubtitleGeneratorCreateResponse:
        """Auto Subtitle Generator

        Automatically generate subtitles for your video in multiple languages.

        `POST /v1/auto-subtitle-generator`

        Args:
            assets: Provide the assets for auto subtitle generator
            end_seconds: End time of your clip (seconds). Must be greater than start_seconds.
            start_seconds: Start time of your clip (seconds). Must be ≥ 0.
            style: Style of the subtitle. At least one of `.style.template` or `.style.custom_config` must be provided.
                * If only `.style.template` is provided, default values for the template will be used.
                * If both are provided, the fields in `.style.custom_config` will be used to overwrite the fields in `.style.template`.
                * If only `.style.custom_config` is provided, then all fields in `.style.custom_config` will be used.

                To use custom config only, the following `custom_config` params are required:
                * `.style.custom_config.font`
                * `.style.custom_config.text_color`
                * `.style.custom_config.vertical_position`
                * `.style.custom_config.horizontal_position`

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
                "start_seconds": start_seconds,
                "style": style,
                "name": name,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        assets: params.V1AutoSubtitleGeneratorCreateBodyAssets,
        end_seconds: float,
        start_seconds: float,
        style: params.V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """Auto Subtitle Generator, end to end: upload local files, create, wait, download.

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
            style=style,
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

    # @custom-begin AsyncAutoSubtitleGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAutoSubtitleGeneratorClient


class AsyncAutoSubtitleGeneratorClientWithRawResponse:
    """`AsyncAutoSubtitleGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAutoSubtitleGeneratorClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAutoSubtitleGeneratorClientWithStreamingResponse:
    """`AsyncAutoSubtitleGeneratorClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAutoSubtitleGeneratorClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
