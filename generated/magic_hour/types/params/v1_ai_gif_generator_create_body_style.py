"""The `style` field of the request body of `POST /v1/ai-gif-generator`."""

from __future__ import annotations

import typing_extensions


class V1AiGifGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/ai-gif-generator`."""

    prompt: typing_extensions.Required[str]
    """The prompt used for the GIF."""
