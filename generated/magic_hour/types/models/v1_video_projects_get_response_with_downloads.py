"""`V1VideoProjectsGetResponse` with the paths of the outputs a workflow helper downloaded."""

from .v1_video_projects_get_response import V1VideoProjectsGetResponse


class V1VideoProjectsGetResponseWithDownloads(V1VideoProjectsGetResponse):
    """What `generate()` and `check_result()` return: the job's result, and its outputs' files."""

    downloaded_paths: list[str] | None = None
    """The files the outputs were saved to, in the result's order (None when none were)."""
