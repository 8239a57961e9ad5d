"""An item of the `items` field of the 200 response of `POST /v1/files/upload-urls`."""

from __future__ import annotations

import datetime

import pydantic


class V1FilesUploadUrlsCreateResponseItemsItem(pydantic.BaseModel):
    """An item of the `items` field of the 200 response of `POST /v1/files/upload-urls`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    expires_at: datetime.datetime
    """The time the upload url expires"""

    file_path: str
    """The path of the file to use in the video APIs, e.g. the `audio_file_path` of lip-sync"""

    upload_url: str
    """The url to upload the file to with a PUT request"""
