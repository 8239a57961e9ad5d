"""File uploads, as a magic-hour user writes them.

1. ``files.upload_file`` with a ``str`` path, a ``pathlib.Path``, an open binary file and
   the ``file=`` keyword; each returns the ``file_path`` to put in ``assets``.
2. ``files.upload_file`` passes URLs and ``api-assets/...`` paths through untouched.
3. ``files.upload_urls.create`` + a PUT by hand (the documented manual flow).
4. The local errors: a missing file, an extension that is not image/video/audio.

See README.md beside this file for what the fake server must answer (including the
``GET /_fake/assets/{file_path}`` inspection endpoint used to check the bytes).
"""

from __future__ import annotations

import httpx

from magic_hour import Client
from magic_hour.types import models, params

from _support import api_token, base_url, expect, fixture_bytes, passed, workdir


def uploaded_bytes(file_path: str) -> bytes:
    """What the fake server received for ``file_path`` (fake-server-only endpoint)."""
    response = httpx.get(f"{base_url()}/_fake/assets/{file_path}")
    response.raise_for_status()
    return response.content


def main() -> None:
    work = workdir("files")
    client = Client(token=api_token(), base_url=base_url())

    # -- 1. the four ways to name a local file -----------------------------------------
    from_str: str = client.v1.files.upload_file(str(work / "clip.mp4"))
    from_path: str = client.v1.files.upload_file(work / "face.png")
    with open(work / "voice.mp3", "rb") as handle:
        from_handle: str = client.v1.files.upload_file(handle)
    by_keyword: str = client.v1.files.upload_file(file=str(work / "person.jpg"))

    for file_path, fixture in [
        (from_str, "clip.mp4"),
        (from_path, "face.png"),
        (from_handle, "voice.mp3"),
        (by_keyword, "person.jpg"),
    ]:
        expect(file_path.startswith("api-assets/"), f"{fixture} -> {file_path!r}")
        expect(file_path.endswith("." + fixture.rsplit(".", 1)[1]), f"{file_path!r} keeps the extension")
        expect(uploaded_bytes(file_path) == fixture_bytes(fixture), f"bytes of {fixture} arrived intact")
    expect(len({from_str, from_path, from_handle, by_keyword}) == 4, "each upload gets its own path")

    # -- 2. nothing to upload ------------------------------------------------------------
    remote = "https://cdn.example.com/inputs/talk.mp4"
    expect(client.v1.files.upload_file(remote) == remote, "a URL is returned as is")
    expect(
        client.v1.files.upload_file("api-assets/compat/face.png") == "api-assets/compat/face.png",
        "an api-assets/ path is returned as is",
    )

    # -- 3. the manual flow --------------------------------------------------------------
    wanted: list[params.V1FilesUploadUrlsCreateBodyItemsItem] = [
        {"extension": "mp4", "type_": "video"},
        {"extension": "mp3", "type_": "audio"},
    ]
    urls: models.V1FilesUploadUrlsCreateResponse = client.v1.files.upload_urls.create(items=wanted)
    expect(len(urls.items) == 2, "one upload URL per item, in order")
    video_slot: models.V1FilesUploadUrlsCreateResponseItemsItem = urls.items[0]
    expect(video_slot.file_path.endswith(".mp4"), f"first slot is the video: {video_slot.file_path}")
    expect(urls.items[1].file_path.endswith(".mp3"), "second slot is the audio")
    expect(video_slot.expires_at != "", "slots carry expires_at")
    put = httpx.put(video_slot.upload_url, content=(work / "clip.mp4").read_bytes())
    put.raise_for_status()
    expect(uploaded_bytes(video_slot.file_path) == fixture_bytes("clip.mp4"), "manual PUT arrived")

    # -- 4. local errors, raised before any request ---------------------------------------
    try:
        client.v1.files.upload_file(str(work / "missing.mp4"))
    except FileNotFoundError:
        pass
    else:
        raise AssertionError("a missing file raises FileNotFoundError")

    (work / "notes.txt").write_text("not media")
    try:
        client.v1.files.upload_file(str(work / "notes.txt"))
    except ValueError:
        pass
    else:
        raise AssertionError("a .txt file raises ValueError (not image, video or audio)")

    passed("file_upload")


if __name__ == "__main__":
    main()
