"""An item of the `faces` field of the 200 response of `GET /v1/face-detection/{id}`."""

import pydantic

from magic_hour._core import SDKModel


class V1FaceDetectionGetResponseFacesItem(SDKModel):
    """An item of the `faces` field of the 200 response of `GET /v1/face-detection/{id}`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    path: str
    """The path to the face image. This should be used in face swap photo/video API calls as `.assets.face_mappings.original_face`"""

    url: str
    """The url to the face image. This is used to render the image in your applications."""
