"""Clients for `pets`: `list`, `create`, `get`, `update`, `delete`."""

from __future__ import annotations

import builtins
import datetime
import functools
import typing

from petstore_coverage._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    AsyncPager,
    Endpoint,
    NotGiven,
    Paging,
    RequestOptions,
    SyncBaseClient,
    SyncPage,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from petstore_coverage.types import models

if typing.TYPE_CHECKING:
    from petstore_coverage.resources.pets.find_by_tags.client import (
        AsyncFindByTagsClient,
        FindByTagsClient,
    )
    from petstore_coverage.resources.pets.photo.client import (
        AsyncPhotoClient,
        PhotoClient,
    )
    from petstore_coverage.resources.pets.vaccinations.client import (
        AsyncVaccinationsClient,
        VaccinationsClient,
    )


@functools.cache
def _list_endpoint() -> Endpoint[models.PetPage]:
    return Endpoint(
        method="GET",
        path="/pets",
        operation="pets.list",
        response_type=models.PetPage,
        error_types={400: models.Error, "default": models.Error},
        query_styles={
            "colors": ("pipeDelimited", False),
            "shelters": ("spaceDelimited", False),
            "tags": ("form", False),
        },
        paging=Paging(
            style="cursor",
            parameter="cursor",
            items=("data",),
            next=("page", "next_cursor"),
            has_more=("page", "has_more"),
        ),
    )


@functools.cache
def _create_endpoint() -> Endpoint[models.Pet]:
    return Endpoint(
        method="POST",
        path="/pets",
        operation="pets.create",
        response_type=models.Pet,
        error_types={422: models.ValidationError},
    )


@functools.cache
def _get_endpoint() -> Endpoint[models.PetWithDetails]:
    return Endpoint(
        method="GET",
        path="/pets/{petId}",
        operation="pets.get",
        response_type=models.PetWithDetails,
        error_types={400: models.Error, 404: models.Error},
    )


@functools.cache
def _update_endpoint() -> Endpoint[models.Pet]:
    return Endpoint(
        method="PUT",
        path="/pets/{petId}",
        operation="pets.update",
        response_type=models.Pet,
        error_types={422: models.ValidationError},
    )


@functools.cache
def _delete_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="DELETE",
        path="/pets/{petId}",
        operation="pets.delete",
        error_types={400: models.Error, 404: models.Error},
    )


class PetsClient:
    """Synchronous client for `pets`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def find_by_tags(self) -> FindByTagsClient:
        from petstore_coverage.resources.pets.find_by_tags.client import (
            FindByTagsClient,
        )

        return FindByTagsClient(base_client=self._base_client)

    @functools.cached_property
    def photo(self) -> PhotoClient:
        from petstore_coverage.resources.pets.photo.client import PhotoClient

        return PhotoClient(base_client=self._base_client)

    @functools.cached_property
    def vaccinations(self) -> VaccinationsClient:
        from petstore_coverage.resources.pets.vaccinations.client import (
            VaccinationsClient,
        )

        return VaccinationsClient(base_client=self._base_client)

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
        born_after: str | datetime.date | NotGiven = NOT_GIVEN,
        colors: builtins.list[str] | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        shelters: builtins.list[str] | NotGiven = NOT_GIVEN,
        species: (
            builtins.list[typing.Literal["dog", "cat", "bird"]] | NotGiven
        ) = NOT_GIVEN,
        store_region: typing.Literal["eu", "us"] | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[models.Pet, models.PetPage]:
        """List pets

        Filter by species (`species=dog&species=cat`), tags (`tags=friendly,trained`),
        shelters (`shelters=LYO-01%20PAR-02`) and colours (`colors=black|white`).


        `GET /pets`

        Args:
            born_after: Only pets born on or after this day.
            colors: Pipe-separated list of coat colours.
            cursor: The `next_cursor` of the previous page.
            limit: Page size.
            shelters: Space-separated list of shelter codes.
            species: Repeated parameter (style form, explode true).
            store_region: The store whose stock is listed, remembered by the web shop in a cookie.
            tags: Comma-separated list (style form, explode false).
            x_request_id: Echoed in logs to trace the request.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A page of pets. This is the first page: iterating it (`for`, or `async for` on the async client) yields every item of every page, each page fetched when the loop reaches it; `iter_pages()`, `has_next_page()` and `get_next_page()` go page by page.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            APIStatusError: Any other error.
        """
        return self._base_client.paginate(
            _list_endpoint(),
            query={
                "born_after": born_after,
                "colors": colors,
                "cursor": cursor,
                "limit": limit,
                "shelters": shelters,
                "species": species,
                "tags": tags,
            },
            headers={"X-Request-ID": x_request_id},
            cookies={"store_region": store_region},
            request_options=request_options,
        )

    def create(
        self,
        *,
        name: str,
        species: typing.Literal["dog", "cat", "bird"],
        birth_date: str | datetime.date | NotGiven = NOT_GIVEN,
        microchip_id: str | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven = NOT_GIVEN,
        tag: str | None | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        weight_kg: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Add a pet

        `POST /pets`

        Args:
            name:
            species: String enum.
            birth_date:
            microchip_id:
            nickname: Deprecated. Use `name`; kept for old clients.
            tag: A free label; `null` when the pet has none.
            vaccinated:
            weight_kg:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet was created.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={
                "name": name,
                "species": species,
                "birth_date": birth_date,
                "microchip_id": microchip_id,
                "nickname": nickname,
                "tag": tag,
                "vaccinated": vaccinated,
                "weight_kg": weight_kg,
            },
            request_options=request_options,
        )

    def get(
        self,
        *,
        pet_id: int,
        x_request_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.PetWithDetails:
        """Get a pet with its species-specific details

        `GET /pets/{petId}`

        Args:
            pet_id: The pet's numeric id.
            x_request_id: Echoed in logs to trace the request.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet and its species-specific details.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"petId": pet_id},
            headers={"X-Request-ID": x_request_id},
            request_options=request_options,
        )

    def update(
        self,
        *,
        name: str,
        pet_id: int,
        species: typing.Literal["dog", "cat", "bird"],
        x_request_id: str,
        birth_date: str | datetime.date | NotGiven = NOT_GIVEN,
        microchip_id: str | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven = NOT_GIVEN,
        tag: str | None | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        weight_kg: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Create or replace a pet

        Answers 200 when the pet existed and was replaced, 201 when it was created.

        `PUT /pets/{petId}`

        Args:
            name:
            pet_id: The pet's numeric id.
            species: String enum.
            x_request_id: Overrides the path-level header, which is optional, to make it required here.
            birth_date:
            microchip_id:
            nickname: Deprecated. Use `name`; kept for old clients.
            tag: A free label; `null` when the pet has none.
            vaccinated:
            weight_kg:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            200: The pet was replaced.; 201: The pet was created.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return self._base_client.request(
            _update_endpoint(),
            path_params={"petId": pet_id},
            headers={"X-Request-ID": x_request_id},
            json={
                "name": name,
                "species": species,
                "birth_date": birth_date,
                "microchip_id": microchip_id,
                "nickname": nickname,
                "tag": tag,
                "vaccinated": vaccinated,
                "weight_kg": weight_kg,
            },
            request_options=request_options,
        )

    def delete(
        self,
        *,
        pet_id: int,
        x_request_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a pet

        `DELETE /pets/{petId}`

        Args:
            pet_id: The pet's numeric id.
            x_request_id: Echoed in logs to trace the request.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet was removed.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return self._base_client.request(
            _delete_endpoint(),
            path_params={"petId": pet_id},
            headers={"X-Request-ID": x_request_id},
            request_options=request_options,
        )

    # @custom-begin PetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PetsClient


class PetsClientWithRawResponse:
    """`PetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PetsClient) -> None:
        self.list = to_raw_response_wrapper(client.list)
        self.create = to_raw_response_wrapper(
            client.create, models.PetsCreateResponseHeaders
        )
        self.get = to_raw_response_wrapper(client.get)
        self.update = to_raw_response_wrapper(client.update)
        self.delete = to_raw_response_wrapper(client.delete)


class PetsClientWithStreamingResponse:
    """`PetsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: PetsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)
        self.get = to_streamed_response_wrapper(client.get)
        self.update = to_streamed_response_wrapper(client.update)
        self.delete = to_streamed_response_wrapper(client.delete)


class AsyncPetsClient:
    """Asynchronous client for `pets`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def find_by_tags(self) -> AsyncFindByTagsClient:
        from petstore_coverage.resources.pets.find_by_tags.client import (
            AsyncFindByTagsClient,
        )

        return AsyncFindByTagsClient(base_client=self._base_client)

    @functools.cached_property
    def photo(self) -> AsyncPhotoClient:
        from petstore_coverage.resources.pets.photo.client import AsyncPhotoClient

        return AsyncPhotoClient(base_client=self._base_client)

    @functools.cached_property
    def vaccinations(self) -> AsyncVaccinationsClient:
        from petstore_coverage.resources.pets.vaccinations.client import (
            AsyncVaccinationsClient,
        )

        return AsyncVaccinationsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncPetsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPetsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPetsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncPetsClientWithStreamingResponse(self)

    def list(
        self,
        *,
        born_after: str | datetime.date | NotGiven = NOT_GIVEN,
        colors: builtins.list[str] | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        shelters: builtins.list[str] | NotGiven = NOT_GIVEN,
        species: (
            builtins.list[typing.Literal["dog", "cat", "bird"]] | NotGiven
        ) = NOT_GIVEN,
        store_region: typing.Literal["eu", "us"] | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[models.Pet, models.PetPage]:
        """List pets

        Filter by species (`species=dog&species=cat`), tags (`tags=friendly,trained`),
        shelters (`shelters=LYO-01%20PAR-02`) and colours (`colors=black|white`).


        `GET /pets`

        Args:
            born_after: Only pets born on or after this day.
            colors: Pipe-separated list of coat colours.
            cursor: The `next_cursor` of the previous page.
            limit: Page size.
            shelters: Space-separated list of shelter codes.
            species: Repeated parameter (style form, explode true).
            store_region: The store whose stock is listed, remembered by the web shop in a cookie.
            tags: Comma-separated list (style form, explode false).
            x_request_id: Echoed in logs to trace the request.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A page of pets. This is the first page: iterating it (`for`, or `async for` on the async client) yields every item of every page, each page fetched when the loop reaches it; `iter_pages()`, `has_next_page()` and `get_next_page()` go page by page.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            APIStatusError: Any other error.
        """
        return self._base_client.paginate(
            _list_endpoint(),
            query={
                "born_after": born_after,
                "colors": colors,
                "cursor": cursor,
                "limit": limit,
                "shelters": shelters,
                "species": species,
                "tags": tags,
            },
            headers={"X-Request-ID": x_request_id},
            cookies={"store_region": store_region},
            request_options=request_options,
        )

    async def create(
        self,
        *,
        name: str,
        species: typing.Literal["dog", "cat", "bird"],
        birth_date: str | datetime.date | NotGiven = NOT_GIVEN,
        microchip_id: str | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven = NOT_GIVEN,
        tag: str | None | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        weight_kg: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Add a pet

        `POST /pets`

        Args:
            name:
            species: String enum.
            birth_date:
            microchip_id:
            nickname: Deprecated. Use `name`; kept for old clients.
            tag: A free label; `null` when the pet has none.
            vaccinated:
            weight_kg:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet was created.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={
                "name": name,
                "species": species,
                "birth_date": birth_date,
                "microchip_id": microchip_id,
                "nickname": nickname,
                "tag": tag,
                "vaccinated": vaccinated,
                "weight_kg": weight_kg,
            },
            request_options=request_options,
        )

    async def get(
        self,
        *,
        pet_id: int,
        x_request_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.PetWithDetails:
        """Get a pet with its species-specific details

        `GET /pets/{petId}`

        Args:
            pet_id: The pet's numeric id.
            x_request_id: Echoed in logs to trace the request.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet and its species-specific details.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"petId": pet_id},
            headers={"X-Request-ID": x_request_id},
            request_options=request_options,
        )

    async def update(
        self,
        *,
        name: str,
        pet_id: int,
        species: typing.Literal["dog", "cat", "bird"],
        x_request_id: str,
        birth_date: str | datetime.date | NotGiven = NOT_GIVEN,
        microchip_id: str | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven = NOT_GIVEN,
        tag: str | None | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        weight_kg: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Pet:
        """Create or replace a pet

        Answers 200 when the pet existed and was replaced, 201 when it was created.

        `PUT /pets/{petId}`

        Args:
            name:
            pet_id: The pet's numeric id.
            species: String enum.
            x_request_id: Overrides the path-level header, which is optional, to make it required here.
            birth_date:
            microchip_id:
            nickname: Deprecated. Use `name`; kept for old clients.
            tag: A free label; `null` when the pet has none.
            vaccinated:
            weight_kg:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            200: The pet was replaced.; 201: The pet was created.

        Raises:
            UnprocessableEntityError: The request body is well-formed but invalid.
        """
        return await self._base_client.request(
            _update_endpoint(),
            path_params={"petId": pet_id},
            headers={"X-Request-ID": x_request_id},
            json={
                "name": name,
                "species": species,
                "birth_date": birth_date,
                "microchip_id": microchip_id,
                "nickname": nickname,
                "tag": tag,
                "vaccinated": vaccinated,
                "weight_kg": weight_kg,
            },
            request_options=request_options,
        )

    async def delete(
        self,
        *,
        pet_id: int,
        x_request_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a pet

        `DELETE /pets/{petId}`

        Args:
            pet_id: The pet's numeric id.
            x_request_id: Echoed in logs to trace the request.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The pet was removed.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
            NotFoundError: The resource does not exist.
        """
        return await self._base_client.request(
            _delete_endpoint(),
            path_params={"petId": pet_id},
            headers={"X-Request-ID": x_request_id},
            request_options=request_options,
        )

    # @custom-begin AsyncPetsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPetsClient


class AsyncPetsClientWithRawResponse:
    """`AsyncPetsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
        self.create = async_to_raw_response_wrapper(
            client.create, models.PetsCreateResponseHeaders
        )
        self.get = async_to_raw_response_wrapper(client.get)
        self.update = async_to_raw_response_wrapper(client.update)
        self.delete = async_to_raw_response_wrapper(client.delete)


class AsyncPetsClientWithStreamingResponse:
    """`AsyncPetsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncPetsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
        self.get = async_to_streamed_response_wrapper(client.get)
        self.update = async_to_streamed_response_wrapper(client.update)
        self.delete = async_to_streamed_response_wrapper(client.delete)
