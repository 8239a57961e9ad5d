"""Clients for `nodes.tree`: `list`."""

from __future__ import annotations

import functools
import typing

from task_board._core import (
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
from task_board.types import models


@functools.cache
def _list_endpoint() -> Endpoint[models.TreeNode]:
    return Endpoint(
        method="GET",
        path="/nodes/{nodeId}/tree",
        operation="nodes.tree.list",
        response_type=models.TreeNode,
        error_types={400: models.Problem, 404: models.Problem},
    )


class TreeClient:
    """Synchronous client for `nodes.tree`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> TreeClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return TreeClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> TreeClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return TreeClientWithStreamingResponse(self)

    def list(
        self,
        *,
        node_id: int,
        depth: int | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.TreeNode:
        """A node and all its descendants (a recursive tree)

        `GET /nodes/{nodeId}/tree`

        Args:
            node_id:
            depth: How many levels to expand; `null`-able in the schema, omitted means all.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The subtree.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return self._base_client.request(
            _list_endpoint(),
            path_params={"nodeId": node_id},
            query={"depth": depth},
            request_options=request_options,
        )

    # @custom-begin TreeClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end TreeClient


class TreeClientWithRawResponse:
    """`TreeClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: TreeClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class TreeClientWithStreamingResponse:
    """`TreeClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: TreeClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncTreeClient:
    """Asynchronous client for `nodes.tree`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncTreeClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncTreeClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncTreeClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncTreeClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        node_id: int,
        depth: int | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.TreeNode:
        """A node and all its descendants (a recursive tree)

        `GET /nodes/{nodeId}/tree`

        Args:
            node_id:
            depth: How many levels to expand; `null`-able in the schema, omitted means all.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The subtree.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return await self._base_client.request(
            _list_endpoint(),
            path_params={"nodeId": node_id},
            query={"depth": depth},
            request_options=request_options,
        )

    # @custom-begin AsyncTreeClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncTreeClient


class AsyncTreeClientWithRawResponse:
    """`AsyncTreeClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncTreeClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncTreeClientWithStreamingResponse:
    """`AsyncTreeClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncTreeClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
