"""Clients for `v1.ai_image_generator`: `create`."""

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
def _create_endpoint() -> Endpoint[models.V1AiImageGeneratorCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/ai-image-generator",
        operation="v1.ai_image_generator.create",
        security=(("bearerAuth",),),
        response_type=models.V1AiImageGeneratorCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


class AiImageGeneratorClient:
    """Synchronous client for `v1.ai_image_generator`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AiImageGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AiImageGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AiImageGeneratorClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AiImageGeneratorClientWithStreamingResponse(self)

    def create(
        self,
        *,
        image_count: int,
        style: params.V1AiImageGeneratorCreateBodyStyle,
        aspect_ratio: typing.Literal["1:1", "16:9", "9:16"] | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "nano-banana-2",
                "gpt-image-2",
                "z-image-turbo",
                "flux-2-klein",
                "nano-banana-2-lite",
                "seedream-v4",
                "seedream-v5-pro",
                "nano-banana",
                "nano-banana-pro",
                "flux-schnell",
                "seedream",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["auto", "640px", "1k", "2k", "4k"] | NotGiven
        ) = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiImageGeneratorCreateResponse:
        """AI Image Generator

        Create an AI image with advanced model selection and quality controls.

        `POST /v1/ai-image-generator`

        Args:
            image_count: Number of images to generate. Maximum varies by model.
            style: The art style to use for image generation.
            aspect_ratio: The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square).
            model: The AI model to use for image generation. Each model has different capabilities and costs.

                **Models:**
                - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
                - `flux-2-klein` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1
                - `flux-schnell` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `gpt-image-2` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana-2` - from 100 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `nano-banana-2-lite` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana-pro` - from 150 credits/image
                  - Supported resolutions: 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `seedream-v4` - from 40 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `seedream-v5-pro` - from 75 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `z-image-turbo` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4

                **Deprecated Enum Values:**
                - `seedream` - Use `seedream-v4` instead.

            name: Give your image a custom name for easy identification.
            resolution: Maximum resolution (longest edge) for the output image.

                **Options:**
                - `640px` — up to 640px
                - `1k` — up to 1024px
                - `2k` — up to 2048px
                - `4k` — up to 4096px
                - `auto` — **Deprecated.** Mapped server-side from your subscription tier to the best matching resolution the model supports

                **Per-model support:**
                - `flux-2-klein` - 640px, 1k, 2k
                - `flux-schnell` - 640px, 1k, 2k
                - `gpt-image-2` - 640px, 1k, 2k, 4k
                - `nano-banana` - 640px, 1k
                - `nano-banana-2` - 640px, 1k, 2k, 4k
                - `nano-banana-2-lite` - 640px, 1k
                - `nano-banana-pro` - 1k, 2k, 4k
                - `seedream-v4` - 640px, 1k, 2k, 4k
                - `seedream-v5-pro` - 640px, 1k, 2k
                - `z-image-turbo` - 640px, 1k, 2k

                Note: Resolution availability depends on the model and your subscription tier.
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
                "image_count": image_count,
                "style": style,
                "aspect_ratio": aspect_ratio,
                "model": model,
                "name": name,
                "resolution": resolution,
            },
            request_options=request_options,
        )

    def generate(
        self,
        *,
        image_count: int,
        style: params.V1AiImageGeneratorCreateBodyStyle,
        aspect_ratio: typing.Literal["1:1", "16:9", "9:16"] | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "nano-banana-2",
                "gpt-image-2",
                "z-image-turbo",
                "flux-2-klein",
                "nano-banana-2-lite",
                "seedream-v4",
                "seedream-v5-pro",
                "nano-banana",
                "nano-banana-pro",
                "flux-schnell",
                "seedream",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["auto", "640px", "1k", "2k", "4k"] | NotGiven
        ) = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Image Generator, end to end: upload local files, create, wait, download.

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
            image_count=image_count,
            style=style,
            aspect_ratio=aspect_ratio,
            model=model,
            name=name,
            resolution=resolution,
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

    # @custom-begin AiImageGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AiImageGeneratorClient


class AiImageGeneratorClientWithRawResponse:
    """`AiImageGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AiImageGeneratorClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AiImageGeneratorClientWithStreamingResponse:
    """`AiImageGeneratorClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AiImageGeneratorClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAiImageGeneratorClient:
    """Asynchronous client for `v1.ai_image_generator`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiImageGeneratorClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAiImageGeneratorClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncAiImageGeneratorClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAiImageGeneratorClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        image_count: int,
        style: params.V1AiImageGeneratorCreateBodyStyle,
        aspect_ratio: typing.Literal["1:1", "16:9", "9:16"] | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "nano-banana-2",
                "gpt-image-2",
                "z-image-turbo",
                "flux-2-klein",
                "nano-banana-2-lite",
                "seedream-v4",
                "seedream-v5-pro",
                "nano-banana",
                "nano-banana-pro",
                "flux-schnell",
                "seedream",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["auto", "640px", "1k", "2k", "4k"] | NotGiven
        ) = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1AiImageGeneratorCreateResponse:
        """AI Image Generator

        Create an AI image with advanced model selection and quality controls.

        `POST /v1/ai-image-generator`

        Args:
            image_count: Number of images to generate. Maximum varies by model.
            style: The art style to use for image generation.
            aspect_ratio: The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square).
            model: The AI model to use for image generation. Each model has different capabilities and costs.

                **Models:**
                - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
                - `flux-2-klein` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1
                - `flux-schnell` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `gpt-image-2` - from 50 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana-2` - from 100 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `nano-banana-2-lite` - from 50 credits/image
                  - Supported resolutions: 640px, 1k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `nano-banana-pro` - from 150 credits/image
                  - Supported resolutions: 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 4, 9, 16
                - `seedream-v4` - from 40 credits/image
                  - Supported resolutions: 640px, 1k, 2k, 4k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `seedream-v5-pro` - from 75 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: creator, pro, business
                  - Image count allowed: 1, 2, 3, 4
                - `z-image-turbo` - from 5 credits/image
                  - Supported resolutions: 640px, 1k, 2k
                  - Available for tiers: free, creator, pro, business
                  - Image count allowed: 1, 2, 3, 4

                **Deprecated Enum Values:**
                - `seedream` - Use `seedream-v4` instead.

            name: Give your image a custom name for easy identification.
            resolution: Maximum resolution (longest edge) for the output image.

                **Options:**
                - `640px` — up to 640px
                - `1k` — up to 1024px
                - `2k` — up to 2048px
                - `4k` — up to 4096px
                - `auto` — **Deprecated.** Mapped server-side from your subscription tier to the best matching resolution the model supports

                **Per-model support:**
                - `flux-2-klein` - 640px, 1k, 2k
                - `flux-schnell` - 640px, 1k, 2k
                - `gpt-image-2` - 640px, 1k, 2k, 4k
                - `nano-banana` - 640px, 1k
                - `nano-banana-2` - 640px, 1k, 2k, 4k
                - `nano-banana-2-lite` - 640px, 1k
                - `nano-banana-pro` - 1k, 2k, 4k
                - `seedream-v4` - 640px, 1k, 2k, 4k
                - `seedream-v5-pro` - 640px, 1k, 2k
                - `z-image-turbo` - 640px, 1k, 2k

                Note: Resolution availability depends on the model and your subscription tier.
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
                "image_count": image_count,
                "style": style,
                "aspect_ratio": aspect_ratio,
                "model": model,
                "name": name,
                "resolution": resolution,
            },
            request_options=request_options,
        )

    async def generate(
        self,
        *,
        image_count: int,
        style: params.V1AiImageGeneratorCreateBodyStyle,
        aspect_ratio: typing.Literal["1:1", "16:9", "9:16"] | NotGiven = NOT_GIVEN,
        model: (
            typing.Literal[
                "default",
                "nano-banana-2",
                "gpt-image-2",
                "z-image-turbo",
                "flux-2-klein",
                "nano-banana-2-lite",
                "seedream-v4",
                "seedream-v5-pro",
                "nano-banana",
                "nano-banana-pro",
                "flux-schnell",
                "seedream",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        resolution: (
            typing.Literal["auto", "640px", "1k", "2k", "4k"] | NotGiven
        ) = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1ImageProjectsGetResponseWithDownloads:
        """AI Image Generator, end to end: upload local files, create, wait, download.

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
            image_count=image_count,
            style=style,
            aspect_ratio=aspect_ratio,
            model=model,
            name=name,
            resolution=resolution,
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

    # @custom-begin AsyncAiImageGeneratorClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAiImageGeneratorClient


class AsyncAiImageGeneratorClientWithRawResponse:
    """`AsyncAiImageGeneratorClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAiImageGeneratorClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAiImageGeneratorClientWithStreamingResponse:
    """`AsyncAiImageGeneratorClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAiImageGeneratorClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
