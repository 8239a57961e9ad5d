"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .v1_files_upload_urls_create_body import (
        V1FilesUploadUrlsCreateBody as V1FilesUploadUrlsCreateBody,
    )
    from .v1_files_upload_urls_create_body_items_item import (
        V1FilesUploadUrlsCreateBodyItemsItem as V1FilesUploadUrlsCreateBodyItemsItem,
    )
    from .v1_lip_sync_create_body import V1LipSyncCreateBody as V1LipSyncCreateBody
    from .v1_lip_sync_create_body_assets import (
        V1LipSyncCreateBodyAssets as V1LipSyncCreateBodyAssets,
    )

__all__ = [
    "V1FilesUploadUrlsCreateBody",
    "V1FilesUploadUrlsCreateBodyItemsItem",
    "V1LipSyncCreateBody",
    "V1LipSyncCreateBodyAssets",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "V1FilesUploadUrlsCreateBody": ".v1_files_upload_urls_create_body",
            "V1FilesUploadUrlsCreateBodyItemsItem": ".v1_files_upload_urls_create_body_items_item",
            "V1LipSyncCreateBody": ".v1_lip_sync_create_body",
            "V1LipSyncCreateBodyAssets": ".v1_lip_sync_create_body_assets",
        },
    )
