"""An item of the `items` field of the request body of `POST /v1/files/upload-urls`."""

from __future__ import annotations

import typing

import typing_extensions


class V1FilesUploadUrlsCreateBodyItemsItem(typing_extensions.TypedDict):
    """An item of the `items` field of the request body of `POST /v1/files/upload-urls`."""

    extension: typing_extensions.Required[str]
    """The extension of the file to upload. Do not include the dot (.) before the extension. Possible extensions are mp4,m4v,mov,webm,mp3,wav,aac,flac,webm,weba,m4a,opus,ogg,oga,aiff,amr,png,jpg,jpeg,jfif,heic,heif,webp,avif,jp2,tiff,tif,bmp,gif,webp,webm"""

    type: typing_extensions.Required[typing.Literal["video", "audio", "image"]]
    """The type of asset to upload. Possible types are video, audio, image"""
