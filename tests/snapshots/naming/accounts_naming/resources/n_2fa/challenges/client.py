"""Clients for `n_2fa.challenges`: `create`."""

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
def _create_endpoint() -> Endpoint[models.N2FaChallenge]:
    return Endpoint(
        method="POST",
        path="/2fa/challenges",
        operation="n_2fa.challenges.create",
        response_type=models.N2FaChallenge,
        error_types={422: models.CommonError},
    )


class ChallengesClient:
    """Synchronous client for `n_2fa.challenges`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ChallengesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ChallengesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ChallengesClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ChallengesClientWithStreamingResponse(self)

    def create(
        self,
        *,
        method: typing.Literal["totp", "sms", "webauthn"],
        request_options: RequestOptions | None = None,
    ) -> models.N2FaChallenge:
        """Start a 2FA challenge (an operation id and a path that start with a digit)

        `POST /2fa/challenges`

        Args:
            method: A schema name that starts with a digit.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The challenge.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={"method": method},
            request_options=request_options,
        )

    # @custom-begin ChallengesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ChallengesClient


class ChallengesClientWithRawResponse:
    """`ChallengesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ChallengesClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class ChallengesClientWithStreamingResponse:
    """`ChallengesClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ChallengesClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncChallengesClient:
    """Asynchronous client for `n_2fa.challenges`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncChallengesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncChallengesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncChallengesClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncChallengesClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        method: typing.Literal["totp", "sms", "webauthn"],
        request_options: RequestOptions | None = None,
    ) -> models.N2FaChallenge:
        """Start a 2FA challenge (an operation id and a path that start with a digit)

        `POST /2fa/challenges`

        Args:
            method: A schema name that starts with a digit.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The challenge.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={"method": method},
            request_options=request_options,
        )

    # @custom-begin AsyncChallengesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncChallengesClient


class AsyncChallengesClientWithRawResponse:
    """`AsyncChallengesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncChallengesClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncChallengesClientWithStreamingResponse:
    """`AsyncChallengesClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncChallengesClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
