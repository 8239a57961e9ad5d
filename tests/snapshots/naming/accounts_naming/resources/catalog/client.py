"""Clients for `catalog`: `list`."""

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
def _list_endpoint() -> Endpoint[models.Catalog]:
    return Endpoint(
        method="GET",
        path="/catalog",
        operation="catalog.list",
        response_type=models.Catalog,
    )


class CatalogClient:
    """Synchronous client for `catalog`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> CatalogClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return CatalogClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> CatalogClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return CatalogClientWithStreamingResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Catalog:
        """Schemas named like Python/typing/pydantic/SDK names (`List`, `Field`, `Client`); no tags

        `GET /catalog`

        Returns:
            The catalog.
        """
        return self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin CatalogClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end CatalogClient


class CatalogClientWithRawResponse:
    """`CatalogClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: CatalogClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class CatalogClientWithStreamingResponse:
    """`CatalogClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: CatalogClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncCatalogClient:
    """Asynchronous client for `catalog`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncCatalogClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncCatalogClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncCatalogClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncCatalogClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.Catalog:
        """Schemas named like Python/typing/pydantic/SDK names (`List`, `Field`, `Client`); no tags

        `GET /catalog`

        Returns:
            The catalog.
        """
        return await self._base_client.request(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncCatalogClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncCatalogClient


class AsyncCatalogClientWithRawResponse:
    """`AsyncCatalogClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncCatalogClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncCatalogClientWithStreamingResponse:
    """`AsyncCatalogClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncCatalogClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
