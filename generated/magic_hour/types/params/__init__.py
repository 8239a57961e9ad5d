"""TypedDicts for request arguments."""

import importlib
import typing

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
_EXPORTS: dict[str, str] = {
    "V1FilesUploadUrlsCreateBody": ".v1_files_upload_urls_create_body",
    "V1FilesUploadUrlsCreateBodyItemsItem": ".v1_files_upload_urls_create_body_items_item",
    "V1LipSyncCreateBody": ".v1_lip_sync_create_body",
    "V1LipSyncCreateBodyAssets": ".v1_lip_sync_create_body_assets",
}


def __getattr__(name: str) -> typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
