"""Face editing parameters"""

from __future__ import annotations

import typing_extensions


class V1AiFaceEditorCreateBodyStyle(typing_extensions.TypedDict):
    """Face editing parameters"""

    enhance_face: typing_extensions.NotRequired[bool]
    """Enhance face features"""

    eye_gaze_horizontal: typing_extensions.NotRequired[float]
    """Horizontal eye gaze (-100 to 100), in increments of 5"""

    eye_gaze_vertical: typing_extensions.NotRequired[float]
    """Vertical eye gaze (-100 to 100), in increments of 5"""

    eye_open_ratio: typing_extensions.NotRequired[float]
    """Eye open ratio (-100 to 100), in increments of 5"""

    eyebrow_direction: typing_extensions.NotRequired[float]
    """Eyebrow direction (-100 to 100), in increments of 5"""

    head_pitch: typing_extensions.NotRequired[float]
    """Head pitch (-100 to 100), in increments of 5"""

    head_roll: typing_extensions.NotRequired[float]
    """Head roll (-100 to 100), in increments of 5"""

    head_yaw: typing_extensions.NotRequired[float]
    """Head yaw (-100 to 100), in increments of 5"""

    lip_open_ratio: typing_extensions.NotRequired[float]
    """Lip open ratio (-100 to 100), in increments of 5"""

    mouth_grim: typing_extensions.NotRequired[float]
    """Mouth grim (-100 to 100), in increments of 5"""

    mouth_position_horizontal: typing_extensions.NotRequired[float]
    """Horizontal mouth position (-100 to 100), in increments of 5"""

    mouth_position_vertical: typing_extensions.NotRequired[float]
    """Vertical mouth position (-100 to 100), in increments of 5"""

    mouth_pout: typing_extensions.NotRequired[float]
    """Mouth pout (-100 to 100), in increments of 5"""

    mouth_purse: typing_extensions.NotRequired[float]
    """Mouth purse (-100 to 100), in increments of 5"""

    mouth_smile: typing_extensions.NotRequired[float]
    """Mouth smile (-100 to 100), in increments of 5"""
