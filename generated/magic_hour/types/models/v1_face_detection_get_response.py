"""The 200 response of `GET /v1/face-detection/{id}`."""

import typing

import pydantic

from magic_hour._core import SDKModel

from .v1_face_detection_get_response_faces_item import (
    V1FaceDetectionGetResponseFacesItem,
)


class V1FaceDetectionGetResponse(SDKModel):
    """The 200 response of `GET /v1/face-detection/{id}`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    credits_charged: int
    """The credits charged for the task."""

    faces: list[V1FaceDetectionGetResponseFacesItem]
    """The faces detected in the image or video. The list is populated as faces are detected."""

    id: str
    """The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-reference/files/face-detection#response-id)."""

    status: typing.Literal["queued", "rendering", "complete", "error"] | str
    """The status of the detection."""
