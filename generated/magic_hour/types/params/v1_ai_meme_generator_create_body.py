"""The request body of `POST /v1/ai-meme-generator`."""

from __future__ import annotations

import typing_extensions

from .v1_ai_meme_generator_create_body_style import V1AiMemeGeneratorCreateBodyStyle


class V1AiMemeGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-meme-generator`."""

    style: typing_extensions.Required[V1AiMemeGeneratorCreateBodyStyle]

    name: typing_extensions.NotRequired[str]
    """The name of the meme."""
