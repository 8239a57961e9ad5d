"""Clients for `models`: `get`."""

from __future__ import annotations

import functools
import typing

from accounts_naming._core import (
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
from accounts_naming.types import models


@functools.cache
def _get_endpoint() -> Endpoint[models.N3DModel]:
    return Endpoint(
        method="GET",
        path="/models/{modelId}",
        operation="models.get",
        response_type=models.N3DModel,
        error_types={400: models.CommonError},
    )


class ModelsClient:
    """Synchronous client for `models`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ModelsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ModelsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ModelsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ModelsClientWithStreamingResponse(self)

    def get(
        self,
        *,
        model_id: str,
        format: typing.Literal["3mf", "stl", "obj", "glTF"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.N3DModel:
        """Get a 3D model (a schema named `3DModel`, enum values starting with digits)

        `GET /models/{modelId}`

        Args:
            model_id:
            format: A parameter named like a builtin, with enum values that start with digits.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The model.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"modelId": model_id},
            query={"format": format},
            request_options=request_options,
        )

    # @custom-begin ModelsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ModelsClient


class ModelsClientWithRawResponse:
    """`ModelsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ModelsClient) -> None:
        self.get = to_raw_response_wrapper(client.get)


class ModelsClientWithStreamingResponse:
    """`ModelsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ModelsClient) -> None:
        self.get = to_streamed_response_wrapper(client.get)


class AsyncModelsClient:
    """Asynchronous client for `models`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncModelsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncModelsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncModelsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncModelsClientWithStreamingResponse(self)

    async def get(
        self,
        *,
        model_id: str,
        format: typing.Literal["3mf", "stl", "obj", "glTF"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.N3DModel:
        """Get a 3D model (a schema named `3DModel`, enum values starting with digits)

        `GET /models/{modelId}`

        Args:
            model_id:
            format: A parameter named like a builtin, with enum values that start with digits.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The model.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"modelId": model_id},
            query={"format": format},
            request_options=request_options,
        )

    # @custom-begin AsyncModelsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncModelsClient


class AsyncModelsClientWithRawResponse:
    """`AsyncModelsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncModelsClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)


class AsyncModelsClientWithStreamingResponse:
    """`AsyncModelsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncModelsClient) -> None:
        self.get = async_to_streamed_response_wrapper(client.get)
