"""Attributes used to dictate the style of the output"""

from __future__ import annotations

import typing

import typing_extensions


class V1AiTalkingPhotoCreateBodyStyle(typing_extensions.TypedDict):
    """Attributes used to dictate the style of the output"""

    generation_mode: typing_extensions.NotRequired[
        typing.Literal[
            "realistic", "prompted", "pro", "standard", "stable", "expressive"
        ]
    ]
    """Controls overall motion style.
    * `realistic` - Maintains likeness well, high quality, and reliable.
    * `prompted` - Slightly lower likeness; allows option to prompt scene.

    **Deprecated values (maintained for backward compatibility):**
    * `pro` - Deprecated: use `realistic`
    * `standard` - Deprecated: use `prompted`
    * `stable` - Deprecated: use `realistic`
    * `expressive` - Deprecated: use `prompted`"""

    prompt: typing_extensions.NotRequired[str]
    """A text prompt to guide the generation. Only applicable when generation_mode is `prompted`.
    This field is ignored for other modes."""
