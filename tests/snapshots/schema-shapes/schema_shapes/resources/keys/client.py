"""Clients for `keys`: `list`."""

from __future__ import annotations

import functools
import typing

from schema_shapes._core import (
    AsyncBaseClient,
    AsyncPager,
    Endpoint,
    Paging,
    RequestOptions,
    SyncBaseClient,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from schema_shapes.types import models


@functools.cache
def _list_endpoint() -> Endpoint[models.KeysListResponse]:
    return Endpoint(
        method="GET",
        path="/keys",
        operation="keys.list",
        response_type=models.KeysListResponse,
        paging=Paging(
            style="link",
            items=("keys",),
            next=("links", "next"),
            total=("meta", "total"),
        ),
    )


class KeysClient:
    """Synchronous client for `keys`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> KeysClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return KeysClientWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[str, models.KeysListResponse]:
        """List keys

        `GET /keys`

        Returns:
            A page of keys. This is the first page: iterating it (`for`, or `async for` on the async client) yields every item of every page, each page fetched when the loop reaches it; `iter_pages()`, `has_next_page()` and `get_next_page()` go page by page.
        """
        return self._base_client.paginate(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin KeysClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end KeysClient


class KeysClientWithRawResponse:
    """`KeysClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: KeysClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class AsyncKeysClient:
    """Asynchronous client for `keys`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncKeysClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncKeysClientWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[str, models.KeysListResponse]:
        """List keys

        `GET /keys`

        Returns:
            A page of keys. This is the first page: iterating it (`for`, or `async for` on the async client) yields every item of every page, each page fetched when the loop reaches it; `iter_pages()`, `has_next_page()` and `get_next_page()` go page by page.
        """
        return self._base_client.paginate(
            _list_endpoint(),
            request_options=request_options,
        )

    # @custom-begin AsyncKeysClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncKeysClient


class AsyncKeysClientWithRawResponse:
    """`AsyncKeysClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncKeysClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
