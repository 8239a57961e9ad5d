"""Peak memory of the SDK runtime for a large upload or a gzip bomb, in a fresh process.

    python tests/support/memory_probe.py upload-multipart 100   # a 100 MB file, multipart
    python tests/support/memory_probe.py upload-binary 100      # the same as a raw body
    python tests/support/memory_probe.py gzip-bomb 200          # 200 MiB of zeros, gzipped
    python tests/support/memory_probe.py download-streamed 50   # a 50 MB body to a file

The server runs in a separate process (standard library only), so that only the client's
memory is measured: the peak resident set size of this process (`VmHWM`), before the call
(after the imports) and after it. Prints one JSON object; `tests/runtime/test_limits.py`
runs it and checks the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER = r"""
import gzip, hashlib, json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

BOMB = gzip.compress(b"\0" * (int(sys.argv[1]) * 1024 * 1024), compresslevel=9)
BLOCK = hashlib.sha256(b"probe").digest() * (1 << 11)  # 64 KiB


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        digest, size = hashlib.sha256(), 0
        if "chunked" in self.headers.get("Transfer-Encoding", ""):
            while True:
                length = int(self.rfile.readline().split(b";")[0], 16)
                if length == 0:
                    self.rfile.readline()
                    break
                data = self.rfile.read(length)
                digest.update(data)
                size += len(data)
                self.rfile.readline()
        else:
            left = int(self.headers.get("Content-Length") or 0)
            while left:
                data = self.rfile.read(min(left, 1 << 16))
                digest.update(data)
                size += len(data)
                left -= len(data)
        self.reply(json.dumps({"size": size, "sha256": digest.hexdigest()}).encode(), {})

    def do_GET(self):
        if self.path == "/download":
            return self.download(int(sys.argv[1]) * 1000 * 1000)
        self.reply(BOMB, {"Content-Encoding": "gzip"})

    def download(self, size):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        for offset in range(0, size, len(BLOCK)):
            self.wfile.write(BLOCK[: size - offset])

    def reply(self, body, headers):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class Server(HTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client hangs up on the bomb: expected


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], len(BOMB), flush=True)
server.serve_forever()
"""


def _peak_mb() -> float:
    """The peak resident set size of this process so far, in MB (of 2**20 bytes)."""
    # VmHWM is this process's own high-water mark; ru_maxrss may also count the process
    # it was forked from (Linux keeps the larger across exec), e.g. pytest's.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "case", choices=["upload-multipart", "upload-binary", "gzip-bomb", "download-streamed"]
    )
    parser.add_argument(
        "megabytes", type=int, help="the upload's size, or the bomb's inflated size"
    )
    parser.add_argument("--limit", type=int, default=64 * 1024 * 1024, help="max_response_bytes")
    options = parser.parse_args()

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tests"))
    from support.runtime_harness import install_runtime

    with tempfile.TemporaryDirectory(prefix="memory-probe-") as temp:
        install_runtime(Path(temp))
        sys.path.insert(0, temp)
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(options.megabytes)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            port, compressed = server.stdout.readline().split()
            result = _run(options, f"http://127.0.0.1:{port}", Path(temp))
            if options.case == "gzip-bomb":
                result["compressed_bytes"] = int(compressed)
            print(json.dumps(result))
        finally:
            server.kill()
            server.wait()


def _run(options: argparse.Namespace, url: str, temp: Path) -> dict[str, object]:
    from acme_sdk import _core as core

    size = options.megabytes * 1000 * 1000
    data_file = temp / "upload.bin"
    if options.case.startswith("upload"):
        with data_file.open("wb") as file:  # not sparse: real bytes, hashed below
            block = hashlib.sha256(b"probe").digest() * (1 << 11)  # 64 KiB
            for offset in range(0, size, len(block)):
                file.write(block[: size - offset])
    client = core.SyncBaseClient(
        base_url=url,
        auth={},
        timeout=120.0,
        max_retries=0,
        max_response_bytes=options.limit,
        default_headers={},
        user_agent="memory-probe",
        http_client=None,
    )
    before = _peak_mb()
    result: dict[str, object] = {"case": options.case, "megabytes": options.megabytes}
    if options.case == "upload-multipart":
        endpoint = core.Endpoint("POST", "/upload", "probe", response_type=dict, multipart=True)
        reply = client.request(endpoint, files={"file": data_file}, form={"note": "probe"})
        result["sent_bytes"] = reply["size"]
    elif options.case == "upload-binary":
        endpoint = core.Endpoint("POST", "/upload", "probe", response_type=dict)
        reply = client.request(endpoint, content=data_file)
        result["sent_bytes"] = reply["size"]
        result["intact"] = reply["sha256"] == _sha256(data_file)
    elif options.case == "download-streamed":
        endpoint = core.Endpoint("GET", "/download", "probe", response_type=bytes)
        streamed = core.to_streamed_response_wrapper(client.request)
        target = temp / "download.bin"
        with streamed(endpoint) as response:
            response.stream_to_file(target)
        result["received_bytes"] = target.stat().st_size
        result["sha256"] = _sha256(target)
    else:
        endpoint = core.Endpoint("GET", "/bomb", "probe", response_type=bytes)
        try:
            client.request(endpoint)
            result["raised"] = None
        except core.ResponseTooLargeError as error:
            result["raised"] = type(error).__name__
    after = _peak_mb()
    client.close()
    result.update(peak_before_mb=round(before, 1), peak_mb=round(after, 1))
    return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


if __name__ == "__main__":
    main()
