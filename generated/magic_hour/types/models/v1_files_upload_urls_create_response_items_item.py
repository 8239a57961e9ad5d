"""An item of the `items` field of the 200 response of `POST /v1/files/upload-urls`."""

import datetime

import pydantic

from magic_hour._core import SDKModel


class V1FilesUploadUrlsCreateResponseItemsItem(SDKModel):
    """An item of the `items` field of the 200 response of `POST /v1/files/upload-urls`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    expires_at: datetime.datetime
    """when the upload url expires, and will need to request a new one."""

    file_path: str
    """this value is used in APIs that needs assets, such as image_file_path, video_file_path, and audio_file_path"""

    upload_url: str
    """Used to upload the file to storage, send a PUT request with the file as data to upload."""
