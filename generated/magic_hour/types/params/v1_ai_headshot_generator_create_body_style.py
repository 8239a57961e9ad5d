"""The `style` field of the request body of `POST /v1/ai-headshot-generator`."""

from __future__ import annotations

import typing_extensions


class V1AiHeadshotGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/ai-headshot-generator`."""

    prompt: typing_extensions.NotRequired[str]
    """Prompt used to guide the style of your headshot. We recommend omitting the prompt unless you want to customize your headshot. You can visit [AI headshot generator](https://magichour.ai/create/ai-headshot-generator) to view an example of a good prompt used for our 'Professional' style."""
