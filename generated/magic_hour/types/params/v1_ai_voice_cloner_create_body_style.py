"""The `style` field of the request body of `POST /v1/ai-voice-cloner`."""

from __future__ import annotations

import typing_extensions


class V1AiVoiceClonerCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/ai-voice-cloner`."""

    prompt: typing_extensions.Required[str]
    """Text used to generate speech from the cloned voice. The character limit is 1000 characters."""
