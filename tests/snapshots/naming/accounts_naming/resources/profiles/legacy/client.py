"""Clients for `profiles.legacy`: `list`."""

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
def _list_endpoint() -> Endpoint[models.UserProfile2]:
    return Endpoint(
        method="GET",
        path="/profiles/{userId}/legacy",
        operation="profiles.legacy.list",
        response_type=models.UserProfile2,
        error_types={400: models.CommonError},
    )


class LegacyClient:
    """Synchronous client for `profiles.legacy`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> LegacyClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return LegacyClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> LegacyClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return LegacyClientWithStreamingResponse(self)

    def list(
        self,
        *,
        user_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.UserProfile2:
        """The legacy profile record

        `GET /profiles/{userId}/legacy`

        Args:
            user_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The legacy record.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"userId": user_id},
            request_options=request_options,
        )

    # @custom-begin LegacyClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end LegacyClient


class LegacyClientWithRawResponse:
    """`LegacyClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: LegacyClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class LegacyClientWithStreamingResponse:
    """`LegacyClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: LegacyClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncLegacyClient:
    """Asynchronous client for `profiles.legacy`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncLegacyClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncLegacyClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncLegacyClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncLegacyClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        user_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.UserProfile2:
        """The legacy profile record

        `GET /profiles/{userId}/legacy`

        Args:
            user_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The legacy record.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"userId": user_id},
            request_options=request_options,
        )

    # @custom-begin AsyncLegacyClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncLegacyClient


class AsyncLegacyClientWithRawResponse:
    """`AsyncLegacyClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncLegacyClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncLegacyClientWithStreamingResponse:
    """`AsyncLegacyClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncLegacyClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
