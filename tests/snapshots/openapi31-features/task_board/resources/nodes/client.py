"""Clients for `nodes`."""

from __future__ import annotations

import functools
import typing

from task_board._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from task_board.resources.nodes.tree.client import (
        AsyncTreeClient,
        TreeClient,
    )


class NodesClient:
    """Synchronous client for `nodes`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def tree(self) -> TreeClient:
        from task_board.resources.nodes.tree.client import TreeClient

        return TreeClient(base_client=self._base_client)

    # @custom-begin NodesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end NodesClient


class AsyncNodesClient:
    """Asynchronous client for `nodes`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def tree(self) -> AsyncTreeClient:
        from task_board.resources.nodes.tree.client import AsyncTreeClient

        return AsyncTreeClient(base_client=self._base_client)

    # @custom-begin AsyncNodesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncNodesClient
