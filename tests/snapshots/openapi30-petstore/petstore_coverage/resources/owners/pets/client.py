"""Clients for `owners.pets`: `list`, `create`."""

from __future__ import annotations

import builtins
import datetime
import functools
import typing

from petstore_coverage._core import (
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
from petstore_coverage.types import models


@functools.cache
def _list_endpoint() -> Endpoint[builtins.list[models.Pet]]:
    return Endpoint(
        method="GET",
        path="/owners/{ownerId}/pets",
        operation="owners.pets.list",
        response_type=builtins.list[models.Pet],
        error_types={400: models.Error, 404: models.Error},
    )


@functools.cache
def _create_endpoint() -> Endpoint[models.Adoption]:
    return Endpoint(
        method="POST",
        path="/owners/{ownerId}/pets",
        operation="owners.pets.create",
        response_type=models.Adoption,
        error_types={422: models.ValidationError},
    )


class PetsClient:
    """Synchronous client for `owners.pets`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> PetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PetsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PetsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return PetsClientWithStreamingResponse(self)

    def list(
        self,
        *,
        owner_id: str,
        x_tenant_id: str,
        include_archived: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Pet]:
        """List an owner's pets

        Overrides the path-level `limit` and adds `include_archived`.

        `GET /owners/{ownerId}/pets`

        Args:
            owner_id:
            x_tenant_id: The franchise the owner belongs to.
            include_archived:
            limit: Page size (this operation's own default).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The owner's pets.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"ownerId": owner_id},
            query={"include_archived": include_archived, "limit": limit},
            headers={"X-Tenant-ID": x_tenant_id},
            request_options=request_options,
        )

    def create(
        self,
        *,
        owner_id: str,
        pet_id: int,
        x_tenant_id: str,
        adopted_on: str | datetime.date | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Adoption:
        """Adopt a pet

        Uses only the path-level parameters (`limit` is ignored here).

        `POST /owners/{ownerId}/pets`

        Args:
            owner_id:
            pet_id:
            x_tenant_id: The franchise the owner belongs to.
            adopted_on:
            limit: Page size (path-level default).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The adoption was recorded.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"ownerId": owner_id},
            query={"limit": limit},
            headers={"X-Tenant-ID": x_tenant_id},
            json={"pet_id": pet_id, "adopted_on": adopted_on},
            request_options=request_options,
        )

    # @custom-begin PetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PetsClient


class PetsClientWithRawResponse:
    """`PetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PetsClient) -> None:
        self.list = to_raw_response_wrapper(client.list)
        self.create = to_raw_response_wrapper(client.create)


class PetsClientWithStreamingResponse:
    """`PetsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: PetsClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)
        self.create = to_streamed_response_wrapper(client.create)


class AsyncPetsClient:
    """Asynchronous client for `owners.pets`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncPetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPetsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPetsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncPetsClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        owner_id: str,
        x_tenant_id: str,
        include_archived: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Pet]:
        """List an owner's pets

        Overrides the path-level `limit` and adds `include_archived`.

        `GET /owners/{ownerId}/pets`

        Args:
            owner_id:
            x_tenant_id: The franchise the owner belongs to.
            include_archived:
            limit: Page size (this operation's own default).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The owner's pets.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"ownerId": owner_id},
            query={"include_archived": include_archived, "limit": limit},
            headers={"X-Tenant-ID": x_tenant_id},
            request_options=request_options,
        )

    async def create(
        self,
        *,
        owner_id: str,
        pet_id: int,
        x_tenant_id: str,
        adopted_on: str | datetime.date | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Adoption:
        """Adopt a pet

        Uses only the path-level parameters (`limit` is ignored here).

        `POST /owners/{ownerId}/pets`

        Args:
            owner_id:
            pet_id:
            x_tenant_id: The franchise the owner belongs to.
            adopted_on:
            limit: Page size (path-level default).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The adoption was recorded.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"ownerId": owner_id},
            query={"limit": limit},
            headers={"X-Tenant-ID": x_tenant_id},
            json={"pet_id": pet_id, "adopted_on": adopted_on},
            request_options=request_options,
        )

    # @custom-begin AsyncPetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPetsClient


class AsyncPetsClientWithRawResponse:
    """`AsyncPetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncPetsClientWithStreamingResponse:
    """`AsyncPetsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
        self.create = async_to_streamed_response_wrapper(client.create)
