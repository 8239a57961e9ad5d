"""Style settings for the upscale. Use `mode` (`"preserve"`, `"balanced"`, or `"creative"`). Defaults to `"balanced"`."""

from __future__ import annotations

import typing

import typing_extensions


class V1AiImageUpscalerCreateBodyStyle(typing_extensions.TypedDict):
    """Style settings for the upscale. Use `mode` (`"preserve"`, `"balanced"`, or `"creative"`). Defaults to `"balanced"`."""

    mode: typing_extensions.NotRequired[
        typing.Literal["pro", "preserve", "balanced", "creative"]
    ]
    """The upscaling mode. `"preserve"` uses the fast pro pipeline (1× credit multiplier). `"balanced"` and `"creative"` use the creative pipeline (2× credit multiplier). `"pro"` is deprecated and maps to `"preserve"`. Defaults to `"balanced"`."""

    prompt: typing_extensions.NotRequired[str]
    """A prompt to guide the final image. Only used when mode is `creative`."""
