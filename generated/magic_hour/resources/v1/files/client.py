"""Clients for `v1.files`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import (
    AsyncBaseClient,
    LocalFile,
    SyncBaseClient,
    Uploads,
    async_upload_file,
    async_upload_local_files,
    upload_file,
    upload_local_files,
)
from magic_hour.types import models

if typing.TYPE_CHECKING:
    from magic_hour.resources.v1.files.upload_urls.client import (
        AsyncUploadUrlsClient,
        UploadUrlsClient,
    )


_T = typing.TypeVar("_T")


_UPLOADS = Uploads(
    file_fields=("*_file_path", "*_file_paths", "new_face"),
    items="items",
    extension="extension",
    kind="type",
    upload_url="upload_url",
    file_path="file_path",
    uploaded_prefix="api-assets/",
)


class FilesClient:
    """Synchronous client for `v1.files`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def upload_urls(self) -> UploadUrlsClient:
        from magic_hour.resources.v1.files.upload_urls.client import UploadUrlsClient

        return UploadUrlsClient(base_client=self._base_client)

    def upload_file(self, file: LocalFile) -> str:
        """Upload one local file; the value to send for it in a file field.

        Asks for an upload URL, PUTs the file there (never with the API's credentials) and
        returns the path the API was given for it. A URL, or a path already uploaded, is
        returned as it is.

        Args:
            file: A path, or a binary file open for reading whose name gives its type.

        Raises:
            FileNotFoundError: The file does not exist.
            UploadError: The upload was refused or failed.
        """
        return upload_file(
            self._request_upload_urls, _UPLOADS, file, timeout=self._base_client.timeout
        )

    def upload_local_files(self, value: _T) -> _T:
        """`value` with each local file in a file field uploaded and replaced by its path.

        File fields are those named *_file_path, *_file_paths, new_face, at any depth
        of `value`; `value` itself is not changed. All files go in one request for URLs.
        """
        return upload_local_files(
            self._request_upload_urls,
            _UPLOADS,
            value,
            timeout=self._base_client.timeout,
        )

    def _request_upload_urls(
        self, items: list[typing.Any]
    ) -> models.V1FilesUploadUrlsCreateResponse:
        return self.upload_urls.create(items=items)

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

    async def upload_file(self, file: LocalFile) -> str:
        """Upload one local file; the value to send for it in a file field.

        Asks for an upload URL, PUTs the file there (never with the API's credentials) and
        returns the path the API was given for it. A URL, or a path already uploaded, is
        returned as it is.

        Args:
            file: A path, or a binary file open for reading whose name gives its type.

        Raises:
            FileNotFoundError: The file does not exist.
            UploadError: The upload was refused or failed.
        """
        return await async_upload_file(
            self._request_upload_urls, _UPLOADS, file, timeout=self._base_client.timeout
        )

    async def upload_local_files(self, value: _T) -> _T:
        """`value` with each local file in a file field uploaded and replaced by its path.

        File fields are those named *_file_path, *_file_paths, new_face, at any depth
        of `value`; `value` itself is not changed. All files go in one request for URLs.
        """
        return await async_upload_local_files(
            self._request_upload_urls,
            _UPLOADS,
            value,
            timeout=self._base_client.timeout,
        )

    async def _request_upload_urls(
        self, items: list[typing.Any]
    ) -> models.V1FilesUploadUrlsCreateResponse:
        return await self.upload_urls.create(items=items)

    # @custom-begin AsyncFilesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncFilesClient
