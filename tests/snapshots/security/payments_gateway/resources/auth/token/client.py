"""Clients for `auth.token`: `create`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import (
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
from payments_gateway.types import models


@functools.cache
def _create_endpoint() -> Endpoint[models.Token]:
    return Endpoint(
        method="POST",
        path="/auth/token",
        operation="auth.token.create",
        security=(("basicAuth",),),
        response_type=models.Token,
        error_types={400: models.Error, 401: models.Error},
    )


class TokenClient:
    """Synchronous client for `auth.token`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> TokenClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return TokenClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> TokenClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return TokenClientWithStreamingResponse(self)

    def create(
        self,
        *,
        scope: str,
        expires_in: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Token:
        """Exchange client credentials for a bearer token (HTTP basic)

        `POST /auth/token`

        Args:
            scope:
            expires_in:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A bearer token.

        Raises:
            BadRequestError: A parameter is invalid.
            AuthenticationError: Missing or invalid credentials.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={"scope": scope, "expires_in": expires_in},
            request_options=request_options,
        )

    # @custom-begin TokenClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end TokenClient


class TokenClientWithRawResponse:
    """`TokenClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: TokenClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class TokenClientWithStreamingResponse:
    """`TokenClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: TokenClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncTokenClient:
    """Asynchronous client for `auth.token`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncTokenClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncTokenClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncTokenClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncTokenClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        scope: str,
        expires_in: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Token:
        """Exchange client credentials for a bearer token (HTTP basic)

        `POST /auth/token`

        Args:
            scope:
            expires_in:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A bearer token.

        Raises:
            BadRequestError: A parameter is invalid.
            AuthenticationError: Missing or invalid credentials.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={"scope": scope, "expires_in": expires_in},
            request_options=request_options,
        )

    # @custom-begin AsyncTokenClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncTokenClient


class AsyncTokenClientWithRawResponse:
    """`AsyncTokenClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncTokenClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncTokenClientWithStreamingResponse:
    """`AsyncTokenClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncTokenClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
