"""The request body of `POST /v1/audio-to-video`."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_audio_to_video_create_body_assets import V1AudioToVideoCreateBodyAssets
from .v1_audio_to_video_create_body_style import V1AudioToVideoCreateBodyStyle


class V1AudioToVideoCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/audio-to-video`."""

    assets: typing_extensions.Required[V1AudioToVideoCreateBodyAssets]
    """Provide the audio file and an optional reference image."""

    end_seconds: typing_extensions.Required[float]
    """End time of your clip (seconds). Must be greater than start_seconds."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    resolution: typing_extensions.NotRequired[typing.Literal["480p", "720p", "1080p"]]
    """Output video resolution. Defaults to `720p` on paid tiers and `480p` on free tiers."""

    start_seconds: typing_extensions.NotRequired[float]
    """Start time of your clip (seconds). Must be ≥ 0."""

    style: typing_extensions.NotRequired[V1AudioToVideoCreateBodyStyle]
    """Attributes used to dictate the style of the output"""
