"""The hand-written lip-sync workflow (``client.v1.lip_sync.generate``) end to end over HTTP.

One ``LocalServer`` plays every party: the Magic Hour API, the storage the files are PUT to
(the upload URLs point at it) and the CDN the outputs are downloaded from (so do the download
URLs). Polling runs on a fake clock, so the timeout tests take no time. Each scenario runs
through ``Client`` and ``AsyncClient``; the README examples of the helper run too.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import GENERATED
from magic_hour import AsyncClient, Client, MagicHourError
from magic_hour.custom.lip_sync import (
    LipSyncError,
    LipSyncFailedError,
    LipSyncResult,
    LipSyncTimeoutError,
    LipSyncTransferError,
    PollSchedule,
    download_file_name,
)
from support.http_server import LocalServer, RecordedRequest, ScriptedResponse

TOKEN = "sk-test-workflow-0123456789"
VIDEO_ID = "vp_1"
PROJECT_PATH = f"/v1/video-projects/{VIDEO_ID}"
AUDIO_BYTES = b"ID3\x03 fake mp3 \x00\xff" * 50
VIDEO_BYTES = bytes(range(256)) * 40
OUTPUT_BYTES = b"\x00\x00\x00\x18ftypmp42 rendered video" * 30
README = GENERATED / "magic_hour" / "resources" / "v1" / "lip_sync" / "README.md"


# -- fixtures and helpers ----------------------------------------------------------


class FakeTime:
    """A clock that moves only when the workflow sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Flavour:
    """Runs ``client.v1.lip_sync.generate(...)`` through ``Client`` or ``AsyncClient``, with
    an ``http_client`` of our own whose hooks record what went through it."""

    def __init__(self, name: str) -> None:
        self.is_async = name == "async"
        self.sent: list[tuple[str, str]] = []  # (method, url) seen by the SDK's httpx client

    def generate(self, server: LocalServer, fake: FakeTime, **kwargs: Any) -> LipSyncResult:
        kwargs.setdefault("clock", fake.clock)
        if not self.is_async:
            http = httpx.Client(
                timeout=5.0, event_hooks={"request": [self._record]}, follow_redirects=True
            )
            with http, Client(token=TOKEN, base_url=server.url, http_client=http) as client:
                return client.v1.lip_sync.generate(sleep=fake.sleep, **kwargs)

        async def record(request: httpx.Request) -> None:
            self._record(request)

        async def main() -> LipSyncResult:
            async with (
                httpx.AsyncClient(timeout=5.0, event_hooks={"request": [record]}) as http,
                AsyncClient(token=TOKEN, base_url=server.url, http_client=http) as client,
            ):
                return await client.v1.lip_sync.generate(sleep=fake.async_sleep, **kwargs)

        return asyncio.run(main())

    def _record(self, request: httpx.Request) -> None:
        self.sent.append((request.method, str(request.url)))


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    return Flavour(request.param)


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "inputs"
    folder.mkdir()
    audio, video = folder / "speech.MP3", folder / "face.mp4"
    audio.write_bytes(AUDIO_BYTES)
    video.write_bytes(VIDEO_BYTES)
    return {"audio_file": audio, "video_file": video}


def upload_item(server: LocalServer, name: str) -> dict[str, str]:
    return {
        "expires_at": "2024-07-25T16:56:21.932Z",
        "file_path": f"api-assets/id/{name}",
        # Signed storage URLs carry their credentials in the query.
        "upload_url": f"{server.url}/storage/{name}?X-Amz-Signature=s3cr3t-{name}",
    }


def project(status: str, *, downloads: Sequence[str] = (), error: Any = None) -> dict[str, Any]:
    return {
        "created_at": "2024-07-25T16:56:21.932Z",
        "credits_charged": 450,
        "downloads": [{"expires_at": "2024-07-26T16:56:21.932Z", "url": u} for u in downloads],
        "enabled": True,
        "end_seconds": 15.0,
        "error": error,
        "fps": 30.0,
        "height": 960 if status == "complete" else -1,
        "id": VIDEO_ID,
        "name": "Lip Sync video",
        "start_seconds": 0.0,
        "status": status,
        "type": "LIP_SYNC",
        "width": 512 if status == "complete" else -1,
    }


def script(
    server: LocalServer,
    *projects: dict[str, Any],
    files: tuple[str, ...] = ("audio.mp3", "video.mp4"),
) -> None:
    """The API's answers: upload URLs for ``files``, the created job, then ``projects`` for
    successive polls (the last one repeats); the storage accepts every PUT."""
    server.respond(
        "POST",
        "/v1/files/upload-urls",
        ScriptedResponse(200, json={"items": [upload_item(server, f) for f in files]}),
    )
    for name in files:
        server.respond("PUT", f"/storage/{name}", ScriptedResponse(200))
    server.respond(
        "POST",
        "/v1/lip-sync",
        ScriptedResponse(
            200, json={"credits_charged": 450, "estimated_frame_cost": 450, "id": VIDEO_ID}
        ),
    )
    server.respond("GET", PROJECT_PATH, *(ScriptedResponse(200, json=p) for p in projects))


def requests_to(server: LocalServer, method: str, path: str) -> list[RecordedRequest]:
    return [r for r in server.requests if r.method == method and r.path == path]


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# -- the happy path ----------------------------------------------------------------


def test_uploads_creates_polls_with_backoff_and_downloads(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    output_url = f"{server.url}/cdn/{VIDEO_ID}/lip-sync%20output.mp4?Expires=1&Signature=x"
    script(
        server,
        project("queued"),
        project("rendering"),
        project("rendering"),
        project("complete", downloads=[output_url]),
    )
    server.respond(
        "GET", f"/cdn/{VIDEO_ID}/lip-sync%20output.mp4", ScriptedResponse(200, body=OUTPUT_BYTES)
    )
    fake = FakeTime()
    out = tmp_path / "out" / "nested"  # missing: created

    result = flavour.generate(
        server,
        fake,
        **inputs,
        start_seconds=0.0,
        end_seconds=15.0,
        output_folder=out,
        name="Lip Sync video",
        poll_interval=1.0,
        poll_backoff=2.0,
        max_poll_interval=30.0,
    )

    # 1. upload URLs: one per file, typed, with the extension of the file name (lower-cased).
    (asked,) = requests_to(server, "POST", "/v1/files/upload-urls")
    assert asked.headers["authorization"] == f"Bearer {TOKEN}"
    assert asked.json() == {
        "items": [{"extension": "mp3", "type": "audio"}, {"extension": "mp4", "type": "video"}]
    }
    # 2. each file's bytes PUT to its upload URL, signature query kept, no API token leaked.
    for name, content in (("audio.mp3", AUDIO_BYTES), ("video.mp4", VIDEO_BYTES)):
        (put,) = requests_to(server, "PUT", f"/storage/{name}")
        assert put.body == content
        assert put.headers["content-type"] == "application/octet-stream"
        assert put.headers["content-length"] == str(len(content))
        assert "transfer-encoding" not in put.headers
        assert put.raw_query == f"X-Amz-Signature=s3cr3t-{name}"
        assert "authorization" not in put.headers
    # 3. the job created with the returned file paths and only the arguments given.
    (created,) = requests_to(server, "POST", "/v1/lip-sync")
    assert created.json() == {
        "assets": {
            "audio_file_path": "api-assets/id/audio.mp3",
            "video_file_path": "api-assets/id/video.mp4",
            "video_source": "file",
        },
        "end_seconds": 15.0,
        "start_seconds": 0.0,
        "name": "Lip Sync video",
    }
    # 4. polled until complete: first poll at once, then waits of 1, 2, 4 seconds.
    assert len(requests_to(server, "GET", PROJECT_PATH)) == 4
    assert fake.sleeps == [1.0, 2.0, 4.0]
    # 5. the output downloaded, named after the URL's last path segment, made safe.
    target = out / "lip-sync_output.mp4"
    assert result == LipSyncResult(
        video_id=VIDEO_ID, project=result.project, downloaded_paths=(target,)
    )
    assert result.project.status == "complete"
    assert target.read_bytes() == OUTPUT_BYTES
    assert files_under(out) == {"lip-sync_output.mp4"}  # no temporary file left behind
    with pytest.raises(AttributeError):
        result.video_id = "other"  # type: ignore[misc]

    # Everything, uploads and downloads included, went through the SDK's own httpx client.
    order = [(method, url.split("?")[0].removeprefix(server.url)) for method, url in flavour.sent]
    assert order == [
        ("POST", "/v1/files/upload-urls"),
        ("PUT", "/storage/audio.mp3"),
        ("PUT", "/storage/video.mp4"),
        ("POST", "/v1/lip-sync"),
        *[("GET", PROJECT_PATH)] * 4,
        ("GET", f"/cdn/{VIDEO_ID}/lip-sync%20output.mp4"),
    ]
    assert len(server.requests) == len(order)


def test_youtube_video_uploads_only_the_audio(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    script(server, project("complete", downloads=[]), files=("audio.mp3",))
    youtube = "https://www.youtube.com/watch?v=VIDEO_ID"

    result = flavour.generate(
        server,
        FakeTime(),
        audio_file=str(inputs["audio_file"]),
        youtube_url=youtube,
        start_seconds=1.5,
        end_seconds=4.0,
        output_folder=tmp_path / "out",
        height=960,
        width=512,
        max_fps_limit=12.0,
    )

    assert requests_to(server, "POST", "/v1/files/upload-urls")[0].json() == {
        "items": [{"extension": "mp3", "type": "audio"}]
    }
    assert requests_to(server, "PUT", "/storage/audio.mp3")[0].body == AUDIO_BYTES
    assert requests_to(server, "POST", "/v1/lip-sync")[0].json() == {
        "assets": {
            "audio_file_path": "api-assets/id/audio.mp3",
            "video_source": "youtube",
            "youtube_url": youtube,
        },
        "end_seconds": 4.0,
        "start_seconds": 1.5,
        "height": 960,
        "max_fps_limit": 12.0,
        "width": 512,
    }
    assert result.downloaded_paths == ()
    assert (tmp_path / "out").is_dir()


# -- failures ----------------------------------------------------------------------


def test_status_error_raises_failed_error_with_the_reason(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    reason = {"code": "no_face_detected", "message": "No face was detected in the video"}
    script(server, project("rendering"), project("error", error=reason))
    fake = FakeTime()

    with pytest.raises(LipSyncFailedError) as caught:
        flavour.generate(
            server,
            fake,
            **inputs,
            start_seconds=0.0,
            end_seconds=15.0,
            output_folder=tmp_path / "out",
        )

    error = caught.value
    assert isinstance(error, LipSyncError) and isinstance(error, MagicHourError)
    assert error.status == "error"
    assert error.error_message == "No face was detected in the video"
    assert error.error_code == "no_face_detected"
    assert error.project.id == VIDEO_ID and error.project.status == "error"
    assert "No face was detected in the video" in str(error)
    assert "no_face_detected" in str(error)
    assert fake.sleeps == [2.0]  # the defaults: first wait 2 s
    assert len(requests_to(server, "GET", PROJECT_PATH)) == 2
    assert not (tmp_path / "out").exists()  # nothing to download, no folder made


def test_canceled_raises_failed_error(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    script(server, project("queued"), project("canceled"))

    with pytest.raises(LipSyncFailedError) as caught:
        flavour.generate(
            server,
            FakeTime(),
            **inputs,
            start_seconds=0.0,
            end_seconds=15.0,
            output_folder=tmp_path / "out",
        )

    assert caught.value.status == "canceled"
    assert caught.value.error_code is None
    assert caught.value.error_message == "the render was canceled"
    assert "canceled" in str(caught.value)


def test_timeout_raises_with_the_last_project_after_capped_backoff(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    script(server, project("queued"), project("rendering"))  # rendering forever
    fake = FakeTime()
    started = time.monotonic()

    with pytest.raises(LipSyncTimeoutError) as caught:
        flavour.generate(
            server,
            fake,
            **inputs,
            start_seconds=0.0,
            end_seconds=15.0,
            output_folder=tmp_path / "out",
            timeout=20.0,
            poll_interval=1.0,
            poll_backoff=2.0,
            max_poll_interval=5.0,
        )

    # The waits double up to the cap, and the last one stops at the deadline (20 s), where
    # one last poll is made before giving up.
    assert fake.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 3.0]
    assert sum(fake.sleeps) == 20.0
    assert len(requests_to(server, "GET", PROJECT_PATH)) == len(fake.sleeps) + 1
    error = caught.value
    assert isinstance(error, MagicHourError)
    assert error.timeout == 20.0
    assert error.project.status == "rendering" and error.project.id == VIDEO_ID
    assert VIDEO_ID in str(error) and "rendering" in str(error)
    assert time.monotonic() - started < 5  # the fake clock: no real waiting


def test_a_zero_timeout_polls_once(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    script(server, project("rendering"))
    fake = FakeTime()
    with pytest.raises(LipSyncTimeoutError):
        flavour.generate(
            server,
            fake,
            **inputs,
            start_seconds=0.0,
            end_seconds=15.0,
            output_folder=tmp_path / "out",
            timeout=0,
        )
    assert fake.sleeps == []
    assert len(requests_to(server, "GET", PROJECT_PATH)) == 1


def test_a_refused_upload_raises_transfer_error_without_the_signature(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    # Queued first, so the storage refuses the first PUT of the video.
    server.respond("PUT", "/storage/video.mp4", ScriptedResponse(403, body=b"<Error/>"))
    script(server, project("complete"))

    with pytest.raises(LipSyncTransferError) as caught:
        flavour.generate(
            server,
            FakeTime(),
            **inputs,
            start_seconds=0.0,
            end_seconds=15.0,
            output_folder=tmp_path / "out",
        )

    assert caught.value.status_code == 403
    assert caught.value.url == f"{server.url}/storage/video.mp4"
    assert "s3cr3t" not in str(caught.value)
    assert requests_to(server, "POST", "/v1/lip-sync") == []  # never created


def test_a_failed_download_raises_transfer_error_and_leaves_no_file(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    urls = [f"{server.url}/cdn/ok.mp4", f"{server.url}/cdn/gone.mp4?Signature=s3cr3t"]
    script(server, project("complete", downloads=urls))
    server.respond("GET", "/cdn/ok.mp4", ScriptedResponse(200, body=OUTPUT_BYTES))
    server.respond("GET", "/cdn/gone.mp4", ScriptedResponse(404, body=b"expired"))
    out = tmp_path / "out"

    with pytest.raises(LipSyncTransferError) as caught:
        flavour.generate(
            server, FakeTime(), **inputs, start_seconds=0.0, end_seconds=15.0, output_folder=out
        )

    assert caught.value.status_code == 404
    assert caught.value.url == f"{server.url}/cdn/gone.mp4"
    assert "s3cr3t" not in str(caught.value)
    assert files_under(out) == {"ok.mp4"}  # no partial file of the failed download


def test_download_urls_cannot_escape_the_output_folder(
    flavour: Flavour, server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    paths = [
        "/cdn/..%2F..%2Fevil",  # decodes to ../../evil
        "/cdn/%2E%2E",  # decodes to ..
        "/cdn/x/..%5C..%5Cwin.mp4",  # backslashes
        "/cdn/a/video.mp4",
        "/cdn/b/VIDEO.mp4",  # the same name on a case-insensitive file system
    ]
    script(server, project("complete", downloads=[server.url + p for p in paths]))
    for number, path in enumerate(paths):
        server.respond("GET", path, ScriptedResponse(200, body=b"payload %d" % number))
    out = tmp_path / "a" / "b" / "out"

    result = flavour.generate(
        server, FakeTime(), **inputs, start_seconds=0.0, end_seconds=15.0, output_folder=out
    )

    names = ["evil", f"{VIDEO_ID}-2", "win.mp4", "video.mp4", "VIDEO-2.mp4"]
    assert result.downloaded_paths == tuple(out / name for name in names)
    for number, name in enumerate(names):
        assert (out / name).read_bytes() == b"payload %d" % number
    # Every request really carried the hostile path, and nothing landed outside the folder.
    assert {r.path for r in server.requests if r.path.startswith("/cdn/")} == set(paths)
    assert files_under(tmp_path) == {f"inputs/{p.name}" for p in inputs.values()} | {
        f"a/b/out/{name}" for name in names
    }


def test_download_file_names() -> None:
    assert download_file_name("https://cdn.example/v/out.mp4?sig=1", "f") == "out.mp4"
    assert download_file_name("https://cdn.example/v/..%2F..%2Fevil", "f") == "evil"
    assert download_file_name("https://cdn.example/v/..", "f") == "f"
    assert download_file_name("https://cdn.example/", "../x") == "_x"
    assert download_file_name("https://cdn.example/.hidden", "f") == "hidden"
    assert download_file_name("https://cdn.example/a%00b%0A.mp4", "f") == "a_b_.mp4"
    assert download_file_name("https://cdn.example/" + "é" * 300 + ".mp4", "f") == "_.mp4"
    long = download_file_name("https://cdn.example/" + "a" * 300 + ".mp4", "f")
    assert len(long) == 128 and long.endswith(".mp4")


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": -1.0},
        {"interval": 0.0},
        {"backoff": 0.5},
        {"interval": 10.0, "max_interval": 5.0},
    ],
)
def test_bad_poll_schedules_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PollSchedule(**options)


def test_bad_inputs_are_refused_before_any_request(
    server: LocalServer, inputs: dict[str, Path], tmp_path: Path
) -> None:
    common: dict[str, Any] = {"start_seconds": 0.0, "end_seconds": 1.0, "output_folder": tmp_path}
    no_extension = tmp_path / "audio"
    no_extension.write_bytes(b"x")
    with Client(token=TOKEN, base_url=server.url) as client:
        generate: Callable[..., Any] = client.v1.lip_sync.generate
        with pytest.raises(ValueError, match="exactly one"):
            generate(audio_file=inputs["audio_file"], **common)
        with pytest.raises(ValueError, match="exactly one"):
            generate(**inputs, youtube_url="https://youtu.be/x", **common)
        with pytest.raises(FileNotFoundError):
            generate(audio_file=tmp_path / "missing.mp3", youtube_url="u", **common)
        with pytest.raises(ValueError, match="no extension"):
            generate(audio_file=no_extension, youtube_url="u", **common)
        with pytest.raises(ValueError, match="poll_backoff"):
            generate(**inputs, poll_backoff=0.1, **common)
    assert server.requests == []


def test_importing_the_resource_does_not_import_the_workflow() -> None:
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, magic_hour.resources.v1.lip_sync.client; "
            "print('magic_hour.custom.lip_sync' in sys.modules)",
        ],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "False"


# -- the README examples of the helper run as written --------------------------------

DOCS = re.search(
    r"^<!-- @custom-begin docs -->\n(.*)^<!-- @custom-end docs -->",
    README.read_text(encoding="utf-8"),
    re.MULTILINE | re.DOTALL,
)
EXAMPLES = re.findall(r"^```py\n(.*?)^```$", DOCS.group(1) if DOCS else "", re.M | re.S)


def test_the_readme_documents_the_helper() -> None:
    assert DOCS is not None
    assert '### Generate a lip-sync video end to end <a name="generate"></a>' in DOCS.group(1)
    assert len(EXAMPLES) == 3
    assert any("AsyncClient" in code and "await" in code for code in EXAMPLES)


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example-{n}" for n in range(len(EXAMPLES))])
def test_readme_example_runs(
    code: str,
    server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", TOKEN)
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", server.url)
    (tmp_path / "speech.mp3").write_bytes(AUDIO_BYTES)
    (tmp_path / "face.mp4").write_bytes(VIDEO_BYTES)
    files = ("audio.mp3",) if "youtube_url" in code else ("audio.mp3", "video.mp4")
    script(server, project("complete", downloads=[f"{server.url}/cdn/out.mp4"]), files=files)
    server.respond("GET", "/cdn/out.mp4", ScriptedResponse(200, body=OUTPUT_BYTES))

    exec(compile(code, "README example", "exec"), {"__name__": "__main__"})

    assert (tmp_path / "outputs" / "out.mp4").read_bytes() == OUTPUT_BYTES
    assert all(
        r.headers.get("authorization") == f"Bearer {TOKEN}"
        for r in server.requests
        if r.path.startswith("/v1/")
    )
    if "print(result" in code:
        assert VIDEO_ID in capsys.readouterr().out
