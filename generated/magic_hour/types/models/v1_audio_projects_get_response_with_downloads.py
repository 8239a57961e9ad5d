"""`V1AudioProjectsGetResponse` with the paths of the outputs a workflow helper downloaded."""

from .v1_audio_projects_get_response import V1AudioProjectsGetResponse


class V1AudioProjectsGetResponseWithDownloads(V1AudioProjectsGetResponse):
    """What `generate()` and `check_result()` return: the job's result, and its outputs' files."""

    downloaded_paths: list[str] | None = None
    """The files the outputs were saved to, in the result's order (None when none were)."""
