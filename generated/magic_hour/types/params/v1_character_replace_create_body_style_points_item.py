"""An item of the `points` field of the `style` field of the request body of `POST /v1/character-replace`."""

from __future__ import annotations

import typing_extensions


class V1CharacterReplaceCreateBodyStylePointsItem(typing_extensions.TypedDict):
    """An item of the `points` field of the `style` field of the request body of `POST /v1/character-replace`."""

    position_x: typing_extensions.Required[int]
    """Horizontal pixel coordinate in the source video frame at `time_seconds`, measured from the left edge."""

    position_y: typing_extensions.Required[int]
    """Vertical pixel coordinate in the source video frame at `time_seconds`, measured from the top edge."""

    time_seconds: typing_extensions.Required[float]
    """Timestamp on the source video timeline in seconds. Uses the same clock as `start_seconds` and `end_seconds`."""
