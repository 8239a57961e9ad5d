"""Video projects, as a magic-hour user writes them.

1. ``lip_sync.generate``: two local files uploaded, the job created, polled and downloaded.
2. ``face_swap.create`` from a YouTube URL, then ``video_projects.check_result`` without
   and with waiting, then ``video_projects.get``.

See README.md beside this file for what the fake server must answer.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import httpx

from magic_hour import Client, Environment
from magic_hour.types import models

from _support import api_token, base_url, expect, fast_polling, passed, workdir


def main() -> None:
    fast_polling()
    work = workdir("video")
    out = work / "out"

    client = Client(
        token=api_token(),
        environment=Environment.ENVIRONMENT,  # overridden by base_url
        base_url=base_url(),
        timeout=30,
    )

    # -- 1. the all-in-one workflow ----------------------------------------------------
    res = client.v1.lip_sync.generate(
        assets={
            "audio_file_path": str(work / "voice.mp3"),
            "video_file_path": str(work / "clip.mp4"),
            "video_source": "file",
        },
        start_seconds=0.0,
        end_seconds=10.0,
        max_fps_limit=12.0,
        name="compat lip sync",
        style={"generation_mode": "lite"},
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    project_id: str = res.id
    expect(res.status == "complete", f"lip_sync.generate ended {res.status!r}")
    expect(res.error is None, "a complete project has no error")
    credits: int = res.credits_charged
    expect(credits >= 0, "credits_charged is an int")
    downloads: list[models.V1VideoProjectsGetResponseDownloadsItem] = res.downloads
    expect(len(downloads) >= 1, "a complete project has downloads")

    paths: list[str] = res.downloaded_paths or []
    expect(len(paths) == len(downloads), f"one downloaded path per download, got {paths}")
    for path_text, item in zip(paths, downloads):
        path = Path(path_text)
        expect(path.parent == out, f"{path} is not in download_directory {out}")
        # magic-hour names each file after the last segment of its download URL
        expect(path.name == Path(urlparse(item.url).path).name, f"{path.name} vs {item.url}")
        expect(path.read_bytes() == httpx.get(item.url).content, f"{path} differs from {item.url}")

    # -- 2. create only, then check on it ---------------------------------------------
    created: models.V1FaceSwapCreateResponse = client.v1.face_swap.create(
        assets={
            "face_swap_mode": "all-faces",
            "image_file_path": "api-assets/compat/face.png",
            "video_source": "youtube",
            "youtube_url": "https://www.youtube.com/watch?v=compat",
        },
        start_seconds=0.0,
        end_seconds=5.0,
        name="compat face swap",
    )
    expect(created.id != project_id, "each create returns a new id")

    first = client.v1.video_projects.check_result(
        id=created.id,
        wait_for_completion=False,
        download_outputs=False,
    )
    expect(first.id == created.id, "check_result returns the project asked for")
    expect(first.status == "queued", f"first poll of a new project should be queued, is {first.status!r}")
    expect(first.downloaded_paths is None, "nothing is downloaded without waiting")

    done = client.v1.video_projects.check_result(
        id=created.id,
        wait_for_completion=True,
        download_outputs=False,
    )
    expect(done.status == "complete", f"check_result(wait) ended {done.status!r}")
    expect(done.downloaded_paths is None, "download_outputs=False downloads nothing")
    expect(len(list(out.iterdir())) == len(paths), "nothing more was written to out/")

    project: models.V1VideoProjectsGetResponse = client.v1.video_projects.get(id=created.id)
    expect(project.status == "complete", "get after completion says complete")
    expect(project.type_ == "FACE_SWAP", f"type_ is {project.type_!r}")
    expect(project.end_seconds == 5.0 and project.start_seconds == 0.0, "times echo the request")
    dumped = project.model_dump()
    expect(dumped["id"] == created.id, "model_dump() keys are attribute names")
    expect(project.model_dump(by_alias=True)["type"] == "FACE_SWAP", "the JSON name of type_ is type")

    passed("video_project")


if __name__ == "__main__":
    main()
