"""Optional style controls for replace vs animate mode and subject selection."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_character_replace_create_body_style_points_item import (
    V1CharacterReplaceCreateBodyStylePointsItem,
)


class V1CharacterReplaceCreateBodyStyle(typing_extensions.TypedDict):
    """Optional style controls for replace vs animate mode and subject selection."""

    mode: typing_extensions.NotRequired[typing.Literal["replace", "animate"]]
    """Processing mode. `replace` swaps the detected subject with your reference character. `animate` transfers motion from the video onto your character image."""

    points: typing_extensions.NotRequired[
        list[V1CharacterReplaceCreateBodyStylePointsItem]
    ]
    """On-frame markers for manual subject selection. Required when `selection_mode` is `point`. Ignored when `selection_mode` is `auto` or omitted."""

    selection_mode: typing_extensions.NotRequired[typing.Literal["auto", "point"]]
    """How to locate the subject in the source video. `auto` detects a person automatically. `point` uses your `points` to mark the subject. Defaults to `auto`."""
