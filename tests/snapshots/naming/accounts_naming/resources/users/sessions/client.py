"""Clients for `users.sessions`: `create`."""

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
def _create_endpoint() -> Endpoint[models.Session]:
    return Endpoint(
        method="POST",
        path="/users/{id}/sessions",
        operation="users.sessions.create",
        response_type=models.Session,
        error_types={422: models.CommonError},
    )


class SessionsClient:
    """Synchronous client for `users.sessions`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> SessionsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return SessionsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> SessionsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return SessionsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        device: str,
        id: int,
        async_: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Session:
        """Open a session for a user (a kebab-case operation id; POST on a sub-resource)

        `POST /users/{id}/sessions`

        Args:
            device:
            id: A path parameter named `id` (a builtin).
            async_: A keyword as a request property.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The session.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"id": id},
            json={"device": device, "async": async_},
            request_options=request_options,
        )

    # @custom-begin SessionsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end SessionsClient


class SessionsClientWithRawResponse:
    """`SessionsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: SessionsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class SessionsClientWithStreamingResponse:
    """`SessionsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: SessionsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncSessionsClient:
    """Asynchronous client for `users.sessions`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncSessionsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncSessionsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSessionsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncSessionsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        device: str,
        id: int,
        async_: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Session:
        """Open a session for a user (a kebab-case operation id; POST on a sub-resource)

        `POST /users/{id}/sessions`

        Args:
            device:
            id: A path parameter named `id` (a builtin).
            async_: A keyword as a request property.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The session.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"id": id},
            json={"device": device, "async": async_},
            request_options=request_options,
        )

    # @custom-begin AsyncSessionsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncSessionsClient


class AsyncSessionsClientWithRawResponse:
    """`AsyncSessionsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncSessionsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncSessionsClientWithStreamingResponse:
    """`AsyncSessionsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncSessionsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
