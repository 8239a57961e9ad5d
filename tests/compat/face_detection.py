"""Face detection, then a multi-face swap with its results, as a magic-hour user writes it.

1. ``face_detection.generate``: a local image uploaded, the task polled on
   ``GET /v1/face-detection/{id}``, every detected face downloaded.
2. ``face_detection.create`` + ``face_detection.get`` polled by hand.
3. ``face_swap_photo.generate`` in ``individual-faces`` mode, mapping a detected face to a
   local image (magic-hour's generate uploads ``face_mappings[].new_face`` too).

See README.md beside this file for what the fake server must answer.
"""

from __future__ import annotations

import time
from pathlib import Path

from magic_hour import Client
from magic_hour.types import models

from _support import api_token, base_url, expect, fast_polling, passed, workdir


def main() -> None:
    fast_polling()
    work = workdir("faces")
    out = work / "out"
    client = Client(token=api_token(), base_url=base_url())

    # -- 1. the workflow ---------------------------------------------------------------
    detected = client.v1.face_detection.generate(
        assets={"target_file_path": str(work / "face.png")},
        confidence_score=0.5,
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(detected.status == "complete", f"face_detection.generate ended {detected.status!r}")
    faces: list[models.V1FaceDetectionGetResponseFacesItem] = detected.faces
    expect(len(faces) >= 1, "the fake finds at least one face")
    face_files: list[str] = detected.downloaded_paths or []
    expect(len(face_files) == len(faces), f"one file per face, got {face_files}")
    expect(all(Path(f).is_file() and Path(f).parent == out for f in face_files), "faces are in out/")

    # -- 2. create and poll by hand ----------------------------------------------------
    task: models.V1FaceDetectionCreateResponse = client.v1.face_detection.create(
        assets={"target_file_path": "api-assets/compat/face.png"},
    )
    details: models.V1FaceDetectionGetResponse = client.v1.face_detection.get(id=task.id)
    for _ in range(100):
        if details.status in ("complete", "error"):
            break
        time.sleep(0.01)
        details = client.v1.face_detection.get(id=task.id)
    expect(details.status == "complete", f"face detection ended {details.status!r}")
    original_face: str = details.faces[0].path

    # -- 3. use a detected face in a multi-face swap ----------------------------------
    swapped = client.v1.face_swap_photo.generate(
        assets={
            "face_swap_mode": "individual-faces",
            "target_file_path": "api-assets/compat/face.png",
            "face_mappings": [
                {"original_face": original_face, "new_face": str(work / "person.jpg")},
            ],
        },
        name="compat face swap photo",
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(swapped.status == "complete", f"face_swap_photo ended {swapped.status!r}")
    expect(len(swapped.downloaded_paths or []) == len(swapped.downloads) >= 1, "swap downloaded")

    passed("face_detection")


if __name__ == "__main__":
    main()
