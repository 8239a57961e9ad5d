"""Clients for `users.me`: `list`."""

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
def _list_endpoint() -> Endpoint[models.V1User]:
    return Endpoint(
        method="GET",
        path="/users/me",
        operation="users.me.list",
        response_type=models.V1User,
    )


class MeClient:
    """Synchronous client for `users.me`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> MeClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return MeClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> MeClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return MeClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.V1User:
        """The signed-in user (a literal path next to `/users/{id}`)

        `GET /users/me`

        Returns:
            A user.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin MeClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end MeClient


class MeClientWithRawResponse:
    """`MeClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: MeClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class MeClientWithStreamingResponse:
    """`MeClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: MeClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncMeClient:
    """Asynchronous client for `users.me`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncMeClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncMeClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncMeClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncMeClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.V1User:
        """The signed-in user (a literal path next to `/users/{id}`)

        `GET /users/me`

        Returns:
            A user.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncMeClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncMeClient


class AsyncMeClientWithRawResponse:
    """`AsyncMeClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncMeClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncMeClientWithStreamingResponse:
    """`AsyncMeClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncMeClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
