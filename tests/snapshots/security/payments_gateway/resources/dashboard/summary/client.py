"""Clients for `dashboard.summary`: `list`."""

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
def _list_endpoint() -> Endpoint[models.DashboardSummary]:
    return Endpoint(
        method="GET",
        path="/dashboard/summary",
        operation="dashboard.summary.list",
        security=(("sessionCookie",),),
        response_type=models.DashboardSummary,
        error_types={400: models.Error, 401: models.Error},
    )


class SummaryClient:
    """Synchronous client for `dashboard.summary`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> SummaryClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return SummaryClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> SummaryClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return SummaryClientWithStreamingResponse(self)

    def list(
        self,
        *,
        period: typing.Literal["day", "week", "month"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.DashboardSummary:
        """Dashboard figures (API key in a session cookie)

        `GET /dashboard/summary`

        Args:
            period:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Totals for the period.

        Raises:
            BadRequestError: A parameter is invalid.
            AuthenticationError: Missing or invalid credentials.
        """
        return self._base_client.request(
            _list_endpoint(),
            query={"period": period},
            request_options=request_options,
        )

    # @custom-begin SummaryClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end SummaryClient


class SummaryClientWithRawResponse:
    """`SummaryClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: SummaryClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class SummaryClientWithStreamingResponse:
    """`SummaryClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: SummaryClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncSummaryClient:
    """Asynchronous client for `dashboard.summary`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncSummaryClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncSummaryClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSummaryClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncSummaryClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        period: typing.Literal["day", "week", "month"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.DashboardSummary:
        """Dashboard figures (API key in a session cookie)

        `GET /dashboard/summary`

        Args:
            period:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Totals for the period.

        Raises:
            BadRequestError: A parameter is invalid.
            AuthenticationError: Missing or invalid credentials.
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={"period": period},
            request_options=request_options,
        )

    # @custom-begin AsyncSummaryClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncSummaryClient


class AsyncSummaryClientWithRawResponse:
    """`AsyncSummaryClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncSummaryClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncSummaryClientWithStreamingResponse:
    """`AsyncSummaryClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncSummaryClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
