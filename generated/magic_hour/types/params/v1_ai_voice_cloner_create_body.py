"""The request body of `POST /v1/ai-voice-cloner`."""

from __future__ import annotations

import typing_extensions

from .v1_ai_voice_cloner_create_body_assets import V1AiVoiceClonerCreateBodyAssets
from .v1_ai_voice_cloner_create_body_style import V1AiVoiceClonerCreateBodyStyle


class V1AiVoiceClonerCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-voice-cloner`."""

    assets: typing_extensions.Required[V1AiVoiceClonerCreateBodyAssets]
    """Provide the assets for voice cloning."""

    style: typing_extensions.Required[V1AiVoiceClonerCreateBodyStyle]

    name: typing_extensions.NotRequired[str]
    """Give your audio a custom name for easy identification."""
