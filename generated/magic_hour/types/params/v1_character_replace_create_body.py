"""The request body of `POST /v1/character-replace`."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_character_replace_create_body_assets import V1CharacterReplaceCreateBodyAssets
from .v1_character_replace_create_body_style import V1CharacterReplaceCreateBodyStyle


class V1CharacterReplaceCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/character-replace`."""

    assets: typing_extensions.Required[V1CharacterReplaceCreateBodyAssets]
    """Source video and reference character image for the job."""

    end_seconds: typing_extensions.Required[float]
    """End time of your clip (seconds). Must be greater than start_seconds."""

    name: typing_extensions.NotRequired[str]
    """Give your video a custom name for easy identification."""

    resolution: typing_extensions.NotRequired[typing.Literal["480p", "720p"]]
    """Output video resolution. Defaults to 480p, the lowest resolution available on your plan."""

    start_seconds: typing_extensions.NotRequired[float]
    """Start time of your clip (seconds). Must be ≥ 0."""

    style: typing_extensions.NotRequired[V1CharacterReplaceCreateBodyStyle]
    """Optional style controls for replace vs animate mode and subject selection."""
