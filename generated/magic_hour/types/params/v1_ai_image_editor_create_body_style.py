"""The `style` field of the request body of `POST /v1/ai-image-editor`."""

from __future__ import annotations

import typing_extensions


class V1AiImageEditorCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/ai-image-editor`."""

    prompt: typing_extensions.Required[str]
    """The prompt used to edit the image."""
