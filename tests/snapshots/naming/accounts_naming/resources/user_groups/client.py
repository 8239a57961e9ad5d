"""Clients for `user_groups`: `get_user_groups`, `get_user_groups_2`."""

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
    from accounts_naming.resources.user_groups.members.client import (
        AsyncMembersClient,
        MembersClient,
    )


@functools.cache
def _get_user_groups_endpoint() -> Endpoint[list[models.Group]]:
    return Endpoint(
        method="GET",
        path="/user-groups",
        operation="user_groups.get_user_groups",
        response_type=list[models.Group],
    )


@functools.cache
def _get_user_groups_2_endpoint() -> Endpoint[list[models.Group]]:
    return Endpoint(
        method="GET",
        path="/user_groups",
        operation="user_groups.get_user_groups_2",
        response_type=list[models.Group],
    )


class UserGroupsClient:
    """Synchronous client for `user_groups`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def members(self) -> MembersClient:
        from accounts_naming.resources.user_groups.members.client import MembersClient

        return MembersClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> UserGroupsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return UserGroupsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> UserGroupsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return UserGroupsClientWithStreamingResponse(self)

    def get_user_groups(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.Group]:
        """List groups (v2)

        `getUserGroups` and `get_user_groups` are the same name in snake case.

        `GET /user-groups`

        Returns:
            Groups.
        """
        return self._base_client.request(
            _get_user_groups_endpoint(),
            request_options=request_options,
        )

    def get_user_groups_2(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.Group]:
        """List groups (legacy v1 path)

        Deprecated: this operation may be removed in a future version of the API.

        `GET /user_groups`

        Returns:
            Groups.
        """
        return self._base_client.request(
            _get_user_groups_2_endpoint(),
            request_options=request_options,
        )

    # @custom-begin UserGroupsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end UserGroupsClient


class UserGroupsClientWithRawResponse:
    """`UserGroupsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: UserGroupsClient) -> None:
        self.get_user_groups = to_raw_response_wrapper(client.get_user_groups)
        self.get_user_groups_2 = to_raw_response_wrapper(client.get_user_groups_2)


class UserGroupsClientWithStreamingResponse:
    """`UserGroupsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: UserGroupsClient) -> None:
        self.get_user_groups = to_streamed_response_wrapper(client.get_user_groups)
        self.get_user_groups_2 = to_streamed_response_wrapper(client.get_user_groups_2)


class AsyncUserGroupsClient:
    """Asynchronous client for `user_groups`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def members(self) -> AsyncMembersClient:
        from accounts_naming.resources.user_groups.members.client import (
            AsyncMembersClient,
        )

        return AsyncMembersClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncUserGroupsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncUserGroupsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncUserGroupsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncUserGroupsClientWithStreamingResponse(self)

    async def get_user_groups(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.Group]:
        """List groups (v2)

        `getUserGroups` and `get_user_groups` are the same name in snake case.

        `GET /user-groups`

        Returns:
            Groups.
        """
        return await self._base_client.request(
            _get_user_groups_endpoint(),
            request_options=request_options,
        )

    async def get_user_groups_2(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[models.Group]:
        """List groups (legacy v1 path)

        Deprecated: this operation may be removed in a future version of the API.

        `GET /user_groups`

        Returns:
            Groups.
        """
        return await self._base_client.request(
            _get_user_groups_2_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncUserGroupsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncUserGroupsClient


class AsyncUserGroupsClientWithRawResponse:
    """`AsyncUserGroupsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncUserGroupsClient) -> None:
        self.get_user_groups = async_to_raw_response_wrapper(client.get_user_groups)
        self.get_user_groups_2 = async_to_raw_response_wrapper(client.get_user_groups_2)


class AsyncUserGroupsClientWithStreamingResponse:
    """`AsyncUserGroupsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncUserGroupsClient) -> None:
        self.get_user_groups = async_to_streamed_response_wrapper(
            client.get_user_groups
        )
        self.get_user_groups_2 = async_to_streamed_response_wrapper(
            client.get_user_groups_2
        )
