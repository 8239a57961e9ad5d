"""Clients for `pets.vaccinations`: `create`."""

from __future__ import annotations

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
def _create_endpoint() -> Endpoint[models.Vaccination]:
    return Endpoint(
        method="POST",
        path="/pets/{petId}/vaccinations",
        operation="pets.vaccinations.create",
        response_type=models.Vaccination,
        error_types={422: models.ValidationError},
    )


class VaccinationsClient:
    """Synchronous client for `pets.vaccinations`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> VaccinationsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return VaccinationsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> VaccinationsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return VaccinationsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        given_on: str | datetime.date,
        pet_id: int,
        vaccine: typing.Literal["rabies", "distemper", "parvovirus", "feline-leukemia"],
        booster_due: str | datetime.date | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Vaccination:
        """Record a vaccination

        `POST /pets/{petId}/vaccinations`

        Args:
            given_on:
            pet_id: The pet's numeric id.
            vaccine:
            booster_due:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Recorded (200 when it was already on file, 201 when it is new).

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"petId": pet_id},
            json={"given_on": given_on, "vaccine": vaccine, "booster_due": booster_due},
            request_options=request_options,
        )

    # @custom-begin VaccinationsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end VaccinationsClient


class VaccinationsClientWithRawResponse:
    """`VaccinationsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: VaccinationsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class VaccinationsClientWithStreamingResponse:
    """`VaccinationsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: VaccinationsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncVaccinationsClient:
    """Asynchronous client for `pets.vaccinations`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncVaccinationsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncVaccinationsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncVaccinationsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncVaccinationsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        given_on: str | datetime.date,
        pet_id: int,
        vaccine: typing.Literal["rabies", "distemper", "parvovirus", "feline-leukemia"],
        booster_due: str | datetime.date | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Vaccination:
        """Record a vaccination

        `POST /pets/{petId}/vaccinations`

        Args:
            given_on:
            pet_id: The pet's numeric id.
            vaccine:
            booster_due:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Recorded (200 when it was already on file, 201 when it is new).

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"petId": pet_id},
            json={"given_on": given_on, "vaccine": vaccine, "booster_due": booster_due},
            request_options=request_options,
        )

    # @custom-begin AsyncVaccinationsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncVaccinationsClient


class AsyncVaccinationsClientWithRawResponse:
    """`AsyncVaccinationsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncVaccinationsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncVaccinationsClientWithStreamingResponse:
    """`AsyncVaccinationsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncVaccinationsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
