"""The asynchronous client, as a magic-hour user writes it.

``AsyncClient`` has the same call paths as ``Client``; every method is awaited, including
``generate``, ``check_result`` and ``files.upload_file``.

See README.md beside this file for what the fake server must answer.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from magic_hour import ApiError, AsyncClient
from magic_hour.types import models

from _support import api_token, base_url, expect, fast_polling, passed, workdir


async def run() -> None:
    fast_polling()
    work = workdir("async")
    out = work / "out"
    client = AsyncClient(token=api_token(), base_url=base_url(), timeout=30)

    uploaded: str = await client.v1.files.upload_file(str(work / "voice.mp3"))
    expect(uploaded.startswith("api-assets/"), f"upload_file -> {uploaded!r}")

    res = await client.v1.lip_sync.generate(
        assets={
            "audio_file_path": uploaded,  # already uploaded: passed through
            "video_file_path": str(work / "clip.mp4"),  # local: uploaded by generate
            "video_source": "file",
        },
        start_seconds=0.0,
        end_seconds=8.0,
        name="compat async lip sync",
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(res.status == "complete", f"async lip_sync.generate ended {res.status!r}")
    paths: list[str] = res.downloaded_paths or []
    expect(len(paths) == len(res.downloads) >= 1, f"downloaded {paths}")
    expect(all(Path(p).parent == out for p in paths), "files are in out/")

    created: models.V1ImageBackgroundRemoverCreateResponse = (
        await client.v1.image_background_remover.create(
            assets={"image_file_path": "api-assets/compat/person.jpg"},
            name="compat async background",
        )
    )
    checked = await client.v1.image_projects.check_result(
        id=created.id, wait_for_completion=True, download_outputs=False
    )
    expect(checked.status == "complete" and checked.downloaded_paths is None, "async check_result")

    project: models.V1ImageProjectsGetResponse = await client.v1.image_projects.get(id=created.id)
    expect(project.id == created.id, "async get")

    try:
        await client.v1.audio_projects.get(id="compat-missing")
    except ApiError as error:
        expect(error.status_code == 404, f"async unknown id -> {error.status_code}")
    else:
        raise AssertionError("async: an unknown id raises ApiError")

    passed("async_client")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
