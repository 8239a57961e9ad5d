"""The request body of `POST /v1/ai-gif-generator`."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_ai_gif_generator_create_body_style import V1AiGifGeneratorCreateBodyStyle


class V1AiGifGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-gif-generator`."""

    style: typing_extensions.Required[V1AiGifGeneratorCreateBodyStyle]

    name: typing_extensions.NotRequired[str]
    """Give your gif a custom name for easy identification."""

    output_format: typing_extensions.NotRequired[typing.Literal["gif", "mp4", "webm"]]
    """The output file format for the generated animation."""
