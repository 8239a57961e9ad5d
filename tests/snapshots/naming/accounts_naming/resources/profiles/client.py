"""Clients for `profiles`: `get`."""

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

if typing.TYPE_CHECKING:
    from accounts_naming.resources.profiles.legacy.client import (
        AsyncLegacyClient,
        LegacyClient,
    )


@functools.cache
def _get_endpoint() -> Endpoint[models.UserProfile]:
    return Endpoint(
        method="GET",
        path="/profiles/{userId}",
        operation="profiles.get",
        response_type=models.UserProfile,
        error_types={400: models.CommonError},
    )


class ProfilesClient:
    """Synchronous client for `profiles`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def legacy(self) -> LegacyClient:
        from accounts_naming.resources.profiles.legacy.client import LegacyClient

        return LegacyClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> ProfilesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ProfilesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ProfilesClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ProfilesClientWithStreamingResponse(self)

    def get(
        self,
        *,
        user_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.UserProfile:
        """A user's profile (schemas `UserProfile` and `user_profile` both exist)

        `GET /profiles/{userId}`

        Args:
            user_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The profile.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"userId": user_id},
            request_options=request_options,
        )

    # @custom-begin ProfilesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ProfilesClient


class ProfilesClientWithRawResponse:
    """`ProfilesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ProfilesClient) -> None:
        self.get = to_raw_response_wrapper(client.get)


class ProfilesClientWithStreamingResponse:
    """`ProfilesClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ProfilesClient) -> None:
        self.get = to_streamed_response_wrapper(client.get)


class AsyncProfilesClient:
    """Asynchronous client for `profiles`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def legacy(self) -> AsyncLegacyClient:
        from accounts_naming.resources.profiles.legacy.client import AsyncLegacyClient

        return AsyncLegacyClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncProfilesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncProfilesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncProfilesClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncProfilesClientWithStreamingResponse(self)

    async def get(
        self,
        *,
        user_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.UserProfile:
        """A user's profile (schemas `UserProfile` and `user_profile` both exist)

        `GET /profiles/{userId}`

        Args:
            user_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The profile.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"userId": user_id},
            request_options=request_options,
        )

    # @custom-begin AsyncProfilesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncProfilesClient


class AsyncProfilesClientWithRawResponse:
    """`AsyncProfilesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncProfilesClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)


class AsyncProfilesClientWithStreamingResponse:
    """`AsyncProfilesClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncProfilesClient) -> None:
        self.get = async_to_streamed_response_wrapper(client.get)
