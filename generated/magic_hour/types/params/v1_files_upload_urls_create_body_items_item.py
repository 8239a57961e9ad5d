"""An item of the `items` field of the request body of `POST /v1/files/upload-urls`."""

from __future__ import annotations

import typing

import typing_extensions


class V1FilesUploadUrlsCreateBodyItemsItem(typing_extensions.TypedDict):
    """An item of the `items` field of the request body of `POST /v1/files/upload-urls`."""

    extension: typing_extensions.Required[str]
    """The extension of the file to upload. Do not include the dot (.) before the extension."""

    type: typing_extensions.Required[typing.Literal["video", "audio", "image"]]
    """The type of asset to upload"""
