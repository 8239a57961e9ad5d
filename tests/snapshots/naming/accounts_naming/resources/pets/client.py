"""Clients for `pets`: `get`."""

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


class PetsClient:
    """Synchronous client for `pets`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> PetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PetsClientWithRawResponse(self)

    def get(
        self,
        *,
        pet_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Get a pet (schemas `Pet` and `pet` both exist)

        `GET /pets/{petId}`

        Args:
            pet_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet with its legacy record.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        result = self._base_client.request(
            method="GET",
            path="/pets/{petId}",
            operation="pets.get",
            path_params={
                "petId": pet_id,
            },
            security=(),
            response_type=models.Pet,
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("models.Pet", result)

    # @custom-begin PetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PetsClient


class PetsClientWithRawResponse:
    """`PetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PetsClient) -> None:
        self.get = to_raw_response_wrapper(client.get)


class AsyncPetsClient:
    """Asynchronous client for `pets`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncPetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPetsClientWithRawResponse(self)

    async def get(
        self,
        *,
        pet_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Get a pet (schemas `Pet` and `pet` both exist)

        `GET /pets/{petId}`

        Args:
            pet_id:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet with its legacy record.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        result = await self._base_client.request(
            method="GET",
            path="/pets/{petId}",
            operation="pets.get",
            path_params={
                "petId": pet_id,
            },
            security=(),
            response_type=models.Pet,
            error_types={
                400: models.CommonError,
            },
            request_options=request_options,
        )
        return typing.cast("models.Pet", result)

    # @custom-begin AsyncPetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPetsClient


class AsyncPetsClientWithRawResponse:
    """`AsyncPetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)
