"""The request body of `POST /v1/ai-face-editor`."""

from __future__ import annotations

import typing_extensions

from .v1_ai_face_editor_create_body_assets import V1AiFaceEditorCreateBodyAssets
from .v1_ai_face_editor_create_body_style import V1AiFaceEditorCreateBodyStyle


class V1AiFaceEditorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-face-editor`."""

    assets: typing_extensions.Required[V1AiFaceEditorCreateBodyAssets]
    """Provide the assets for face editor"""

    style: typing_extensions.Required[V1AiFaceEditorCreateBodyStyle]
    """Face editing parameters"""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""
