"""Clients for `v1.ai_voice_generator`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AiVoiceGeneratorCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/ai-voice-generator",
        operation="v1.ai_voice_generator.create",
        security=(("bearerAuth",),),
        response_type=models.V1AiVoiceGeneratorCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AiVoiceGeneratorClient:
    """Synchronous client for `v1.ai_voice_generator`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AiVoiceGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AiVoiceGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AiVoiceGeneratorClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AiVoiceGeneratorClientWithStreamingResponse(self)

    def create(
        self,
        *,
        style: params.V1AiVoiceGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiVoiceGeneratorCreateResponse:
        """AI Voice Generator

        Generate speech from text. Each character costs 0.1 credits. The cost is rounded up to the nearest whole number.

        `POST /v1/ai-voice-generator`

        Args:
            style: The content used to generate speech.
            name: Give your audio a custom name for easy identification.
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
            json={"style": style, "name": name},
            request_options=request_options,
        )

    def generate(
        self,
        *,
        style: params.V1AiVoiceGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """AI Voice Generator, end to end: upload local files, create, wait, download.

        Calls `create` with the arguments, waits for the job with `check_result`
        and downloads its outputs.

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
        from magic_hour.resources.v1.audio_projects.client import AudioProjectsClient

        _created = self.create(
            style=style,
            name=name,
            request_options=request_options,
        )
        return AudioProjectsClient(base_client=self._base_client).check_result(
            _created.id,
            wait_for_completion,
            download_outputs,
            download_directory,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            request_options=request_options,
        )

    # @custom-begin AiVoiceGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AiVoiceGeneratorClient


class AiVoiceGeneratorClientWithRawResponse:
    """`AiVoiceGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AiVoiceGeneratorClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AiVoiceGeneratorClientWithStreamingResponse:
    """`AiVoiceGeneratorClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AiVoiceGeneratorClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAiVoiceGeneratorClient:
    """Asynchronous client for `v1.ai_voice_generator`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiVoiceGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAiVoiceGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncAiVoiceGeneratorClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAiVoiceGeneratorClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        style: params.V1AiVoiceGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiVoiceGeneratorCreateResponse:
        """AI Voice Generator

        Generate speech from text. Each character costs 0.1 credits. The cost is rounded up to the nearest whole number.

        `POST /v1/ai-voice-generator`

        Args:
            style: The content used to generate speech.
            name: Give your audio a custom name for easy identification.
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
            json={"style": style, "name": name},
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        style: params.V1AiVoiceGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """AI Voice Generator, end to end: upload local files, create, wait, download.

        Calls `create` with the arguments, waits for the job with `check_result`
        and downloads its outputs.

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
        from magic_hour.resources.v1.audio_projects.client import (
            AsyncAudioProjectsClient,
        )

        _created = await self.create(
            style=style,
            name=name,
            request_options=request_options,
        )
        return await AsyncAudioProjectsClient(
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

    # @custom-begin AsyncAiVoiceGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAiVoiceGeneratorClient


class AsyncAiVoiceGeneratorClientWithRawResponse:
    """`AsyncAiVoiceGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAiVoiceGeneratorClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAiVoiceGeneratorClientWithStreamingResponse:
    """`AsyncAiVoiceGeneratorClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAiVoiceGeneratorClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
