"""Clients for `playlists`."""

from __future__ import annotations

import functools
import typing

from task_board._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from task_board.resources.playlists.queue.client import (
        AsyncQueueClient,
        QueueClient,
    )


class PlaylistsClient:
    """Synchronous client for `playlists`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def queue(self) -> QueueClient:
        from task_board.resources.playlists.queue.client import QueueClient

        return QueueClient(base_client=self._base_client)

    # @custom-begin PlaylistsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PlaylistsClient


class AsyncPlaylistsClient:
    """Asynchronous client for `playlists`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def queue(self) -> AsyncQueueClient:
        from task_board.resources.playlists.queue.client import AsyncQueueClient

        return AsyncQueueClient(base_client=self._base_client)

    # @custom-begin AsyncPlaylistsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPlaylistsClient
