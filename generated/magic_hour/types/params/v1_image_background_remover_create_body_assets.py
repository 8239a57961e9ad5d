"""Provide the assets for background removal"""

from __future__ import annotations

import typing_extensions


class V1ImageBackgroundRemoverCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for background removal"""

    image_file_path: typing_extensions.Required[str]
    """The image to remove the background. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
"""

    background_image_file_path: typing_extensions.NotRequired[str]
    """The image used as the new background for the image_file_path. This image will be resized to match the image in image_file_path. Please make sure the resolution between the images are similar.

    This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
"""
