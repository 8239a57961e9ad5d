"""`V1ImageProjectsGetResponse` with the paths of the outputs a workflow helper downloaded."""

from .v1_image_projects_get_response import V1ImageProjectsGetResponse


class V1ImageProjectsGetResponseWithDownloads(V1ImageProjectsGetResponse):
    """What `generate()` and `check_result()` return: the job's result, and its outputs' files."""

    downloaded_paths: list[str] | None = None
    """The files the outputs were saved to, in the result's order (None when none were)."""
