"""The request body of `POST /v1/face-swap`."""

from __future__ import annotations

import typing_extensions

from .v1_face_swap_create_body_assets import V1FaceSwapCreateBodyAssets
from .v1_face_swap_create_body_style import V1FaceSwapCreateBodyStyle


class V1FaceSwapCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/face-swap`."""

    assets: typing_extensions.Required[V1FaceSwapCreateBodyAssets]
    """Provide the assets for face swap. For video, The `video_source` field determines whether `video_file_path` or `youtube_url` field is used"""

    end_seconds: typing_extensions.Required[float]
    """End time of your clip (seconds). Must be greater than start_seconds."""

    start_seconds: typing_extensions.Required[float]
    """Start time of your clip (seconds). Must be ≥ 0."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    style: typing_extensions.NotRequired[V1FaceSwapCreateBodyStyle]
    """Style of the face swap video."""
