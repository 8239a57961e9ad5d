"""Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

from __future__ import annotations

import typing

import typing_extensions


class V1LipSyncCreateBodyAssets(typing_extensions.TypedDict):
    """Provide the assets for lip-sync. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

    audio_file_path: typing_extensions.Required[str]
    """The path of the audio file. This value can be either the `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls), or the url of the file."""

    video_source: typing_extensions.Required[typing.Literal["file", "youtube"]]

    video_file_path: typing_extensions.NotRequired[str]
    """The path of the input video. This field is required if `video_source` is `file`. This value can be either the `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls), or the url of the file."""

    youtube_url: typing_extensions.NotRequired[str]
    """Using a youtube video as the input source. This field is required if `video_source` is `youtube`"""
