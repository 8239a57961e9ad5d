"""The generated workflow helpers of the Magic Hour SDK over real HTTP, sync and async.

`generate()` for one operation of each kind (video, image, audio, face detection) against a fake
Magic Hour API on 127.0.0.1 (tests/support/magic_hour_fake.py): local files are uploaded to the
URLs it hands out (never with the API token), the job is created and polled until it ends, and
its outputs are downloaded byte for byte. Also: a job that fails or is canceled is returned, not
raised; a job that does not finish in time raises WorkflowTimeoutError; `check_result()` and
`files.upload_file()` on their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import magic_hour
import pytest
from magic_hour import WorkflowTimeoutError
from magic_hour.types import models
from support.flavours import Flavour
from support.magic_hour_fake import TOKEN, State, fake_magic_hour


@pytest.fixture
def fake() -> Iterator[tuple[str, State]]:
    with fake_magic_hour() as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Flavour:
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.01")
    return Flavour(request.param)


def local_files(folder: Path, *names: str) -> dict[str, Path]:
    files = {}
    for name in names:
        path = folder / name
        path.write_bytes(f"content of {name}".encode() * 100)
        files[name] = path
    return files


def assert_transfers_carry_no_token(state: State) -> None:
    """Uploads (PUT) and downloads (/_files/) never carry the API's credentials."""
    transfers = [r for r in state.requests if r.method == "PUT" or r.path.startswith("/_files/")]
    assert transfers, "no upload or download happened"
    for request in transfers:
        assert "authorization" not in request.headers, request.path
    api = [r for r in state.requests if r.path.startswith("/v1/")]
    assert all(r.headers.get("authorization") == f"Bearer {TOKEN}" for r in api)


def test_video_generate_uploads_creates_waits_and_downloads(
    flavour: Flavour, fake: tuple[str, State], tmp_path: Path
) -> None:
    url, state = fake
    files = local_files(tmp_path, "voice.mp3", "clip.mp4")
    out = tmp_path / "out" / "nested"  # created on demand
    client = flavour.client(token=TOKEN, base_url=url)
    assets: Any = {
        "audio_file_path": str(files["voice.mp3"]),
        "video_file_path": str(files["clip.mp4"]),
        "video_source": "file",
    }
    result = flavour.run(
        client,
        lambda: client.v1.lip_sync.generate(
            assets=assets,
            start_seconds=0.0,
            end_seconds=5.0,
            name="lip sync",
            download_directory=out,
        ),
    )

    assert isinstance(result, models.V1VideoProjectsGetResponseWithDownloads)
    assert isinstance(result, models.V1VideoProjectsGetResponse)
    assert result.status == "complete"
    # The local files went up once each, byte for byte, and the job got their paths.
    (project,) = state.projects.values()
    sent = project["body"]["assets"]
    assert sent["video_source"] == "file"
    for key, name in (("audio_file_path", "voice.mp3"), ("video_file_path", "clip.mp4")):
        assert sent[key].startswith("api-assets/")
        assert state.assets[sent[key]] == files[name].read_bytes()
    assert assets["audio_file_path"] == str(files["voice.mp3"])  # the caller's dict is unchanged
    # Polled until complete (queued, rendering, complete), then downloaded.
    assert project["gets"] == 3
    assert result.downloaded_paths is not None and len(result.downloaded_paths) == 1
    (saved,) = result.downloaded_paths
    assert Path(saved).parent == out
    assert (
        Path(saved).read_bytes()
        == f"compat-output /_files/{result.id}/{result.id}-output.mp4".encode()
    )
    assert_transfers_carry_no_token(state)


def test_image_generate_downloads_every_output(
    flavour: Flavour, fake: tuple[str, State], tmp_path: Path
) -> None:
    url, state = fake
    client = flavour.client(token=TOKEN, base_url=url)
    result = flavour.run(
        client,
        lambda: client.v1.ai_image_generator.generate(
            image_count=3,
            style={"prompt": "a lighthouse"},
            name="three images",
            download_directory=tmp_path,
        ),
    )
    assert isinstance(result, models.V1ImageProjectsGetResponseWithDownloads)
    paths = result.downloaded_paths
    assert paths is not None and len(paths) == 3 == len(set(paths))
    for index, path in enumerate(paths):
        assert Path(path).read_bytes().endswith(f"-{index}.png".encode())


def test_audio_generate_without_downloading(flavour: Flavour, fake: tuple[str, State]) -> None:
    url, state = fake
    client = flavour.client(token=TOKEN, base_url=url)
    result = flavour.run(
        client,
        lambda: client.v1.ai_voice_generator.generate(
            style={"prompt": "hello", "voice_name": "Elon Musk"}, download_outputs=False
        ),
    )
    assert isinstance(result, models.V1AudioProjectsGetResponseWithDownloads)
    assert result.status == "complete" and result.downloaded_paths is None
    assert not [r for r in state.requests if r.path.startswith("/_files/")]


def test_face_detection_generate_uploads_and_downloads_the_faces(
    flavour: Flavour, fake: tuple[str, State], tmp_path: Path
) -> None:
    url, state = fake
    files = local_files(tmp_path, "group.png")
    client = flavour.client(token=TOKEN, base_url=url)
    result = flavour.run(
        client,
        lambda: client.v1.face_detection.generate(
            assets={"target_file_path": str(files["group.png"])},
            download_directory=tmp_path / "faces",
        ),
    )
    assert isinstance(result, models.V1FaceDetectionGetResponseWithDownloads)
    assert result.status == "complete" and len(result.faces) == 1
    assert result.downloaded_paths == [str(tmp_path / "faces" / "0-0.png")]
    assert_transfers_carry_no_token(state)


@pytest.mark.parametrize("ending", ["error", "canceled"])
def test_a_job_that_ends_badly_is_returned_not_raised(
    flavour: Flavour, fake: tuple[str, State], tmp_path: Path, ending: str
) -> None:
    url, state = fake
    client = flavour.client(token=TOKEN, base_url=url)
    result = flavour.run(
        client,
        lambda: client.v1.ai_image_generator.generate(
            image_count=1,
            style={"prompt": "x"},
            name=f"[status-{ending}]",
            download_directory=tmp_path,
        ),
    )
    assert result.status == ending
    assert result.downloaded_paths is None
    if ending == "error":
        assert result.error is not None and result.error.message == "The fake render failed."
    assert list(tmp_path.iterdir()) == []


def test_a_job_not_finished_in_time_raises_with_its_id(
    flavour: Flavour, fake: tuple[str, State]
) -> None:
    url, state = fake
    client = flavour.client(token=TOKEN, base_url=url)
    (error,) = flavour.run_all(
        client,
        lambda: client.v1.ai_image_generator.generate(
            image_count=1, style={"prompt": "x"}, poll_interval=0.2, wait_timeout=0.05
        ),
        capture=True,
    )
    assert isinstance(error, WorkflowTimeoutError)
    assert isinstance(error, magic_hour.MagicHourError)
    (project,) = state.projects.values()
    assert error.id == project["id"] and error.status in ("queued", "rendering")
    assert f"check_result({project['id']!r})" in str(error)


def test_an_api_error_from_the_create_step_comes_through(
    flavour: Flavour, fake: tuple[str, State]
) -> None:
    url, state = fake
    client = flavour.client(token=TOKEN, base_url=url)
    (error,) = flavour.run_all(
        client,
        lambda: client.v1.ai_image_generator.generate(
            image_count=1, style={"prompt": "x"}, name="[http-422]"
        ),
        capture=True,
    )
    assert isinstance(error, magic_hour.UnprocessableEntityError)
    assert isinstance(error, magic_hour.ApiError)
    assert error.status_code == 422


def test_a_missing_local_file_fails_before_any_request(
    flavour: Flavour, fake: tuple[str, State], tmp_path: Path
) -> None:
    url, state = fake
    client = flavour.client(token=TOKEN, base_url=url)
    with pytest.raises(FileNotFoundError, match="no such file"):
        flavour.run(
            client,
            lambda: client.v1.photo_colorizer.generate(
                assets={"image_file_path": str(tmp_path / "missing.png")}
            ),
        )
    assert state.requests == []


def test_check_result_without_waiting_and_upload_file_alone(
    flavour: Flavour, fake: tuple[str, State], tmp_path: Path
) -> None:
    url, state = fake
    files = local_files(tmp_path, "face.png")
    client = flavour.client(token=TOKEN, base_url=url)
    uploaded, passed_through, created = flavour.run_all(
        client,
        lambda: client.v1.files.upload_file(files["face.png"]),
        lambda: client.v1.files.upload_file("https://example.com/x.png"),
        lambda: client.v1.photo_colorizer.create(
            assets={"image_file_path": "api-assets/compat/face.png"}
        ),
    )
    assert (
        uploaded.startswith("api-assets/")
        and state.assets[uploaded] == files["face.png"].read_bytes()
    )
    assert passed_through == "https://example.com/x.png"
    client = flavour.client(token=TOKEN, base_url=url)
    (now,) = flavour.run_all(
        client, lambda: client.v1.image_projects.check_result(created.id, False)
    )
    assert now.status == "queued" and now.downloaded_paths is None
