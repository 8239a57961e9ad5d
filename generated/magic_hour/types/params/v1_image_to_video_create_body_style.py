"""Attributed used to dictate the style of the output"""

from __future__ import annotations

import typing_extensions


class V1ImageToVideoCreateBodyStyle(typing_extensions.TypedDict):
    """Attributed used to dictate the style of the output"""

    prompt: typing_extensions.NotRequired[str]
    """The prompt used for the video."""
