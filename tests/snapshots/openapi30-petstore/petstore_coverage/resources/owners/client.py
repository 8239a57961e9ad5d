"""Clients for `owners`: `create`."""

from __future__ import annotations

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
from petstore_coverage.types import models, params

if typing.TYPE_CHECKING:
    from petstore_coverage.resources.owners.pets.client import (
        AsyncPetsClient,
        PetsClient,
    )


@functools.cache
def _create_endpoint() -> Endpoint[models.Owner]:
    return Endpoint(
        method="POST",
        path="/owners",
        operation="owners.create",
        response_type=models.Owner,
        error_types={422: models.ValidationError},
    )


class OwnersClient:
    """Synchronous client for `owners`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def pets(self) -> PetsClient:
        from petstore_coverage.resources.owners.pets.client import PetsClient

        return PetsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> OwnersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return OwnersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> OwnersClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return OwnersClientWithStreamingResponse(self)

    def create(
        self,
        *,
        contact: params.EmailContact | params.PhoneContact,
        name: str,
        password: str,
        address: params.Address | NotGiven = NOT_GIVEN,
        metadata: dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        preferences: dict[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Owner:
        """Register an owner

        `POST /owners`

        Args:
            contact: At least one of an e-mail or a phone contact (`anyOf` of objects).
            name:
            password: Required in requests only; never returned.
            address:
            metadata: A free-form object; any JSON values.
            preferences: A typed map of preference name to value.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The owner was registered.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={
                "contact": contact,
                "name": name,
                "password": password,
                "address": address,
                "metadata": metadata,
                "preferences": preferences,
            },
            request_options=request_options,
        )

    # @custom-begin OwnersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end OwnersClient


class OwnersClientWithRawResponse:
    """`OwnersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: OwnersClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class OwnersClientWithStreamingResponse:
    """`OwnersClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: OwnersClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncOwnersClient:
    """Asynchronous client for `owners`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def pets(self) -> AsyncPetsClient:
        from petstore_coverage.resources.owners.pets.client import AsyncPetsClient

        return AsyncPetsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncOwnersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncOwnersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncOwnersClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncOwnersClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        contact: params.EmailContact | params.PhoneContact,
        name: str,
        password: str,
        address: params.Address | NotGiven = NOT_GIVEN,
        metadata: dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        preferences: dict[str, str] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Owner:
        """Register an owner

        `POST /owners`

        Args:
            contact: At least one of an e-mail or a phone contact (`anyOf` of objects).
            name:
            password: Required in requests only; never returned.
            address:
            metadata: A free-form object; any JSON values.
            preferences: A typed map of preference name to value.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The owner was registered.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={
                "contact": contact,
                "name": name,
                "password": password,
                "address": address,
                "metadata": metadata,
                "preferences": preferences,
            },
            request_options=request_options,
        )

    # @custom-begin AsyncOwnersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncOwnersClient


class AsyncOwnersClientWithRawResponse:
    """`AsyncOwnersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncOwnersClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncOwnersClientWithStreamingResponse:
    """`AsyncOwnersClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncOwnersClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
