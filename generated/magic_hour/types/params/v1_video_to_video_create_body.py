"""The request body of `POST /v1/video-to-video`."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_video_to_video_create_body_assets import V1VideoToVideoCreateBodyAssets
from .v1_video_to_video_create_body_style import V1VideoToVideoCreateBodyStyle


class V1VideoToVideoCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/video-to-video`."""

    assets: typing_extensions.Required[V1VideoToVideoCreateBodyAssets]
    """Provide the assets for video-to-video. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

    end_seconds: typing_extensions.Required[float]
    """End time of your clip (seconds). Must be greater than start_seconds."""

    start_seconds: typing_extensions.Required[float]
    """Start time of your clip (seconds). Must be ≥ 0."""

    style: typing_extensions.Required[V1VideoToVideoCreateBodyStyle]

    fps_resolution: typing_extensions.NotRequired[typing.Literal["FULL", "HALF"]]
    """Determines whether the resulting video will have the same frame per second as the original video, or half.
    * `FULL` - the result video will have the same FPS as the input video
    * `HALF` - the result video will have half the FPS as the input video"""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""
