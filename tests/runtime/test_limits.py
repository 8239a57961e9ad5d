"""Bounded memory (issue 14): a response larger than `max_response_bytes` (counted after
decompression) raises as soon as it passes the limit, and uploads stream from files and
iterators, retried with the same bytes and a fresh multipart boundary. Sync and async; the
peak-memory checks run `support/memory_probe.py` in a fresh process."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support.http_server import LocalServer, ScriptedResponse
from support.runtime_harness import Harness

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 64 * 1024


def _deflate(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(wbits=wbits)
    return compressor.compress(data) + compressor.flush()


_PAYLOAD = json.dumps({"items": ["x" * 50] * 100}).encode()
_ENCODED = {
    "identity": (_PAYLOAD, {}),
    "gzip": (gzip.compress(_PAYLOAD), {"Content-Encoding": "gzip"}),
    "deflate (zlib)": (_deflate(_PAYLOAD, zlib.MAX_WBITS), {"Content-Encoding": "deflate"}),
    "deflate (raw)": (_deflate(_PAYLOAD, -zlib.MAX_WBITS), {"Content-Encoding": "deflate"}),
    "gzip twice": (
        gzip.compress(gzip.compress(_PAYLOAD)),
        {"Content-Encoding": "gzip, gzip"},
    ),
}


@pytest.mark.parametrize("encoding", sorted(_ENCODED))
def test_compressed_bodies_are_decoded(h: Harness, server: LocalServer, encoding: str) -> None:
    body, headers = _ENCODED[encoding]
    server.respond("GET", "/v1/x", ScriptedResponse(200, body=body, headers=headers))
    client = h.client(server.url, max_response_bytes=len(_PAYLOAD))
    assert h.request(client, path="/v1/x", response_type=dict) == json.loads(_PAYLOAD)
    raw = h.raw(client, path="/v1/x", response_type=dict)
    assert raw.content == _PAYLOAD  # the decoded bytes, as httpx would give them
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
@pytest.mark.parametrize("status", [200, 500])
def test_a_body_over_the_limit_raises(
    h: Harness, core: ModuleType, server: LocalServer, encoding: str, status: int
) -> None:
    big = b"[" + b"0," * LIMIT + b"0]"
    body, headers = (
        (gzip.compress(big), {"Content-Encoding": "gzip"}) if encoding == "gzip" else (big, {})
    )
    server.respond("POST", "/v1/x", ScriptedResponse(status, body=body, headers=headers))
    client = h.client(server.url, max_response_bytes=LIMIT)
    with pytest.raises(core.ResponseTooLargeError) as info:
        h.request(client, method="POST", path="/v1/x", response_type=list[int])
    assert len(server.requests) == 1  # not retried, even a 500 of a POST... or anything
    error = info.value
    assert isinstance(error, core.APIError)
    assert error.limit == LIMIT and error.response.status_code == status
    assert f"POST {server.url}/v1/x" in str(error) and "65,536 bytes" in str(error)
    # Per request, the limit can be raised or lifted.
    if status == 200:
        options = {"max_response_bytes": None}
        assert (
            len(
                h.request(
                    client,
                    method="POST",
                    path="/v1/x",
                    response_type=list[int],
                    request_options=options,
                )
            )
            == LIMIT + 1
        )


def test_a_head_response_declaring_a_large_body_is_fine(h: Harness, server: LocalServer) -> None:
    server.respond(
        "HEAD", "/v1/file", ScriptedResponse(200, headers={"Content-Length": "10000000"})
    )
    client = h.client(server.url, max_response_bytes=1000)
    raw = h.raw(client, method="HEAD", path="/v1/file")
    assert raw.headers["content-length"] == "10000000" and raw.content == b""


def test_a_gzip_bomb_is_not_inflated(h: Harness, core: ModuleType, server: LocalServer) -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB in ~65 KB
    server.respond(
        "GET", "/v1/bomb", ScriptedResponse(200, body=bomb, headers={"Content-Encoding": "gzip"})
    )
    client = h.client(server.url, max_response_bytes=1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(core.ResponseTooLargeError):
            h.request(client, path="/v1/bomb", response_type=bytes)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"{peak / 2**20:.1f} MiB allocated for a 1 MiB limit"


def test_a_body_read_by_the_callers_event_hook_is_still_checked(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={"data": "x" * 100}))
    if h.is_async:

        async def hook(response: Any) -> None:
            await response.aread()

    else:

        def hook(response: Any) -> None:
            response.read()

    own = h.http_client(event_hooks={"response": [hook]})
    client = h.client(server.url, http_client=own, max_response_bytes=200)
    assert h.request(client, path="/v1/x", response_type=dict) == {"data": "x" * 100}
    with pytest.raises(core.ResponseTooLargeError):
        h.request(client, path="/v1/x", request_options={"max_response_bytes": 50})


# -- uploads ---------------------------------------------------------------------------------


def _parts(body: bytes, content_type: str) -> list[bytes]:
    boundary = re.search(r"boundary=(\w+)", content_type)
    assert boundary
    return body.split(b"--" + boundary.group(1).encode())[1:-1]


def test_files_are_streamed_and_sent_again_on_retry(
    h: Harness, server: LocalServer, tmp_path: Path
) -> None:
    server.respond(
        "POST", "/v1/upload", ScriptedResponse(503, json={}), ScriptedResponse(200, json={})
    )
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"from a path\x00" * 1000)
    opened = (tmp_path / "notes.txt").open("wb+")
    opened.write(b"skipped:from an open file")
    opened.seek(len(b"skipped:"))  # sent from where it stood, on every attempt
    client = h.client(server.url)
    h.fake_sleep(client)
    h.request(
        client,
        method="POST",
        path="/v1/upload",
        multipart=True,
        form={"title": "t"},
        files={
            "video": path,
            "notes": opened,
            "raw": ("raw.bin", b"plain bytes", "application/x-raw"),
            "buffer": io.BytesIO(b"a BytesIO"),
        },
    )
    opened.close()
    first, second = server.requests
    for sent in (first, second):
        assert sent.headers["content-length"] == str(len(sent.body))  # sizes known: not chunked
        parts = _parts(sent.body, sent.headers["content-type"])
        assert [p.split(b"\r\n\r\n", 1)[1][:-2] for p in parts] == [
            b"t",
            b"from a path\x00" * 1000,
            b"from an open file",
            b"plain bytes",
            b"a BytesIO",
        ]
        assert b'filename="clip.mp4"' in parts[1] and b'filename="notes.txt"' in parts[2]
    assert first.headers["content-type"] != second.headers["content-type"]  # new boundary


def test_raw_bodies_stream_from_paths_and_iterators(
    h: Harness, core: ModuleType, server: LocalServer, tmp_path: Path
) -> None:
    server.respond(
        "PUT", "/v1/blob", ScriptedResponse(503, json={}), ScriptedResponse(200, json={})
    )
    path = tmp_path / "blob.bin"
    path.write_bytes(b"0123456789" * 10_000)
    client = h.client(server.url)
    delays = h.fake_sleep(client)
    h.request(client, method="PUT", path="/v1/blob", content=path)
    first, second = server.requests
    assert first.body == second.body == path.read_bytes()
    assert first.headers["content-length"] == "100000"
    assert first.headers["content-type"] == "application/octet-stream"

    # An iterator can be read once: the 503 is not retried, and says why.
    server.requests.clear()
    server.respond("PUT", "/v1/once", ScriptedResponse(503, json={}))
    chunks: Any = (bytes([n]) * 1000 for n in range(3))
    with pytest.raises(core.InternalServerError):
        h.request(client, method="PUT", path="/v1/once", content=chunks)
    (sent,) = server.requests
    assert sent.body == b"\0" * 1000 + b"\1" * 1000 + b"\2" * 1000
    assert sent.headers.get("transfer-encoding") == "chunked"
    assert len(delays) == 1  # only the first call's retry


def test_async_iterables_stream_with_the_async_client(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("PUT", "/v1/blob", ScriptedResponse(200, json={}))

    async def chunks() -> Any:
        for n in range(3):
            yield b"chunk%d;" % n

    client = h.client(server.url)
    if h.is_async:
        h.request(client, method="PUT", path="/v1/blob", content=chunks())
        assert server.requests[0].body == b"chunk0;chunk1;chunk2;"
    else:
        with pytest.raises(TypeError, match="async iterable can only be sent by the async"):
            h.request(client, method="PUT", path="/v1/blob", content=chunks())


def test_a_text_mode_file_is_refused(h: Harness, server: LocalServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("text")
    client = h.client(server.url)
    with path.open() as text_file, pytest.raises(TypeError, match="binary mode"):
        h.request(client, method="POST", path="/v1/upload", multipart=True, files={"f": text_file})
    assert server.requests == []


# -- peak memory, in a fresh process ---------------------------------------------------------


def _probe(*arguments: str) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "support" / "memory_probe.py"), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, Any] = json.loads(run.stdout)
    return result


@pytest.mark.parametrize("case", ["upload-multipart", "upload-binary"])
def test_a_100_mb_upload_stays_small(case: str) -> None:
    result = _probe(case, "100")
    assert result["sent_bytes"] >= 100_000_000
    assert result["peak_mb"] < 50, result
    assert result["peak_mb"] - result["peak_before_mb"] < 15, result


def test_a_streamed_50_mb_download_goes_to_its_file_in_chunks() -> None:
    """`with_streaming_response`: the body is never held whole, and the size limit (4 MiB
    here) is the caller's to apply, since they read as much as they choose."""
    result = _probe("download-streamed", "50", "--limit", str(4 * 1024 * 1024))
    size = 50 * 1000 * 1000
    block = hashlib.sha256(b"probe").digest() * (1 << 11)
    expected = hashlib.sha256()
    for offset in range(0, size, len(block)):
        expected.update(block[: size - offset])
    assert (result["received_bytes"], result["sha256"]) == (size, expected.hexdigest())
    assert result["peak_mb"] - result["peak_before_mb"] < 20, result


def test_a_gzip_bomb_stays_within_its_limit() -> None:
    result = _probe("gzip-bomb", "200", "--limit", str(4 * 1024 * 1024))
    assert result["raised"] == "ResponseTooLargeError"
    assert result["peak_mb"] - result["peak_before_mb"] < 15, result
