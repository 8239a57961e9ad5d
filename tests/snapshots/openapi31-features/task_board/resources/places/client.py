"""Clients for `places`: `get`."""

from __future__ import annotations

import functools
import typing

from task_board._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from task_board.types import models


@functools.cache
def _get_endpoint() -> Endpoint[models.Place]:
    return Endpoint(
        method="GET",
        path="/places/{placeId}",
        operation="places.get",
        response_type=models.Place,
        error_types={400: models.Problem, 404: models.Problem},
    )


class PlacesClient:
    """Synchronous client for `places`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> PlacesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PlacesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PlacesClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return PlacesClientWithStreamingResponse(self)

    def get(
        self,
        *,
        place_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.Place:
        """A meeting place

        `coordinates` uses `prefixItems` (a fixed-length tuple), which has no exact Python type in
        some generators: it exercises the documented fallback and its warning.


        `GET /places/{placeId}`

        Args:
            place_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The place.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"placeId": place_id},
            request_options=request_options,
        )

    # @custom-begin PlacesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PlacesClient


class PlacesClientWithRawResponse:
    """`PlacesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PlacesClient) -> None:
        self.get = to_raw_response_wrapper(client.get)


class PlacesClientWithStreamingResponse:
    """`PlacesClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: PlacesClient) -> None:
        self.get = to_streamed_response_wrapper(client.get)


class AsyncPlacesClient:
    """Asynchronous client for `places`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncPlacesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPlacesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPlacesClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncPlacesClientWithStreamingResponse(self)

    async def get(
        self,
        *,
        place_id: str,
        request_options: RequestOptions | None = None,
    ) -> models.Place:
        """A meeting place

        `coordinates` uses `prefixItems` (a fixed-length tuple), which has no exact Python type in
        some generators: it exercises the documented fallback and its warning.


        `GET /places/{placeId}`

        Args:
            place_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The place.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"placeId": place_id},
            request_options=request_options,
        )

    # @custom-begin AsyncPlacesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPlacesClient


class AsyncPlacesClientWithRawResponse:
    """`AsyncPlacesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPlacesClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)


class AsyncPlacesClientWithStreamingResponse:
    """`AsyncPlacesClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncPlacesClient) -> None:
        self.get = async_to_streamed_response_wrapper(client.get)
