"""Image projects, as a magic-hour user writes them.

1. ``ai_image_generator.generate`` (nothing to upload) with explicit workflow flags.
2. ``image_background_remover.generate`` with a local file and the default flags
   (``wait_for_completion`` and ``download_outputs`` default to True).
3. ``photo_colorizer.create`` with an already-uploaded path, then
   ``image_projects.check_result`` (id given positionally) and ``image_projects.get``.

See README.md beside this file for what the fake server must answer.
"""

from __future__ import annotations

from pathlib import Path

from magic_hour import Client
from magic_hour.types import models

from _support import api_token, base_url, expect, fast_polling, passed, workdir


def main() -> None:
    fast_polling()
    work = workdir("image")
    out = work / "out"
    client = Client(token=api_token(), base_url=base_url())

    # -- 1. text to image: create, poll image_projects, download every image -----------
    generated = client.v1.ai_image_generator.generate(
        image_count=2,
        style={"prompt": "A lighthouse at dusk, oil painting"},
        aspect_ratio="16:9",
        name="compat image generator",
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(generated.status == "complete", f"ai_image_generator ended {generated.status!r}")
    count: int = generated.image_count
    expect(count == 2, f"image_count echoes the request, is {count}")
    images: list[str] = generated.downloaded_paths or []
    expect(len(images) == len(generated.downloads) == 2, f"two images downloaded, got {images}")
    expect(all(Path(p).is_file() and Path(p).parent == out for p in images), "files are in out/")

    # -- 2. local file in, defaults for the workflow flags -----------------------------
    removed = client.v1.image_background_remover.generate(
        assets={"image_file_path": str(work / "person.jpg")},
        name="compat background remover",
        download_directory=str(out),
    )
    expect(removed.status == "complete", f"image_background_remover ended {removed.status!r}")
    expect(len(removed.downloaded_paths or []) == len(removed.downloads) >= 1, "downloaded by default")

    # -- 3. create, then the polling helper and a plain get ----------------------------
    created: models.V1PhotoColorizerCreateResponse = client.v1.photo_colorizer.create(
        assets={"image_file_path": "api-assets/compat/face.png"},
        name="compat colorizer",
    )
    credits: int = created.credits_charged
    expect(credits >= 0, "credits_charged is an int")

    result = client.v1.image_projects.check_result(
        created.id,
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(result.id == created.id and result.status == "complete", f"check_result: {result.status!r}")
    expect(len(result.downloaded_paths or []) == len(result.downloads), "check_result downloads")

    project: models.V1ImageProjectsGetResponse = client.v1.image_projects.get(id=created.id)
    expect(project.status == "complete", "get after completion says complete")
    expect(project.type_ != "", "type_ carries the project type")
    first_url: str = project.downloads[0].url
    expires_at: str = project.downloads[0].expires_at
    expect(first_url.startswith("http") and expires_at != "", "downloads carry url and expires_at")

    passed("image_project")


if __name__ == "__main__":
    main()
