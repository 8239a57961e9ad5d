"""Clients for `checks`: `create`."""

from __future__ import annotations

import functools
import typing

from schema_shapes._core import (
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
from schema_shapes.types import models


@functools.cache
def _create_endpoint() -> Endpoint[models.Check]:
    return Endpoint(
        method="POST",
        path="/checks",
        operation="checks.create",
        response_type=models.Check,
    )


class ChecksClient:
    """Synchronous client for `checks`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ChecksClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ChecksClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ChecksClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ChecksClientWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        target: str,
        enabled: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Check:
        """Create an uptime check

        `POST /checks`

        Args:
            name:
            target:
            enabled:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The check was created.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={"name": name, "target": target, "enabled": enabled},
            request_options=request_options,
        )

    # @custom-begin ChecksClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ChecksClient


class ChecksClientWithRawResponse:
    """`ChecksClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ChecksClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class ChecksClientWithStreamingResponse:
    """`ChecksClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ChecksClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncChecksClient:
    """Asynchronous client for `checks`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncChecksClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncChecksClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncChecksClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncChecksClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        target: str,
        enabled: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Check:
        """Create an uptime check

        `POST /checks`

        Args:
            name:
            target:
            enabled:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The check was created.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={"name": name, "target": target, "enabled": enabled},
            request_options=request_options,
        )

    # @custom-begin AsyncChecksClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncChecksClient


class AsyncChecksClientWithRawResponse:
    """`AsyncChecksClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncChecksClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncChecksClientWithStreamingResponse:
    """`AsyncChecksClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncChecksClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
