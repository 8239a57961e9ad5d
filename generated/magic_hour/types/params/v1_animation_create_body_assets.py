"""Provide the assets for animation."""

from __future__ import annotations

import typing

import typing_extensions


class V1AnimationCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for animation."""

    audio_source: typing_extensions.Required[typing.Literal["none", "file", "youtube"]]
    """Optionally add an audio source if you'd like to incorporate audio into your video"""

    audio_file_path: typing_extensions.NotRequired[str]
    """The path of the input audio. This field is required if `audio_source` is `file`. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
"""

    image_file_path: typing_extensions.NotRequired[str]
    """An initial image to use a the first frame of the video. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
"""

    youtube_url: typing_extensions.NotRequired[str]
    """Using a youtube video as the input source. This field is required if `audio_source` is `youtube`"""
