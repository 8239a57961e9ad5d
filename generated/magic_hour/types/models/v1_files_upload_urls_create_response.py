"""The 200 response of `POST /v1/files/upload-urls`."""

from __future__ import annotations

import pydantic

from .v1_files_upload_urls_create_response_items_item import (
    V1FilesUploadUrlsCreateResponseItemsItem,
)


class V1FilesUploadUrlsCreateResponse(pydantic.BaseModel):
    """The 200 response of `POST /v1/files/upload-urls`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    items: list[V1FilesUploadUrlsCreateResponseItemsItem]
