"""Workflows over several calls: upload local files, wait for a job, download its outputs.

Generated `generate()`, `check_result()` and `upload_file()` methods describe their API's way of
doing these (which fields take files, which status means done, where the outputs are listed)
with `Uploads` and `Job`, and pass in the typed calls they make; the work is done here, the same
in every SDK, in a synchronous and an asynchronous flavour.

Files are uploaded and downloaded with an HTTP client of their own that never carries the API's
credentials: upload and download URLs are pre-signed, often on another host.
"""

from __future__ import annotations

import asyncio
import dataclasses
import fnmatch
import logging
import mimetypes
import os
import pathlib
import re
import tempfile
import time
import urllib.parse
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import IO, Any, TypeVar

import httpx
import pydantic

from .errors import DownloadError, UploadError, WorkflowTimeoutError
from .transports import AsyncHttpClient, HttpClient

__all__ = [
    "Job",
    "LocalFile",
    "Uploads",
    "async_download_outputs",
    "async_upload_file",
    "async_check_job",
    "async_upload_local_files",
    "async_wait_for_result",
    "check_job",
    "download_outputs",
    "poll_interval_from",
    "upload_file",
    "upload_local_files",
    "wait_for_result",
]

log = logging.getLogger(__name__.rsplit(".", 2)[0])

T = TypeVar("T")
R = TypeVar("R", bound=pydantic.BaseModel)
W = TypeVar("W", bound=pydantic.BaseModel)

# A file to upload: a path (text or os.PathLike) or an open binary file with a name.
LocalFile = str | os.PathLike[str] | IO[bytes]

_CHUNK = 1024 * 1024
_MAX_POLL_INTERVAL = 10.0
_POLL_BACKOFF = 1.5
_DEFAULT_POLL_INTERVAL = 0.5


@dataclasses.dataclass(frozen=True)
class Uploads:
    """How an API takes files: ask one operation for upload URLs, PUT the bytes there, then
    send the path it gave instead of the file.

    Attributes:
        file_fields: Names (glob patterns) of the body properties that take files.
        items: The list of files in the upload operation's request and response.
        extension: Per request item, the file's extension (without the dot).
        kind: Per request item, the file's kind: `image`, `video` or `audio`.
        upload_url: Per response item, where to PUT the file.
        file_path: Per response item, the value to send in place of the file.
        uploaded_prefix: A value with this prefix is already an uploaded file.
    """

    file_fields: tuple[str, ...]
    items: str
    extension: str
    kind: str
    upload_url: str
    file_path: str
    uploaded_prefix: str = ""

    def takes_files(self, name: str) -> bool:
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in self.file_fields)


@dataclasses.dataclass(frozen=True)
class Job:
    """How an API reports a job: a status field, its terminal values, the outputs.

    Attributes:
        status: The result's field (wire name) that says where the work is.
        succeeded: Statuses meaning the job is done and its outputs are ready.
        failed: Statuses meaning the job ended without outputs.
        outputs: Where the result lists its files' URLs: wire names, with `[]` for
            each item of a list (`("downloads", "[]", "url")`); empty when it has none.
    """

    status: str
    succeeded: frozenset[str]
    failed: frozenset[str]
    outputs: tuple[str, ...] = ()

    def status_of(self, result: pydantic.BaseModel) -> str:
        value = result.model_dump(mode="json", by_alias=True).get(self.status)
        return str(value) if value is not None else ""

    def output_urls(self, result: pydantic.BaseModel) -> list[str]:
        values: list[Any] = [result.model_dump(mode="json", by_alias=True)]
        for step in self.outputs:
            found: list[Any] = []
            for value in values:
                if step == "[]":
                    found.extend(value if isinstance(value, list) else [])
                elif isinstance(value, dict) and value.get(step) is not None:
                    found.append(value[step])
            values = found
        return [value for value in values if isinstance(value, str) and value]


def poll_interval_from(variable: str, given: float | None) -> float:
    """The first wait between polls: `given`, else the environment variable, else 0.5 s."""
    if given is not None:
        return given
    text = os.environ.get(variable, "")
    try:
        return float(text) if text else _DEFAULT_POLL_INTERVAL
    except ValueError:
        raise ValueError(f"{variable}={text!r} is not a number of seconds") from None


# -- uploads ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Local:
    """A local file found in a request, and what to ask an upload URL for."""

    source: object  # a LocalFile
    name: str
    extension: str
    kind: str


def _local(value: object, uploads: Uploads, where: str) -> _Local | None:
    """The local file `value` names, or None when it is a URL or already uploaded."""
    if isinstance(value, str):
        if _is_url(value) or (
            uploads.uploaded_prefix and value.startswith(uploads.uploaded_prefix)
        ):
            return None
        if not os.path.isfile(value):
            raise FileNotFoundError(f"{where}: no such file: {value}")
        name: str = value
    elif isinstance(value, os.PathLike):
        name = os.fspath(value)
        if not os.path.isfile(name):
            raise FileNotFoundError(f"{where}: no such file: {name}")
    elif hasattr(value, "read"):
        found = getattr(value, "name", None)
        if not isinstance(found, str):
            raise ValueError(f"{where}: an open file needs a name to tell its type")
        name = found
    else:
        return None
    extension = pathlib.PurePath(name).suffix.lower().lstrip(".")
    media_type, _ = mimetypes.guess_type(f"file.{extension}", strict=False)
    kind = (media_type or "").split("/")[0]
    if not extension or kind not in ("image", "video", "audio"):
        raise ValueError(
            f"{where}: cannot tell whether {name} is an image, a video or audio"
        )
    return _Local(value, name, extension, kind)


def _is_url(text: str) -> bool:
    parsed = urllib.parse.urlsplit(text)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _find_files(
    value: object, uploads: Uploads, where: str, takes_files: bool
) -> Iterator[_Local]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _find_files(
                item, uploads, f"{where}.{key}", uploads.takes_files(str(key))
            )
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _find_files(item, uploads, f"{where}[{index}]", takes_files)
    elif takes_files:
        local = _local(value, uploads, where)
        if local is not None:
            yield local


def _replaced(
    value: Any, uploads: Uploads, paths: dict[int, str], takes_files: bool
) -> Any:
    """A copy of `value` with each uploaded file (by identity) replaced by its path."""
    if isinstance(value, Mapping):
        return {
            key: _replaced(item, uploads, paths, uploads.takes_files(str(key)))
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_replaced(item, uploads, paths, takes_files) for item in value]
    if takes_files and id(value) in paths:
        return paths[id(value)]
    return value


def _unique(files: Iterator[_Local]) -> list[_Local]:
    """Each file once, however many fields name it."""
    seen: dict[int, _Local] = {}
    for file in files:
        seen.setdefault(id(file.source), file)
    return list(seen.values())


def _request_items(uploads: Uploads, files: Sequence[_Local]) -> list[Any]:
    return [{uploads.extension: f.extension, uploads.kind: f.kind} for f in files]


def _handed_out(
    uploads: Uploads, response: pydantic.BaseModel, count: int
) -> list[tuple[str, str]]:
    """(upload URL, file path) per requested file, in request order."""
    items = response.model_dump(mode="json", by_alias=True).get(uploads.items)
    if not isinstance(items, list) or len(items) != count:
        raise UploadError(
            f"asked for {count} upload URL(s), got {len(items) if isinstance(items, list) else 0}"
        )
    return [
        (str(item[uploads.upload_url]), str(item[uploads.file_path])) for item in items
    ]


def _open(source: object) -> tuple[IO[bytes], bool]:
    """A binary stream of the file, and whether we opened it (and must close it)."""
    if isinstance(source, (str, os.PathLike)):
        return open(source, "rb"), True  # closed by the caller
    stream: IO[bytes] = source  # type: ignore[assignment]  # an open binary file, per _local
    if hasattr(stream, "seek"):
        stream.seek(0)
    return stream, False


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(_CHUNK):
        yield chunk


def _length_headers(stream: IO[bytes]) -> dict[str, str]:
    """`Content-Length` of what is left to read: pre-signed upload URLs (S3 and the like)
    refuse a chunked body, so the size is sent up front whenever it can be known."""
    try:
        size = os.fstat(stream.fileno()).st_size - stream.tell()
    except (AttributeError, OSError, ValueError):
        try:
            position = stream.tell()
            size = stream.seek(0, os.SEEK_END) - position
            stream.seek(position)
        except (AttributeError, OSError, ValueError):
            return {}
    return {"Content-Length": str(size)}


def _transfer_client_options(timeout: float | httpx.Timeout | None) -> dict[str, Any]:
    # No credentials, ever: these URLs are pre-signed and may be another host's.
    return {
        "timeout": timeout,
        "follow_redirects": True,
    }


def upload_local_files(
    request_urls: Callable[[list[Any]], pydantic.BaseModel],
    uploads: Uploads,
    value: T,
    *,
    timeout: float | httpx.Timeout | None,
    where: str = "arguments",
    is_file: bool = False,
) -> T:
    """`value` with every local file in a file field uploaded and replaced by its path
    (`is_file`: `value` itself is a file).

    URLs and already-uploaded paths are kept; `value` itself is not changed.
    """
    files = _unique(_find_files(value, uploads, where, is_file))
    if not files:
        return value
    handed_out = _handed_out(
        uploads, request_urls(_request_items(uploads, files)), len(files)
    )
    with HttpClient(**_transfer_client_options(timeout)) as http:
        for file, (url, _) in zip(files, handed_out, strict=True):
            _put(http, url, file)
    paths = {
        id(file.source): path for file, (_, path) in zip(files, handed_out, strict=True)
    }
    replaced: T = _replaced(value, uploads, paths, is_file)
    return replaced


async def async_upload_local_files(
    request_urls: Callable[[list[Any]], Awaitable[pydantic.BaseModel]],
    uploads: Uploads,
    value: T,
    *,
    timeout: float | httpx.Timeout | None,
    where: str = "arguments",
    is_file: bool = False,
) -> T:
    """The asynchronous `upload_local_files`."""
    files = _unique(_find_files(value, uploads, where, is_file))
    if not files:
        return value
    response = await request_urls(_request_items(uploads, files))
    handed_out = _handed_out(uploads, response, len(files))
    async with AsyncHttpClient(**_transfer_client_options(timeout)) as http:
        for file, (url, _) in zip(files, handed_out, strict=True):
            await _async_put(http, url, file)
    paths = {
        id(file.source): path for file, (_, path) in zip(files, handed_out, strict=True)
    }
    replaced: T = _replaced(value, uploads, paths, is_file)
    return replaced


def upload_file(
    request_urls: Callable[[list[Any]], pydantic.BaseModel],
    uploads: Uploads,
    file: LocalFile,
    *,
    timeout: float | httpx.Timeout | None,
) -> str:
    """Upload one file; the path to send for it (URLs and uploaded paths come back as they are)."""
    return str(
        upload_local_files(
            request_urls, uploads, file, timeout=timeout, where="file", is_file=True
        )
    )


async def async_upload_file(
    request_urls: Callable[[list[Any]], Awaitable[pydantic.BaseModel]],
    uploads: Uploads,
    file: LocalFile,
    *,
    timeout: float | httpx.Timeout | None,
) -> str:
    """The asynchronous `upload_file`."""
    return str(
        await async_upload_local_files(
            request_urls, uploads, file, timeout=timeout, where="file", is_file=True
        )
    )


def _put(http: httpx.Client, url: str, file: _Local) -> None:
    stream, opened = _open(file.source)
    try:
        response = http.put(
            url, content=_chunks(stream), headers=_length_headers(stream)
        )
    except httpx.HTTPError as error:
        raise UploadError(
            f"uploading {file.name} failed: {type(error).__name__}"
        ) from error
    finally:
        if opened:
            stream.close()
    if not response.is_success:
        raise UploadError(f"uploading {file.name} failed: HTTP {response.status_code}")


async def _async_put(http: httpx.AsyncClient, url: str, file: _Local) -> None:
    stream, opened = _open(file.source)

    async def chunks() -> AsyncIterator[bytes]:
        for chunk in _chunks(stream):
            yield chunk

    try:
        response = await http.put(
            url, content=chunks(), headers=_length_headers(stream)
        )
    except httpx.HTTPError as error:
        raise UploadError(
            f"uploading {file.name} failed: {type(error).__name__}"
        ) from error
    finally:
        if opened:
            stream.close()
    if not response.is_success:
        raise UploadError(f"uploading {file.name} failed: HTTP {response.status_code}")


# -- waiting ------------------------------------------------------------------------------


class _Waiting:
    """The state of one wait: when to give up, how long the next pause is."""

    def __init__(
        self,
        job: Job,
        id: str,
        poll_interval: float,
        timeout: float | None,
        clock: Callable[[], float],
    ) -> None:
        if poll_interval < 0:
            raise ValueError(f"poll_interval must be 0 or more, not {poll_interval}")
        self.job, self.id, self.clock = job, id, clock
        self.deadline = None if timeout is None else clock() + timeout
        self.pause = poll_interval

    def finished(self, result: pydantic.BaseModel) -> bool:
        status = self.job.status_of(result)
        if status in self.job.succeeded or status in self.job.failed:
            if status in self.job.failed:
                log.warning("job %s ended with status %r", self.id, status)
            return True
        if self.deadline is not None and self.clock() >= self.deadline:
            raise WorkflowTimeoutError(
                f"job {self.id} is still {status!r}; check_result({self.id!r}) picks it up later",
                id=self.id,
                status=status,
            )
        return False

    def next_pause(self) -> float:
        pause = self.pause
        if self.deadline is not None:
            pause = max(0.0, min(pause, self.deadline - self.clock()))
        self.pause = min(self.pause * _POLL_BACKOFF, _MAX_POLL_INTERVAL)
        return pause


def wait_for_result(
    fetch: Callable[[], R],
    job: Job,
    id: str,
    *,
    poll_interval: float,
    timeout: float | None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> R:
    """Fetch the result until its status is terminal, waiting longer each time (at most 10 s
    between polls); raises WorkflowTimeoutError after `timeout` seconds (None: no limit).
    """
    waiting = _Waiting(job, id, poll_interval, timeout, clock)
    result = fetch()
    while not waiting.finished(result):
        sleep(waiting.next_pause())
        result = fetch()
    return result


async def async_wait_for_result(
    fetch: Callable[[], Awaitable[R]],
    job: Job,
    id: str,
    *,
    poll_interval: float,
    timeout: float | None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> R:
    """The asynchronous `wait_for_result`."""
    waiting = _Waiting(job, id, poll_interval, timeout, clock)
    result = await fetch()
    while not waiting.finished(result):
        await sleep(waiting.next_pause())
        result = await fetch()
    return result


# -- downloads ----------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _target_names(urls: Sequence[str], directory: pathlib.Path) -> list[pathlib.Path]:
    """A file per URL in `directory`: the URL's last path segment, made safe and unique."""
    taken: set[str] = set()
    targets = []
    for index, url in enumerate(urls):
        segment = urllib.parse.unquote(
            urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]
        )
        name = _UNSAFE.sub("_", segment).strip("._") or f"output-{index + 1}"
        stem, dot, suffix = name.rpartition(".")
        candidate, counter = name, 1
        while candidate.lower() in taken:
            counter += 1
            candidate = f"{stem}-{counter}.{suffix}" if dot else f"{name}-{counter}"
        taken.add(candidate.lower())
        targets.append(directory / candidate)
    return targets


def _directory(directory: str | os.PathLike[str] | None) -> pathlib.Path:
    folder = pathlib.Path(directory) if directory is not None else pathlib.Path.cwd()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def download_outputs(
    result: pydantic.BaseModel,
    job: Job,
    directory: str | os.PathLike[str] | None,
    *,
    timeout: float | httpx.Timeout | None,
) -> list[str]:
    """Download every output the result lists into `directory` (created if missing; the
    current folder when None); the paths written, in the result's order."""
    urls = job.output_urls(result)
    targets = _target_names(urls, _directory(directory))
    with HttpClient(**_transfer_client_options(timeout)) as http:
        for url, target in zip(urls, targets, strict=True):
            _download(http, url, target)
    return [str(target) for target in targets]


async def async_download_outputs(
    result: pydantic.BaseModel,
    job: Job,
    directory: str | os.PathLike[str] | None,
    *,
    timeout: float | httpx.Timeout | None,
) -> list[str]:
    """The asynchronous `download_outputs`."""
    urls = job.output_urls(result)
    targets = _target_names(urls, _directory(directory))
    async with AsyncHttpClient(**_transfer_client_options(timeout)) as http:
        for url, target in zip(urls, targets, strict=True):
            await _async_download(http, url, target)
    return [str(target) for target in targets]


def _partial(target: pathlib.Path) -> tuple[IO[bytes], str]:
    # Written beside the target, then renamed: a failed download leaves no half file.
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    return os.fdopen(descriptor, "wb"), name


def _download(http: httpx.Client, url: str, target: pathlib.Path) -> None:
    handle, partial = _partial(target)
    try:
        with handle, http.stream("GET", url) as response:
            if not response.is_success:
                raise DownloadError(
                    f"downloading {target.name} failed: HTTP {response.status_code}"
                )
            for chunk in response.iter_bytes(_CHUNK):
                handle.write(chunk)
        os.replace(partial, target)
    except httpx.HTTPError as error:
        raise DownloadError(
            f"downloading {target.name} failed: {type(error).__name__}"
        ) from error
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


async def _async_download(
    http: httpx.AsyncClient, url: str, target: pathlib.Path
) -> None:
    handle, partial = _partial(target)
    try:
        with handle:
            async with http.stream("GET", url) as response:
                if not response.is_success:
                    raise DownloadError(
                        f"downloading {target.name} failed: HTTP {response.status_code}"
                    )
                async for chunk in response.aiter_bytes(_CHUNK):
                    handle.write(chunk)
        os.replace(partial, target)
    except httpx.HTTPError as error:
        raise DownloadError(
            f"downloading {target.name} failed: {type(error).__name__}"
        ) from error
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


# -- the whole check: wait, download, report -------------------------------------------


def _with_paths(
    result: pydantic.BaseModel, result_type: type[W], paths: list[str] | None
) -> W:
    """The result as `result_type`: the same fields, and the downloaded paths."""
    fields = result.model_dump(by_alias=True)
    return result_type.model_validate({**fields, "downloaded_paths": paths})


def check_job(
    fetch: Callable[[], pydantic.BaseModel],
    job: Job,
    id: str,
    result_type: type[W],
    *,
    wait: bool,
    download: bool,
    directory: str | os.PathLike[str] | None,
    poll_interval: float,
    timeout: float | None,
    transfer_timeout: float | httpx.Timeout | None,
) -> W:
    """Fetch the job's result (waiting for a terminal status when `wait`), then download its
    outputs when it succeeded and `download` asks for it. A failed job is returned, not
    raised: its status and error are on the result, and `downloaded_paths` is None."""
    if wait:
        result = wait_for_result(
            fetch, job, id, poll_interval=poll_interval, timeout=timeout
        )
    else:
        result = fetch()
    paths = None
    if wait and download and job.outputs and job.status_of(result) in job.succeeded:
        paths = download_outputs(result, job, directory, timeout=transfer_timeout)
    return _with_paths(result, result_type, paths)


async def async_check_job(
    fetch: Callable[[], Awaitable[pydantic.BaseModel]],
    job: Job,
    id: str,
    result_type: type[W],
    *,
    wait: bool,
    download: bool,
    directory: str | os.PathLike[str] | None,
    poll_interval: float,
    timeout: float | None,
    transfer_timeout: float | httpx.Timeout | None,
) -> W:
    """The asynchronous `check_job`."""
    if wait:
        result = await async_wait_for_result(
            fetch, job, id, poll_interval=poll_interval, timeout=timeout
        )
    else:
        result = await fetch()
    paths = None
    if wait and download and job.outputs and job.status_of(result) in job.succeeded:
        paths = await async_download_outputs(
            result, job, directory, timeout=transfer_timeout
        )
    return _with_paths(result, result_type, paths)
