"""`V1FaceDetectionGetResponse` with the paths of the outputs a workflow helper downloaded."""

from .v1_face_detection_get_response import V1FaceDetectionGetResponse


class V1FaceDetectionGetResponseWithDownloads(V1FaceDetectionGetResponse):
    """What `generate()` and `check_result()` return: the job's result, and its outputs' files."""

    downloaded_paths: list[str] | None = None
    """The files the outputs were saved to, in the result's order (None when none were)."""
