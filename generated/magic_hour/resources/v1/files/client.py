"""Clients for `v1.files`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from magic_hour.resources.v1.files.upload_urls.client import (
        AsyncUploadUrlsClient,
        UploadUrlsClient,
    )


class FilesClient:
    """Synchronous client for `v1.files`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def upload_urls(self) -> UploadUrlsClient:
        from magic_hour.resources.v1.files.upload_urls.client import UploadUrlsClient

        return UploadUrlsClient(base_client=self._base_client)

    # @custom-begin FilesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end FilesClient


class AsyncFilesClient:
    """Asynchronous client for `v1.files`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def upload_urls(self) -> AsyncUploadUrlsClient:
        from magic_hour.resources.v1.files.upload_urls.client import (
            AsyncUploadUrlsClient,
        )

        return AsyncUploadUrlsClient(base_client=self._base_client)

    # @custom-begin AsyncFilesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncFilesClient
