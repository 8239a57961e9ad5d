"""The request body of `POST /v1/ai-clothes-changer`."""

from __future__ import annotations

import typing_extensions

from .v1_ai_clothes_changer_create_body_assets import V1AiClothesChangerCreateBodyAssets


class V1AiClothesChangerCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-clothes-changer`."""

    assets: typing_extensions.Required[V1AiClothesChangerCreateBodyAssets]
    """Provide the assets for clothes changer"""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""
