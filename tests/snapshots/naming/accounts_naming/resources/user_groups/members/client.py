"""Clients for `user_groups.members`: `list_by_group_id`, `list_by_group_id_2`."""

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


class MembersClient:
    """Synchronous client for `user_groups.members`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> MembersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return MembersClientWithRawResponse(self)

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
        result = self._base_client.request(
            method="GET",
            path="/user-groups/{groupId}/members",
            operation="user_groups.members.list_by_group_id",
            path_params={
                "groupId": group_id,
            },
            security=(),
            response_type=list[models.V1User],
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("list[models.V1User]", result)

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
        result = self._base_client.request(
            method="GET",
            path="/user_groups/{group_id}/members",
            operation="user_groups.members.list_by_group_id_2",
            path_params={
                "group_id": group_id,
            },
            security=(),
            response_type=list[models.V1User],
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("list[models.V1User]", result)

    # @custom-begin MembersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end MembersClient


class MembersClientWithRawResponse:
    """`MembersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: MembersClient) -> None:
        self.list_by_group_id = to_raw_response_wrapper(client.list_by_group_id)
        self.list_by_group_id_2 = to_raw_response_wrapper(client.list_by_group_id_2)


class AsyncMembersClient:
    """Asynchronous client for `user_groups.members`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncMembersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncMembersClientWithRawResponse(self)

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
        result = await self._base_client.request(
            method="GET",
            path="/user-groups/{groupId}/members",
            operation="user_groups.members.list_by_group_id",
            path_params={
                "groupId": group_id,
            },
            security=(),
            response_type=list[models.V1User],
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("list[models.V1User]", result)

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
        result = await self._base_client.request(
            method="GET",
            path="/user_groups/{group_id}/members",
            operation="user_groups.members.list_by_group_id_2",
            path_params={
                "group_id": group_id,
            },
            security=(),
            response_type=list[models.V1User],
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("list[models.V1User]", result)

    # @custom-begin AsyncMembersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncMembersClient


class AsyncMembersClientWithRawResponse:
    """`AsyncMembersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncMembersClient) -> None:
        self.list_by_group_id = async_to_raw_response_wrapper(client.list_by_group_id)
        self.list_by_group_id_2 = async_to_raw_response_wrapper(
            client.list_by_group_id_2
        )
