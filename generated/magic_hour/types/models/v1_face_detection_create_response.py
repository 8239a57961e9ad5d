"""The 200 response of `POST /v1/face-detection`."""

import pydantic

from magic_hour._core import SDKModel


class V1FaceDetectionCreateResponse(SDKModel):
    """The 200 response of `POST /v1/face-detection`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    credits_charged: int
    """The credits charged for the task."""

    id: str
    """The id of the task. Use this value in the [get face detection details API](https://docs.magichour.ai/api-reference/files/get-face-detection-details) to get the details of the face detection task."""
