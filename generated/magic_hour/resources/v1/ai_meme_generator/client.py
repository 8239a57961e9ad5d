"""Clients for `v1.ai_meme_generator`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AiMemeGeneratorCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/ai-meme-generator",
        operation="v1.ai_meme_generator.create",
        security=(("bearerAuth",),),
        response_type=models.V1AiMemeGeneratorCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AiMemeGeneratorClient:
    """Synchronous client for `v1.ai_meme_generator`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AiMemeGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AiMemeGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AiMemeGeneratorClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AiMemeGeneratorClientWithStreamingResponse(self)

    def create(
        self,
        *,
        style: params.V1AiMemeGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiMemeGeneratorCreateResponse:
        """AI Meme Generator

        Create an AI generated meme. Each meme costs 10 credits.

        `POST /v1/ai-meme-generator`

        Args:
            style:
            name: The name of the meme.
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
        style: params.V1AiMemeGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Meme Generator, end to end: upload local files, create, wait, download.

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
        from magic_hour.resources.v1.image_projects.client import ImageProjectsClient

        _created = self.create(
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

    # @custom-begin AiMemeGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AiMemeGeneratorClient


class AiMemeGeneratorClientWithRawResponse:
    """`AiMemeGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AiMemeGeneratorClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AiMemeGeneratorClientWithStreamingResponse:
    """`AiMemeGeneratorClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AiMemeGeneratorClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAiMemeGeneratorClient:
    """Asynchronous client for `v1.ai_meme_generator`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiMemeGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAiMemeGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncAiMemeGeneratorClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAiMemeGeneratorClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        style: params.V1AiMemeGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiMemeGeneratorCreateResponse:
        """AI Meme Generator

        Create an AI generated meme. Each meme costs 10 credits.

        `POST /v1/ai-meme-generator`

        Args:
            style:
            name: The name of the meme.
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
        style: params.V1AiMemeGeneratorCreateBodyStyle,
        name: str | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Meme Generator, end to end: upload local files, create, wait, download.

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
        from magic_hour.resources.v1.image_projects.client import (
            AsyncImageProjectsClient,
        )

        _created = await self.create(
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

    # @custom-begin AsyncAiMemeGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAiMemeGeneratorClient


class AsyncAiMemeGeneratorClientWithRawResponse:
    """`AsyncAiMemeGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAiMemeGeneratorClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAiMemeGeneratorClientWithStreamingResponse:
    """`AsyncAiMemeGeneratorClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAiMemeGeneratorClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
