"""The request body of `POST /v1/ai-voice-generator`."""

from __future__ import annotations

import typing_extensions

from .v1_ai_voice_generator_create_body_style import V1AiVoiceGeneratorCreateBodyStyle


class V1AiVoiceGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-voice-generator`."""

    style: typing_extensions.Required[V1AiVoiceGeneratorCreateBodyStyle]
    """The content used to generate speech."""

    name: typing_extensions.NotRequired[str]
    """Give your audio a custom name for easy identification."""
