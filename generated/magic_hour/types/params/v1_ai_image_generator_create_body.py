"""The request body of `POST /v1/ai-image-generator`."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_ai_image_generator_create_body_style import V1AiImageGeneratorCreateBodyStyle


class V1AiImageGeneratorCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/ai-image-generator`."""

    image_count: typing_extensions.Required[int]
    """Number of images to generate. Maximum varies by model."""

    style: typing_extensions.Required[V1AiImageGeneratorCreateBodyStyle]
    """The art style to use for image generation."""

    aspect_ratio: typing_extensions.NotRequired[typing.Literal["1:1", "16:9", "9:16"]]
    """The aspect ratio of the output image(s). If not specified, defaults to `1:1` (square)."""

    model: typing_extensions.NotRequired[
        typing.Literal[
            "default",
            "nano-banana-2",
            "gpt-image-2",
            "z-image-turbo",
            "flux-2-klein",
            "nano-banana-2-lite",
            "seedream-v4",
            "seedream-v5-pro",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
    ]
    """The AI model to use for image generation. Each model has different capabilities and costs.

    **Models:**
    - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a specific model. This is the default behavior.
    - `flux-2-klein` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1
    - `flux-schnell` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `gpt-image-2` - from 50 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana` - from 50 credits/image
      - Supported resolutions: 640px, 1k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana-2` - from 100 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 4, 9, 16
    - `nano-banana-2-lite` - from 50 credits/image
      - Supported resolutions: 640px, 1k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `nano-banana-pro` - from 150 credits/image
      - Supported resolutions: 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 4, 9, 16
    - `seedream-v4` - from 40 credits/image
      - Supported resolutions: 640px, 1k, 2k, 4k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `seedream-v5-pro` - from 75 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: creator, pro, business
      - Image count allowed: 1, 2, 3, 4
    - `z-image-turbo` - from 5 credits/image
      - Supported resolutions: 640px, 1k, 2k
      - Available for tiers: free, creator, pro, business
      - Image count allowed: 1, 2, 3, 4

    **Deprecated Enum Values:**
    - `seedream` - Use `seedream-v4` instead.
"""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""

    resolution: typing_extensions.NotRequired[
        typing.Literal["auto", "640px", "1k", "2k", "4k"]
    ]
    """Maximum resolution (longest edge) for the output image.

    **Options:**
    - `640px` — up to 640px
    - `1k` — up to 1024px
    - `2k` — up to 2048px
    - `4k` — up to 4096px
    - `auto` — **Deprecated.** Mapped server-side from your subscription tier to the best matching resolution the model supports

    **Per-model support:**
    - `flux-2-klein` - 640px, 1k, 2k
    - `flux-schnell` - 640px, 1k, 2k
    - `gpt-image-2` - 640px, 1k, 2k, 4k
    - `nano-banana` - 640px, 1k
    - `nano-banana-2` - 640px, 1k, 2k, 4k
    - `nano-banana-2-lite` - 640px, 1k
    - `nano-banana-pro` - 1k, 2k, 4k
    - `seedream-v4` - 640px, 1k, 2k, 4k
    - `seedream-v5-pro` - 640px, 1k, 2k
    - `z-image-turbo` - 640px, 1k, 2k

    Note: Resolution availability depends on the model and your subscription tier."""
