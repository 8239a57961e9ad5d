"""Clients for `user_groups.members`: `list_by_group_id`, `list_by_group_id_2`."""

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
def _list_by_group_id_endpoint() -> Endpoint[list[models.V1User]]:
    return Endpoint(
        method="GET",
        path="/user-groups/{groupId}/members",
        operation="user_groups.members.list_by_group_id",
        response_type=list[models.V1User],
        error_types={400: models.CommonError},
    )


@functools.cache
def _list_by_group_id_2_endpoint() -> Endpoint[list[models.V1User]]:
    return Endpoint(
        method="GET",
        path="/user_groups/{group_id}/members",
        operation="user_groups.members.list_by_group_id_2",
        response_type=list[models.V1User],
        error_types={400: models.CommonError},
    )


class MembersClient:
    """Synchronous client for `user_groups.members`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> MembersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return MembersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> MembersClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return MembersClientWithStreamingResponse(self)

    def list_by_group_id(
        self,
        *,
        group_id: int,
        request_options: RequestOptions | None = None,
    ) -> list[models.V1User]:
        """Members of a group (no operationId)

        `GET /user-groups/{groupId}/members`

        Args:
            group_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Group members.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _list_by_group_id_endpoint(),
            path_params={"groupId": group_id},
            request_options=request_options,
        )

    def list_by_group_id_2(
        self,
        *,
        group_id: int,
        request_options: RequestOptions | None = None,
    ) -> list[models.V1User]:
        """Members of a group, legacy path (no operationId; the same path-derived name)

        `GET /user_groups/{group_id}/members`

        Args:
            group_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Group members.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _list_by_group_id_2_endpoint(),
            path_params={"group_id": group_id},
            request_options=request_options,
        )

    # @custom-begin MembersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end MembersClient


class MembersClientWithRawResponse:
    """`MembersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: MembersClient) -> None:
        self.list_by_group_id = to_raw_response_wrapper(client.list_by_group_id)
        self.list_by_group_id_2 = to_raw_response_wrapper(client.list_by_group_id_2)


class MembersClientWithStreamingResponse:
    """`MembersClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: MembersClient) -> None:
        self.list_by_group_id = to_streamed_response_wrapper(client.list_by_group_id)
        self.list_by_group_id_2 = to_streamed_response_wrapper(
            client.list_by_group_id_2
        )


class AsyncMembersClient:
    """Asynchronous client for `user_groups.members`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncMembersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncMembersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncMembersClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncMembersClientWithStreamingResponse(self)

    async def list_by_group_id(
        self,
        *,
        group_id: int,
        request_options: RequestOptions | None = None,
    ) -> list[models.V1User]:
        """Members of a group (no operationId)

        `GET /user-groups/{groupId}/members`

        Args:
            group_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Group members.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _list_by_group_id_endpoint(),
            path_params={"groupId": group_id},
            request_options=request_options,
        )

    async def list_by_group_id_2(
        self,
        *,
        group_id: int,
        request_options: RequestOptions | None = None,
    ) -> list[models.V1User]:
        """Members of a group, legacy path (no operationId; the same path-derived name)

        `GET /user_groups/{group_id}/members`

        Args:
            group_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Group members.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _list_by_group_id_2_endpoint(),
            path_params={"group_id": group_id},
            request_options=request_options,
        )

    # @custom-begin AsyncMembersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncMembersClient


class AsyncMembersClientWithRawResponse:
    """`AsyncMembersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncMembersClient) -> None:
        self.list_by_group_id = async_to_raw_response_wrapper(client.list_by_group_id)
        self.list_by_group_id_2 = async_to_raw_response_wrapper(
            client.list_by_group_id_2
        )


class AsyncMembersClientWithStreamingResponse:
    """`AsyncMembersClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncMembersClient) -> None:
        self.list_by_group_id = async_to_streamed_response_wrapper(
            client.list_by_group_id
        )
        self.list_by_group_id_2 = async_to_streamed_response_wrapper(
            client.list_by_group_id_2
        )
