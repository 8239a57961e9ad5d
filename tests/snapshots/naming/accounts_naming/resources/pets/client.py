"""Clients for `pets`: `get`."""

from __future__ import annotations

import functools
import typing

from accounts_naming._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from accounts_naming.types import models


@functools.cache
def _get_endpoint() -> Endpoint[models.Pet]:
    return Endpoint(
        method="GET",
        path="/pets/{petId}",
        operation="pets.get",
        response_type=models.Pet,
        error_types={400: models.CommonError},
    )


class PetsClient:
    """Synchronous client for `pets`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> PetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PetsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PetsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return PetsClientWithStreamingResponse(self)

    def get(
        self,
        *,
        pet_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Get a pet (schemas `Pet` and `pet` both exist)

        `GET /pets/{petId}`

        Args:
            pet_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet with its legacy record.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"petId": pet_id},
            request_options=request_options,
        )

    # @custom-begin PetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PetsClient


class PetsClientWithRawResponse:
    """`PetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PetsClient) -> None:
        self.get = to_raw_response_wrapper(client.get)


class PetsClientWithStreamingResponse:
    """`PetsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: PetsClient) -> None:
        self.get = to_streamed_response_wrapper(client.get)


class AsyncPetsClient:
    """Asynchronous client for `pets`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncPetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPetsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPetsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncPetsClientWithStreamingResponse(self)

    async def get(
        self,
        *,
        pet_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Get a pet (schemas `Pet` and `pet` both exist)

        `GET /pets/{petId}`

        Args:
            pet_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet with its legacy record.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"petId": pet_id},
            request_options=request_options,
        )

    # @custom-begin AsyncPetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPetsClient


class AsyncPetsClientWithRawResponse:
    """`AsyncPetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)


class AsyncPetsClientWithStreamingResponse:
    """`AsyncPetsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.get = async_to_streamed_response_wrapper(client.get)
