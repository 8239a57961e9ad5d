"""The request body of `POST /v1/files/upload-urls`."""

from __future__ import annotations

import typing_extensions

from .v1_files_upload_urls_create_body_items_item import (
    V1FilesUploadUrlsCreateBodyItemsItem,
)


class V1FilesUploadUrlsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/files/upload-urls`."""

    items: typing_extensions.Required[list[V1FilesUploadUrlsCreateBodyItemsItem]]
    """The list of assets to upload. The response array will match the order of items in the request body."""
