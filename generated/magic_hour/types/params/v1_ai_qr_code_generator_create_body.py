"""The request body of `POST /v1/ai-qr-code-generator`."""

from __future__ import annotations

import typing_extensions

from .v1_ai_qr_code_generator_create_body_style import (
    V1AiQrCodeGeneratorCreateBodyStyle,
)


class V1AiQrCodeGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-qr-code-generator`."""

    content: typing_extensions.Required[str]
    """The content of the QR code."""

    style: typing_extensions.Required[V1AiQrCodeGeneratorCreateBodyStyle]

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""
