"""Clients for `pets.find_by_tags`: `list`."""

from __future__ import annotations

import builtins
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
        path="/pets/findByTags",
        operation="pets.find_by_tags.list",
        response_type=builtins.list[models.Pet],
        error_types={400: models.Error},
    )


class FindByTagsClient:
    """Synchronous client for `pets.find_by_tags`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> FindByTagsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return FindByTagsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> FindByTagsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return FindByTagsClientWithStreamingResponse(self)

    def list(
        self,
        *,
        tags: builtins.list[str],
        tag_csv: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Pet]:
        """Find pets by tags

        Deprecated: this operation may be removed in a future version of the API.

        Superseded by the `tags` filter of `GET /pets`.

        `GET /pets/findByTags`

        Args:
            tags: Tags to filter by (repeated parameter).
            tag_csv: Deprecated. Old comma-separated form of `tags`; ignored when `tags` is given.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The matching pets.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
        """
        return self._base_client.request(
            _list_endpoint(),
            query={"tags": tags, "tag_csv": tag_csv},
            request_options=request_options,
        )

    # @custom-begin FindByTagsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end FindByTagsClient


class FindByTagsClientWithRawResponse:
    """`FindByTagsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: FindByTagsClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class FindByTagsClientWithStreamingResponse:
    """`FindByTagsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: FindByTagsClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncFindByTagsClient:
    """Asynchronous client for `pets.find_by_tags`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncFindByTagsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncFindByTagsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncFindByTagsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncFindByTagsClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        tags: builtins.list[str],
        tag_csv: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[models.Pet]:
        """Find pets by tags

        Deprecated: this operation may be removed in a future version of the API.

        Superseded by the `tags` filter of `GET /pets`.

        `GET /pets/findByTags`

        Args:
            tags: Tags to filter by (repeated parameter).
            tag_csv: Deprecated. Old comma-separated form of `tags`; ignored when `tags` is given.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The matching pets.

        Raises:
            BadRequestError: The request is malformed (bad parameter or body).
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={"tags": tags, "tag_csv": tag_csv},
            request_options=request_options,
        )

    # @custom-begin AsyncFindByTagsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncFindByTagsClient


class AsyncFindByTagsClientWithRawResponse:
    """`AsyncFindByTagsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncFindByTagsClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncFindByTagsClientWithStreamingResponse:
    """`AsyncFindByTagsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncFindByTagsClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
