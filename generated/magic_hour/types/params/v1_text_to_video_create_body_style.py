"""The `style` field of the request body of `POST /v1/text-to-video`."""

from __future__ import annotations

import typing_extensions


class V1TextToVideoCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/text-to-video`."""

    prompt: typing_extensions.Required[str]
    """The prompt used for the video."""
