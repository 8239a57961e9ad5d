"""Clients for `newsletter.subscriptions`: `create`."""

from __future__ import annotations

import functools
import typing

from media_library._core import (
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
from media_library.types import models


@functools.cache
def _create_endpoint() -> Endpoint[models.Subscription]:
    return Endpoint(
        method="POST",
        path="/newsletter/subscriptions",
        operation="newsletter.subscriptions.create",
        response_type=models.Subscription,
        error_types={422: models.Problem},
    )


class SubscriptionsClient:
    """Synchronous client for `newsletter.subscriptions`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> SubscriptionsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return SubscriptionsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> SubscriptionsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return SubscriptionsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        consent: bool,
        email: str,
        frequency: typing.Literal["daily", "weekly", "monthly"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        topics: list[typing.Literal["photo", "video", "audio"]] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Subscription:
        """Subscribe to the newsletter (an HTML form post)

        `POST /newsletter/subscriptions`

        Args:
            consent:
            email:
            frequency:
            name:
            topics: Repeated field (`topics=photo&topics=video`).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Subscribed.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            form={
                "consent": consent,
                "email": email,
                "frequency": frequency,
                "name": name,
                "topics": topics,
            },
            request_options=request_options,
        )

    # @custom-begin SubscriptionsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end SubscriptionsClient


class SubscriptionsClientWithRawResponse:
    """`SubscriptionsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: SubscriptionsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class SubscriptionsClientWithStreamingResponse:
    """`SubscriptionsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: SubscriptionsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncSubscriptionsClient:
    """Asynchronous client for `newsletter.subscriptions`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncSubscriptionsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncSubscriptionsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSubscriptionsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncSubscriptionsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        consent: bool,
        email: str,
        frequency: typing.Literal["daily", "weekly", "monthly"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        topics: list[typing.Literal["photo", "video", "audio"]] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Subscription:
        """Subscribe to the newsletter (an HTML form post)

        `POST /newsletter/subscriptions`

        Args:
            consent:
            email:
            frequency:
            name:
            topics: Repeated field (`topics=photo&topics=video`).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Subscribed.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            form={
                "consent": consent,
                "email": email,
                "frequency": frequency,
                "name": name,
                "topics": topics,
            },
            request_options=request_options,
        )

    # @custom-begin AsyncSubscriptionsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncSubscriptionsClient


class AsyncSubscriptionsClientWithRawResponse:
    """`AsyncSubscriptionsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncSubscriptionsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncSubscriptionsClientWithStreamingResponse:
    """`AsyncSubscriptionsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncSubscriptionsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
