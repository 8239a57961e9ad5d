"""Clients for `profiles.legacy`: `list`."""

from __future__ import annotations

import functools
import typing

from accounts_naming._core import (
    AsyncBaseClient,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from accounts_naming.types import models


class LegacyClient:
    """Synchronous client for `profiles.legacy`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> LegacyClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return LegacyClientWithRawResponse(self)

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
        result = self._base_client.request(
            method="GET",
            path="/profiles/{userId}/legacy",
            operation="profiles.legacy.list",
            path_params={
                "userId": user_id,
            },
            security=(),
            response_type=models.UserProfile2,
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("models.UserProfile2", result)

    # @custom-begin LegacyClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end LegacyClient


class LegacyClientWithRawResponse:
    """`LegacyClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: LegacyClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class AsyncLegacyClient:
    """Asynchronous client for `profiles.legacy`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncLegacyClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncLegacyClientWithRawResponse(self)

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
        result = await self._base_client.request(
            method="GET",
            path="/profiles/{userId}/legacy",
            operation="profiles.legacy.list",
            path_params={
                "userId": user_id,
            },
            security=(),
            response_type=models.UserProfile2,
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("models.UserProfile2", result)

    # @custom-begin AsyncLegacyClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncLegacyClient


class AsyncLegacyClientWithRawResponse:
    """`AsyncLegacyClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncLegacyClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
