"""Provide the assets for video-to-video. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

from __future__ import annotations

import typing

import typing_extensions


class V1VideoToVideoCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for video-to-video. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

    video_source: typing_extensions.Required[typing.Literal["file", "youtube"]]
    """Choose your video source."""

    video_file_path: typing_extensions.NotRequired[str]
    """Your video file. Required if `video_source` is `file`. This value is either
    - a direct URL to the video file
    - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls).

    See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) for details.
"""

    youtube_url: typing_extensions.NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""
