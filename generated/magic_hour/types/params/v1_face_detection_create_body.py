"""The request body of `POST /v1/face-detection`."""

from __future__ import annotations

import typing_extensions

from .v1_face_detection_create_body_assets import V1FaceDetectionCreateBodyAssets


class V1FaceDetectionCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/face-detection`."""

    assets: typing_extensions.Required[V1FaceDetectionCreateBodyAssets]
    """Provide the assets for face detection"""

    confidence_score: typing_extensions.NotRequired[float]
    """Confidence threshold for filtering detected faces.
    * Higher values (e.g., 0.9) include only faces detected with high certainty, reducing false positives.
    * Lower values (e.g., 0.3) include more faces, but may increase the chance of incorrect detections."""
