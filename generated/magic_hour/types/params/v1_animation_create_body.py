"""The request body of `POST /v1/animation`."""

from __future__ import annotations

import typing_extensions

from .v1_animation_create_body_assets import V1AnimationCreateBodyAssets
from .v1_animation_create_body_style import V1AnimationCreateBodyStyle


class V1AnimationCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/animation`."""

    assets: typing_extensions.Required[V1AnimationCreateBodyAssets]
    """Provide the assets for animation."""

    end_seconds: typing_extensions.Required[float]
    """This value determines the duration of the output video."""

    fps: typing_extensions.Required[float]
    """The desire output video frame rate"""

    height: typing_extensions.Required[int]
    """The height of the final output video. The maximum height depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details"""

    style: typing_extensions.Required[V1AnimationCreateBodyStyle]
    """Defines the style of the output video"""

    width: typing_extensions.Required[int]
    """The width of the final output video. The maximum width depends on your subscription. Please refer to our [pricing page](https://magichour.ai/pricing) for more details"""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""
