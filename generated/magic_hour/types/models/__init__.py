"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .error import Error as Error
    from .v1_files_upload_urls_create_response import (
        V1FilesUploadUrlsCreateResponse as V1FilesUploadUrlsCreateResponse,
    )
    from .v1_files_upload_urls_create_response_items_item import (
        V1FilesUploadUrlsCreateResponseItemsItem as V1FilesUploadUrlsCreateResponseItemsItem,
    )
    from .v1_lip_sync_create_response import (
        V1LipSyncCreateResponse as V1LipSyncCreateResponse,
    )
    from .v1_video_projects_get_response import (
        V1VideoProjectsGetResponse as V1VideoProjectsGetResponse,
    )
    from .v1_video_projects_get_response_downloads_item import (
        V1VideoProjectsGetResponseDownloadsItem as V1VideoProjectsGetResponseDownloadsItem,
    )
    from .v1_video_projects_get_response_error import (
        V1VideoProjectsGetResponseError as V1VideoProjectsGetResponseError,
    )

__all__ = [
    "Error",
    "V1FilesUploadUrlsCreateResponse",
    "V1FilesUploadUrlsCreateResponseItemsItem",
    "V1LipSyncCreateResponse",
    "V1VideoProjectsGetResponse",
    "V1VideoProjectsGetResponseDownloadsItem",
    "V1VideoProjectsGetResponseError",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Error": ".error",
            "V1FilesUploadUrlsCreateResponse": ".v1_files_upload_urls_create_response",
            "V1FilesUploadUrlsCreateResponseItemsItem": ".v1_files_upload_urls_create_response_items_item",
            "V1LipSyncCreateResponse": ".v1_lip_sync_create_response",
            "V1VideoProjectsGetResponse": ".v1_video_projects_get_response",
            "V1VideoProjectsGetResponseDownloadsItem": ".v1_video_projects_get_response_downloads_item",
            "V1VideoProjectsGetResponseError": ".v1_video_projects_get_response_error",
        },
    )
