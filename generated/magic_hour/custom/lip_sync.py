"""The lip-sync workflow: upload local files, create the job, wait for it, download the video.

Hand-written, kept by the generator. ``client.v1.lip_sync.generate(...)`` calls
:func:`generate_lip_sync` and ``await async_client.v1.lip_sync.generate(...)`` calls
:func:`generate_lip_sync_async`. Both run the same steps:

1. ``files.upload_urls.create`` for an upload URL per local file (audio, and video unless
   the video comes from YouTube), typed by the file's extension;
2. a ``PUT`` of each file's bytes to its ``upload_url`` with the SDK's own HTTP client;
3. ``lip_sync.create`` with the uploaded files' ``file_path``;
4. ``video_projects.get`` until the status is ``complete``, ``error`` or ``canceled``,
   waiting longer between polls (exponential backoff, capped) and giving up after a timeout;
5. a ``GET`` of every ``downloads[].url`` into the output folder.

Everything but the I/O (checking the inputs, the polling schedule, what a status means, the
names of the downloaded files) is shared by the two, below.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import re
import tempfile
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal, TypeAlias

import httpx

from magic_hour._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    NotGiven,
    RequestOptions,
    SDKError,
    SyncBaseClient,
)
from magic_hour.resources.v1.files.upload_urls.client import (
    AsyncUploadUrlsClient,
    UploadUrlsClient,
)
from magic_hour.resources.v1.lip_sync.client import AsyncLipSyncClient, LipSyncClient
from magic_hour.resources.v1.video_projects.client import (
    AsyncVideoProjectsClient,
    VideoProjectsClient,
)
from magic_hour.types import models, params

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_BACKOFF",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "AsyncSleep",
    "Clock",
    "LipSyncError",
    "LipSyncFailedError",
    "LipSyncResult",
    "LipSyncTimeoutError",
    "LipSyncTransferError",
    "PathInput",
    "PollSchedule",
    "SyncSleep",
    "download_file_name",
    "generate_lip_sync",
    "generate_lip_sync_async",
]

PathInput: TypeAlias = str | os.PathLike[str]
"""A local file or folder: a ``str`` or a ``pathlib.Path``."""
SyncSleep: TypeAlias = Callable[[float], None]
AsyncSleep: TypeAlias = Callable[[float], Awaitable[None]]
Clock: TypeAlias = Callable[[], float]
"""Seconds from an arbitrary start that never go backwards, like ``time.monotonic``."""

DEFAULT_TIMEOUT = 1200.0
"""Seconds to wait for the render once the job is created (20 minutes)."""
DEFAULT_POLL_INTERVAL = 2.0
"""Seconds between the first two polls."""
DEFAULT_POLL_BACKOFF = 1.5
"""How much longer each wait between polls is than the one before."""
DEFAULT_MAX_POLL_INTERVAL = 30.0
"""The longest wait between two polls."""

_FAILED = ("error", "canceled")
_CHUNK = 1 << 20
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 128


# -- results and errors --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class LipSyncResult:
    """A finished lip-sync video and the files it was downloaded to."""

    video_id: str
    """The id of the video project (``video_projects.get(id=...)``)."""
    project: models.V1VideoProjectsGetResponse
    """The project as last polled: status ``complete``."""
    downloaded_paths: tuple[Path, ...]
    """Where each of ``project.downloads`` was saved, in the same order."""


class LipSyncError(SDKError):
    """Base class of the errors the lip-sync workflow raises itself.

    Errors of the API calls it makes keep their own classes (``BadRequestError``...), and
    all of them derive from ``SDKError``.
    """


class LipSyncFailedError(LipSyncError):
    """The video project ended with status ``error`` or ``canceled``.

    Attributes:
        project: The project as last polled.
        status: ``"error"`` or ``"canceled"``.
        error_code: The API's error code (``project.error.code``), if it gave one.
        error_message: The API's reason (``project.error.message``), or a description of
            the status when it gave none.
    """

    project: models.V1VideoProjectsGetResponse
    status: str
    error_code: str | None
    error_message: str

    def __init__(self, project: models.V1VideoProjectsGetResponse) -> None:
        self.project = project
        self.status = project.status
        self.error_code = project.error.code if project.error is not None else None
        if project.error is not None:
            self.error_message = project.error.message
        elif project.status == "canceled":
            self.error_message = "the render was canceled"
        else:
            self.error_message = "the API gave no reason"
        code = f" [{self.error_code}]" if self.error_code else ""
        super().__init__(
            f"lip-sync video {project.id} ended with status {project.status!r}: "
            f"{self.error_message}{code}"
        )


class LipSyncTimeoutError(LipSyncError):
    """The video project was not finished ``timeout`` seconds after it was created.

    The job itself goes on: poll ``video_projects.get(id=error.project.id)`` later.

    Attributes:
        project: The project as last polled (status ``queued``, ``rendering``...).
        timeout: The seconds waited.
    """

    project: models.V1VideoProjectsGetResponse
    timeout: float

    def __init__(self, project: models.V1VideoProjectsGetResponse, timeout: float) -> None:
        self.project = project
        self.timeout = timeout
        super().__init__(
            f"lip-sync video {project.id} is still {project.status!r} after {timeout:g} s; "
            f"it may still finish: poll video_projects.get(id={project.id!r}) later"
        )


class LipSyncTransferError(LipSyncError):
    """Uploading a file to its ``upload_url`` or downloading an output failed.

    Attributes:
        url: The URL, without its query (signed URLs carry credentials there).
        status_code: The HTTP status, or ``None`` when no response came (the ``httpx``
            error is then the ``__cause__``).
    """

    url: str
    status_code: int | None

    def __init__(self, message: str, *, url: str, status_code: int | None) -> None:
        super().__init__(message)
        self.url = url
        self.status_code = status_code


# -- the shared logic: inputs, polling, statuses, file names --------------------------


@dataclasses.dataclass(frozen=True)
class PollSchedule:
    """When to poll: waits start at ``interval`` seconds and grow ``backoff`` times each
    poll up to ``max_interval``; after ``timeout`` seconds the workflow gives up."""

    timeout: float = DEFAULT_TIMEOUT
    interval: float = DEFAULT_POLL_INTERVAL
    backoff: float = DEFAULT_POLL_BACKOFF
    max_interval: float = DEFAULT_MAX_POLL_INTERVAL

    def __post_init__(self) -> None:
        if not self.timeout >= 0:
            raise ValueError(f"timeout must be 0 or more seconds, not {self.timeout}")
        if not self.interval > 0:
            raise ValueError(f"poll_interval must be more than 0 seconds, not {self.interval}")
        if not self.backoff >= 1:
            raise ValueError(f"poll_backoff must be 1 or more, not {self.backoff}")
        if not self.max_interval >= self.interval:
            raise ValueError(
                f"max_poll_interval ({self.max_interval}) must not be less than "
                f"poll_interval ({self.interval})"
            )

    def delays(self) -> Iterator[float]:
        """The waits between polls: ``interval``, ``interval * backoff``... capped."""
        delay = self.interval
        while True:
            yield delay
            delay = min(delay * self.backoff, self.max_interval)


class _Poller:
    """Decides, after each poll, whether the workflow is done, failed or waits (how long)."""

    def __init__(self, schedule: PollSchedule, clock: Clock) -> None:
        self._timeout = schedule.timeout
        self._delays = schedule.delays()
        self._clock = clock
        self._deadline = clock() + schedule.timeout

    def next_delay(self, project: models.V1VideoProjectsGetResponse) -> float | None:
        """``None`` once the project is complete, else the seconds to wait before the next
        poll (never past the deadline, so that the last poll happens at the deadline).

        Raises ``LipSyncFailedError`` for ``error`` and ``canceled``, and
        ``LipSyncTimeoutError`` once the deadline has passed. Any other status (``queued``,
        ``rendering``, ``draft`` or one the SDK does not know yet) means "not yet".
        """
        if project.status == "complete":
            return None
        if project.status in _FAILED:
            raise LipSyncFailedError(project)
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise LipSyncTimeoutError(project, self._timeout)
        return min(next(self._delays), remaining)


@dataclasses.dataclass(frozen=True)
class _LocalFile:
    path: Path
    kind: Literal["audio", "video"]
    extension: str

    @property
    def upload_item(self) -> params.V1FilesUploadUrlsCreateBodyItemsItem:
        return {"extension": self.extension, "type": self.kind}


@dataclasses.dataclass(frozen=True)
class _Plan:
    """The checked inputs of one run."""

    files: tuple[_LocalFile, ...]  # the audio, then the video unless it is on YouTube
    youtube_url: str | None
    output_folder: Path
    schedule: PollSchedule

    def upload_items(self) -> list[params.V1FilesUploadUrlsCreateBodyItemsItem]:
        return [file.upload_item for file in self.files]

    def uploads(
        self, response: models.V1FilesUploadUrlsCreateResponse
    ) -> list[tuple[_LocalFile, models.V1FilesUploadUrlsCreateResponseItemsItem]]:
        """Each local file with its upload URL (the API answers in the order asked)."""
        if len(response.items) != len(self.files):
            raise LipSyncError(
                f"asked for {len(self.files)} upload URLs, the API returned {len(response.items)}"
            )
        return list(zip(self.files, response.items, strict=True))

    def assets(
        self, response: models.V1FilesUploadUrlsCreateResponse
    ) -> params.V1LipSyncCreateBodyAssets:
        paths = {file.kind: item.file_path for file, item in self.uploads(response)}
        if self.youtube_url is not None:
            return {
                "audio_file_path": paths["audio"],
                "video_source": "youtube",
                "youtube_url": self.youtube_url,
            }
        return {
            "audio_file_path": paths["audio"],
            "video_source": "file",
            "video_file_path": paths["video"],
        }

    def downloads(self, project: models.V1VideoProjectsGetResponse) -> list[tuple[str, Path]]:
        """Each download URL with the file it goes to, all directly inside the folder."""
        targets: list[tuple[str, Path]] = []
        taken: set[str] = set()
        for index, item in enumerate(project.downloads):
            name = _unique(download_file_name(item.url, f"{project.id}-{index + 1}"), taken)
            target = self.output_folder / name
            if target.parent != self.output_folder:  # cannot happen: the name has no separator
                raise LipSyncError(f"refusing to write {name!r} outside {self.output_folder}")
            targets.append((item.url, target))
        return targets


def _plan(
    *,
    audio_file: PathInput,
    video_file: PathInput | None,
    youtube_url: str | None,
    output_folder: PathInput,
    timeout: float | NotGiven,
    poll_interval: float | NotGiven,
    poll_backoff: float | NotGiven,
    max_poll_interval: float | NotGiven,
) -> _Plan:
    """Checks the inputs before any request is made."""
    if (video_file is None) == (youtube_url is None):
        raise ValueError("give exactly one of video_file and youtube_url")
    files = [_local_file(audio_file, "audio")]
    if video_file is not None:
        files.append(_local_file(video_file, "video"))
    folder = Path(output_folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"output_folder {folder} exists and is not a folder")
    schedule = PollSchedule(
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
        interval=DEFAULT_POLL_INTERVAL if isinstance(poll_interval, NotGiven) else poll_interval,
        backoff=DEFAULT_POLL_BACKOFF if isinstance(poll_backoff, NotGiven) else poll_backoff,
        max_interval=(
            DEFAULT_MAX_POLL_INTERVAL
            if isinstance(max_poll_interval, NotGiven)
            else max_poll_interval
        ),
    )
    return _Plan(tuple(files), youtube_url, folder, schedule)


def _local_file(path: PathInput, kind: Literal["audio", "video"]) -> _LocalFile:
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"{kind}_file {file} is not a file")
    extension = file.suffix.lstrip(".").lower()
    if not extension:
        raise ValueError(
            f"{kind}_file {file} has no extension (such as .mp3 or .mp4) to tell its format by"
        )
    return _LocalFile(file, kind, extension)


def download_file_name(url: str, fallback: str) -> str:
    """The file name a download URL is saved under: the last segment of its path,
    percent-decoded, reduced to letters, digits, ``.``, ``_`` and ``-``.

    Whatever the URL holds (``..%2F..%2Fevil``, backslashes, a bare ``..``), the name has
    no separator and does not start with a dot, so it stays inside the folder; a name
    that comes out empty is replaced by ``fallback`` (reduced the same way).
    """
    segment = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]
    decoded = re.split(r"[/\\]", urllib.parse.unquote(segment))[-1]
    name = _UNSAFE.sub("_", decoded).strip(".")
    if len(name) > _MAX_NAME:  # file systems limit names to about 255 bytes
        stem, dot, extension = name.rpartition(".")
        if dot and stem and len(extension) <= 16:
            name = f"{stem[: _MAX_NAME - len(extension) - 1]}.{extension}"
        else:
            name = name[:_MAX_NAME]
    if name:
        return name
    return _UNSAFE.sub("_", fallback).strip(".") or "download"


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2.ext``... if an earlier download of the run took it (compared
    case-insensitively, as some file systems do)."""
    stem, dot, extension = name.rpartition(".")
    if not stem:
        stem, dot, extension = name, "", ""
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{stem}-{number}{dot}{extension}"
    taken.add(candidate.lower())
    return candidate


def _without_query(url: str) -> str:
    """The URL without user info, query or fragment, which may hold credentials."""
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def _check_transfer(response: httpx.Response, action: str, url: str) -> None:
    if not response.is_success:
        shown = _without_query(url)
        raise LipSyncTransferError(
            f"{action} {shown} failed: HTTP {response.status_code}",
            url=shown,
            status_code=response.status_code,
        )


def _transfer_failed(action: str, url: str, error: httpx.HTTPError) -> LipSyncTransferError:
    shown = _without_query(url)
    return LipSyncTransferError(
        f"{action} {shown} failed: {type(error).__name__}: {error}", url=shown, status_code=None
    )


def _upload_headers(handle: BinaryIO) -> dict[str, str]:
    # A Content-Length, not chunked encoding: signed storage URLs refuse chunked uploads.
    size = os.fstat(handle.fileno()).st_size
    return {"Content-Type": "application/octet-stream", "Content-Length": str(size)}


@contextlib.contextmanager
def _partial_file(target: Path) -> Iterator[BinaryIO]:
    """A new file beside ``target`` that becomes ``target`` only if the block succeeds."""
    fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


def _result(
    project: models.V1VideoProjectsGetResponse, downloads: list[tuple[str, Path]]
) -> LipSyncResult:
    return LipSyncResult(
        video_id=project.id,
        project=project,
        downloaded_paths=tuple(target for _, target in downloads),
    )


# -- synchronous ---------------------------------------------------------------------


def generate_lip_sync(
    base_client: SyncBaseClient,
    *,
    audio_file: PathInput,
    start_seconds: float,
    end_seconds: float,
    output_folder: PathInput,
    video_file: PathInput | None = None,
    youtube_url: str | None = None,
    height: int | NotGiven = NOT_GIVEN,
    max_fps_limit: float | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    width: int | NotGiven = NOT_GIVEN,
    timeout: float | NotGiven = NOT_GIVEN,
    poll_interval: float | NotGiven = NOT_GIVEN,
    poll_backoff: float | NotGiven = NOT_GIVEN,
    max_poll_interval: float | NotGiven = NOT_GIVEN,
    sleep: SyncSleep | None = None,
    clock: Clock | None = None,
    request_options: RequestOptions | None = None,
) -> LipSyncResult:
    """Upload, create, wait for and download a lip-sync video; see ``LipSyncClient.generate``."""
    plan = _plan(
        audio_file=audio_file,
        video_file=video_file,
        youtube_url=youtube_url,
        output_folder=output_folder,
        timeout=timeout,
        poll_interval=poll_interval,
        poll_backoff=poll_backoff,
        max_poll_interval=max_poll_interval,
    )
    http = base_client._client
    uploaded = UploadUrlsClient(base_client=base_client).create(
        items=plan.upload_items(), request_options=request_options
    )
    for file, item in plan.uploads(uploaded):
        _upload(http, file.path, item.upload_url)
    created = LipSyncClient(base_client=base_client).create(
        assets=plan.assets(uploaded),
        start_seconds=start_seconds,
        end_seconds=end_seconds,
        height=height,
        max_fps_limit=max_fps_limit,
        name=name,
        width=width,
        request_options=request_options,
    )

    projects = VideoProjectsClient(base_client=base_client)
    poller = _Poller(plan.schedule, clock or time.monotonic)
    wait = sleep or time.sleep
    while True:
        project = projects.get(id=created.id, request_options=request_options)
        delay = poller.next_delay(project)
        if delay is None:
            break
        wait(delay)

    downloads = plan.downloads(project)
    plan.output_folder.mkdir(parents=True, exist_ok=True)
    for url, target in downloads:
        _download(http, url, target)
    return _result(project, downloads)


def _read_chunks(handle: BinaryIO) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


def _upload(http: httpx.Client, path: Path, url: str) -> None:
    try:
        with path.open("rb") as handle:
            response = http.put(url, content=_read_chunks(handle), headers=_upload_headers(handle))
    except httpx.HTTPError as error:
        raise _transfer_failed("upload to", url, error) from error
    _check_transfer(response, "upload to", url)


def _download(http: httpx.Client, url: str, target: Path) -> None:
    try:
        with _partial_file(target) as handle:
            with http.stream("GET", url, follow_redirects=True) as response:
                _check_transfer(response, "download of", url)
                for chunk in response.iter_bytes():
                    handle.write(chunk)
    except httpx.HTTPError as error:
        raise _transfer_failed("download of", url, error) from error


# -- asynchronous --------------------------------------------------------------------


async def generate_lip_sync_async(
    base_client: AsyncBaseClient,
    *,
    audio_file: PathInput,
    start_seconds: float,
    end_seconds: float,
    output_folder: PathInput,
    video_file: PathInput | None = None,
    youtube_url: str | None = None,
    height: int | NotGiven = NOT_GIVEN,
    max_fps_limit: float | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    width: int | NotGiven = NOT_GIVEN,
    timeout: float | NotGiven = NOT_GIVEN,
    poll_interval: float | NotGiven = NOT_GIVEN,
    poll_backoff: float | NotGiven = NOT_GIVEN,
    max_poll_interval: float | NotGiven = NOT_GIVEN,
    sleep: AsyncSleep | None = None,
    clock: Clock | None = None,
    request_options: RequestOptions | None = None,
) -> LipSyncResult:
    """The asynchronous :func:`generate_lip_sync`; see ``AsyncLipSyncClient.generate``."""
    plan = _plan(
        audio_file=audio_file,
        video_file=video_file,
        youtube_url=youtube_url,
        output_folder=output_folder,
        timeout=timeout,
        poll_interval=poll_interval,
        poll_backoff=poll_backoff,
        max_poll_interval=max_poll_interval,
    )
    http = base_client._client
    uploaded = await AsyncUploadUrlsClient(base_client=base_client).create(
        items=plan.upload_items(), request_options=request_options
    )
    for file, item in plan.uploads(uploaded):
        await _upload_async(http, file.path, item.upload_url)
    created = await AsyncLipSyncClient(base_client=base_client).create(
        assets=plan.assets(uploaded),
        start_seconds=start_seconds,
        end_seconds=end_seconds,
        height=height,
        max_fps_limit=max_fps_limit,
        name=name,
        width=width,
        request_options=request_options,
    )

    projects = AsyncVideoProjectsClient(base_client=base_client)
    poller = _Poller(plan.schedule, clock or time.monotonic)
    wait = sleep or asyncio.sleep
    while True:
        project = await projects.get(id=created.id, request_options=request_options)
        delay = poller.next_delay(project)
        if delay is None:
            break
        await wait(delay)

    downloads = plan.downloads(project)
    plan.output_folder.mkdir(parents=True, exist_ok=True)
    for url, target in downloads:
        await _download_async(http, url, target)
    return _result(project, downloads)


async def _read_chunks_async(handle: BinaryIO) -> AsyncIterator[bytes]:
    while chunk := await asyncio.to_thread(handle.read, _CHUNK):
        yield chunk


async def _upload_async(http: httpx.AsyncClient, path: Path, url: str) -> None:
    try:
        with path.open("rb") as handle:
            response = await http.put(
                url, content=_read_chunks_async(handle), headers=_upload_headers(handle)
            )
    except httpx.HTTPError as error:
        raise _transfer_failed("upload to", url, error) from error
    _check_transfer(response, "upload to", url)


async def _download_async(http: httpx.AsyncClient, url: str, target: Path) -> None:
    try:
        with _partial_file(target) as handle:
            async with http.stream("GET", url, follow_redirects=True) as response:
                _check_transfer(response, "download of", url)
                async for chunk in response.aiter_bytes():
                    await asyncio.to_thread(handle.write, chunk)
    except httpx.HTTPError as error:
        raise _transfer_failed("download of", url, error) from error
