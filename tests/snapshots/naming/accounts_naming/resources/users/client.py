"""Clients for `users`: `list`, `users_create`, `get`, `users_activate`."""

from __future__ import annotations

import functools
import typing

from accounts_naming._core import (
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
from accounts_naming.types import models

if typing.TYPE_CHECKING:
    from accounts_naming.resources.users.me.client import (
        AsyncMeClient,
        MeClient,
    )
    from accounts_naming.resources.users.sessions.client import (
        AsyncSessionsClient,
        SessionsClient,
    )


@functools.cache
def _list_endpoint() -> Endpoint[models.UserList]:
    return Endpoint(
        method="GET",
        path="/users",
        operation="users.list",
        response_type=models.UserList,
        error_types={400: models.CommonError},
    )


@functools.cache
def _users_create_endpoint() -> Endpoint[models.UsersUsersCreateResponse]:
    return Endpoint(
        method="POST",
        path="/users",
        operation="users.users_create",
        response_type=models.UsersUsersCreateResponse,
        error_types={422: models.CommonError},
    )


@functools.cache
def _get_endpoint() -> Endpoint[models.V1User]:
    return Endpoint(
        method="GET",
        path="/users/{id}",
        operation="users.get",
        response_type=models.V1User,
        error_types={400: models.CommonError},
    )


@functools.cache
def _users_activate_endpoint() -> Endpoint[models.V1User]:
    return Endpoint(
        method="POST",
        path="/users/{id}:activate",
        operation="users.users_activate",
        response_type=models.V1User,
        error_types={400: models.CommonError},
    )


class UsersClient:
    """Synchronous client for `users`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def me(self) -> MeClient:
        from accounts_naming.resources.users.me.client import MeClient

        return MeClient(base_client=self._base_client)

    @functools.cached_property
    def sessions(self) -> SessionsClient:
        from accounts_naming.resources.users.sessions.client import SessionsClient

        return SessionsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> UsersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return UsersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> UsersClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return UsersClientWithStreamingResponse(self)

    def list(
        self,
        *,
        filter_email: str | NotGiven = NOT_GIVEN,
        page_cursor: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.UserList:
        """List users

        `GET /users`

        Args:
            filter_email:
            page_cursor:
            page_size: JSON:API style bracketed name.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A page of users.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _list_endpoint(),
            query={
                "filter[email]": filter_email,
                "page[cursor]": page_cursor,
                "page[size]": page_size,
            },
            request_options=request_options,
        )

    def users_create(
        self,
        *,
        email: str,
        class_: typing.Literal["staff", "customer"] | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.UsersUsersCreateResponse:
        """Create a user

        Its inline body derives the name `CreateUserRequest` (or `UsersCreateRequest`), which a
        component schema already has; its inline response likewise meets `CreateUserResponse`.


        `POST /users`

        Args:
            email:
            class_: A keyword as a request property.
            display_name:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The user.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _users_create_endpoint(),
            json={"email": email, "class": class_, "display_name": display_name},
            request_options=request_options,
        )

    def get(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> models.V1User:
        """Get a user (a PascalCase_snake operation id)

        `GET /users/{id}`

        Args:
            id: A path parameter named `id` (a builtin).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A user.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    def users_activate(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> models.V1User:
        """Activate a user (a Google-style custom method; an operation id with a slash)

        `POST /users/{id}:activate`

        Args:
            id: A path parameter named `id` (a builtin).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A user.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _users_activate_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    # @custom-begin UsersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end UsersClient


class UsersClientWithRawResponse:
    """`UsersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: UsersClient) -> None:
        self.list = to_raw_response_wrapper(client.list)
        self.users_create = to_raw_response_wrapper(client.users_create)
        self.get = to_raw_response_wrapper(client.get)
        self.users_activate = to_raw_response_wrapper(client.users_activate)


class UsersClientWithStreamingResponse:
    """`UsersClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: UsersClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)
        self.users_create = to_streamed_response_wrapper(client.users_create)
        self.get = to_streamed_response_wrapper(client.get)
        self.users_activate = to_streamed_response_wrapper(client.users_activate)


class AsyncUsersClient:
    """Asynchronous client for `users`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def me(self) -> AsyncMeClient:
        from accounts_naming.resources.users.me.client import AsyncMeClient

        return AsyncMeClient(base_client=self._base_client)

    @functools.cached_property
    def sessions(self) -> AsyncSessionsClient:
        from accounts_naming.resources.users.sessions.client import AsyncSessionsClient

        return AsyncSessionsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncUsersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncUsersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncUsersClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncUsersClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        filter_email: str | NotGiven = NOT_GIVEN,
        page_cursor: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.UserList:
        """List users

        `GET /users`

        Args:
            filter_email:
            page_cursor:
            page_size: JSON:API style bracketed name.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A page of users.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={
                "filter[email]": filter_email,
                "page[cursor]": page_cursor,
                "page[size]": page_size,
            },
            request_options=request_options,
        )

    async def users_create(
        self,
        *,
        email: str,
        class_: typing.Literal["staff", "customer"] | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.UsersUsersCreateResponse:
        """Create a user

        Its inline body derives the name `CreateUserRequest` (or `UsersCreateRequest`), which a
        component schema already has; its inline response likewise meets `CreateUserResponse`.


        `POST /users`

        Args:
            email:
            class_: A keyword as a request property.
            display_name:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The user.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _users_create_endpoint(),
            json={"email": email, "class": class_, "display_name": display_name},
            request_options=request_options,
        )

    async def get(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> models.V1User:
        """Get a user (a PascalCase_snake operation id)

        `GET /users/{id}`

        Args:
            id: A path parameter named `id` (a builtin).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A user.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    async def users_activate(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> models.V1User:
        """Activate a user (a Google-style custom method; an operation id with a slash)

        `POST /users/{id}:activate`

        Args:
            id: A path parameter named `id` (a builtin).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A user.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _users_activate_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    # @custom-begin AsyncUsersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncUsersClient


class AsyncUsersClientWithRawResponse:
    """`AsyncUsersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncUsersClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
        self.users_create = async_to_raw_response_wrapper(client.users_create)
        self.get = async_to_raw_response_wrapper(client.get)
        self.users_activate = async_to_raw_response_wrapper(client.users_activate)


class AsyncUsersClientWithStreamingResponse:
    """`AsyncUsersClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncUsersClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
        self.users_create = async_to_streamed_response_wrapper(client.users_create)
        self.get = async_to_streamed_response_wrapper(client.get)
        self.users_activate = async_to_streamed_response_wrapper(client.users_activate)
