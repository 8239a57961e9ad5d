"""Attributes used to dictate the style of the output"""

from __future__ import annotations

import typing_extensions


class V1AudioToVideoCreateBodyStyle(typing_extensions.TypedDict):
    """Attributes used to dictate the style of the output"""

    prompt: typing_extensions.NotRequired[str]
    """Prompt to guide the visual style of the video."""
