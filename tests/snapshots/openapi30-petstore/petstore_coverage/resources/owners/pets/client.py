"""Clients for `owners.pets`: `list`, `create`."""

from __future__ import annotations

import datetime
import functools
import typing

from petstore_coverage._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    NotGiven,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from petstore_coverage.types import models


class PetsClient:
    """Synchronous client for `owners.pets`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> PetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PetsClientWithRawResponse(self)

    def list(
        self,
        *,
        owner_id: str,
        x_tenant_id: str,
        include_archived: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> list[models.Pet]:
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
        result = self._base_client.request(
            method="GET",
            path="/owners/{ownerId}/pets",
            operation="owners.pets.list",
            path_params={
                "ownerId": owner_id,
            },
            query={
                "include_archived": include_archived,
                "limit": limit,
            },
            headers={
                "X-Tenant-ID": x_tenant_id,
            },
            security=(),
            response_type=list[models.Pet],
            error_types={
                400: models.Error,
                404: models.Error,
            },
            request_options=request_options,
        )
        return typing.cast("list[models.Pet]", result)

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
        result = self._base_client.request(
            method="POST",
            path="/owners/{ownerId}/pets",
            operation="owners.pets.create",
            path_params={
                "ownerId": owner_id,
            },
            query={
                "limit": limit,
            },
            headers={
                "X-Tenant-ID": x_tenant_id,
            },
            json={
                "pet_id": pet_id,
                "adopted_on": adopted_on,
            },
            security=(),
            response_type=models.Adoption,
            error_types={
                422: models.ValidationError,
            },
            request_options=request_options,
        )
        return typing.cast("models.Adoption", result)

    # @custom-begin PetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PetsClient


class PetsClientWithRawResponse:
    """`PetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PetsClient) -> None:
        self.list = to_raw_response_wrapper(client.list)
        self.create = to_raw_response_wrapper(client.create)


class AsyncPetsClient:
    """Asynchronous client for `owners.pets`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncPetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPetsClientWithRawResponse(self)

    async def list(
        self,
        *,
        owner_id: str,
        x_tenant_id: str,
        include_archived: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> list[models.Pet]:
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
        result = await self._base_client.request(
            method="GET",
            path="/owners/{ownerId}/pets",
            operation="owners.pets.list",
            path_params={
                "ownerId": owner_id,
            },
            query={
                "include_archived": include_archived,
                "limit": limit,
            },
            headers={
                "X-Tenant-ID": x_tenant_id,
            },
            security=(),
            response_type=list[models.Pet],
            error_types={
                400: models.Error,
                404: models.Error,
            },
            request_options=request_options,
        )
        return typing.cast("list[models.Pet]", result)

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
        result = await self._base_client.request(
            method="POST",
            path="/owners/{ownerId}/pets",
            operation="owners.pets.create",
            path_params={
                "ownerId": owner_id,
            },
            query={
                "limit": limit,
            },
            headers={
                "X-Tenant-ID": x_tenant_id,
            },
            json={
                "pet_id": pet_id,
                "adopted_on": adopted_on,
            },
            security=(),
            response_type=models.Adoption,
            error_types={
                422: models.ValidationError,
            },
            request_options=request_options,
        )
        return typing.cast("models.Adoption", result)

    # @custom-begin AsyncPetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPetsClient


class AsyncPetsClientWithRawResponse:
    """`AsyncPetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
        self.create = async_to_raw_response_wrapper(client.create)
