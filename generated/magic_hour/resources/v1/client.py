"""Clients for `v1`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from magic_hour.resources.v1.files.client import (
        AsyncFilesClient,
        FilesClient,
    )
    from magic_hour.resources.v1.lip_sync.client import (
        AsyncLipSyncClient,
        LipSyncClient,
    )
    from magic_hour.resources.v1.video_projects.client import (
        AsyncVideoProjectsClient,
        VideoProjectsClient,
    )


class V1Client:
    """Synchronous client for `v1`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def files(self) -> FilesClient:
        from magic_hour.resources.v1.files.client import FilesClient

        return FilesClient(base_client=self._base_client)

    @functools.cached_property
    def lip_sync(self) -> LipSyncClient:
        from magic_hour.resources.v1.lip_sync.client import LipSyncClient

        return LipSyncClient(base_client=self._base_client)

    @functools.cached_property
    def video_projects(self) -> VideoProjectsClient:
        from magic_hour.resources.v1.video_projects.client import VideoProjectsClient

        return VideoProjectsClient(base_client=self._base_client)

    # @custom-begin V1Client (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end V1Client


class AsyncV1Client:
    """Asynchronous client for `v1`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def files(self) -> AsyncFilesClient:
        from magic_hour.resources.v1.files.client import AsyncFilesClient

        return AsyncFilesClient(base_client=self._base_client)

    @functools.cached_property
    def lip_sync(self) -> AsyncLipSyncClient:
        from magic_hour.resources.v1.lip_sync.client import AsyncLipSyncClient

        return AsyncLipSyncClient(base_client=self._base_client)

    @functools.cached_property
    def video_projects(self) -> AsyncVideoProjectsClient:
        from magic_hour.resources.v1.video_projects.client import (
            AsyncVideoProjectsClient,
        )

        return AsyncVideoProjectsClient(base_client=self._base_client)

    # @custom-begin AsyncV1Client (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncV1Client
