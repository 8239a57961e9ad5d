"""A small threaded HTTP/1.1 server on 127.0.0.1 that answers fixed JSON bodies, for the benchmark.

    python bench/server.py ROUTES.json     # prints "PORT <n>" once listening, serves until killed

ROUTES.json maps "METHOD /path" (exact, without the query) to the JSON value to answer with 200;
anything else gets a 404 JSON error. Bodies are encoded once, and every response is written with a
single `sendall` (Nagle off), so the server adds as little and as steady a cost as it can.
Standard library only: it runs under any of the benchmark's interpreters.
"""

from __future__ import annotations

import json
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


def encode(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 404: "Not Found"}.get(status, "OK")
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    routes: dict[tuple[str, str], bytes] = {}
    not_found = encode(404, b'{"error": {"type": "invalid_request_error", "message": "no route"}}')

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = urlsplit(self.path).path
        self.wfile.write(self.routes.get((self.command, path), self.not_found))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


def load_routes(file: Path) -> dict[tuple[str, str], bytes]:
    raw = json.loads(file.read_text(encoding="utf-8"))
    routes = {}
    for key, value in raw.items():
        method, path = key.split(" ", 1)
        routes[(method.upper(), path)] = encode(200, json.dumps(value).encode("utf-8"))
    return routes


def main() -> int:
    Handler.routes = load_routes(Path(sys.argv[1]))
    server = Server(("127.0.0.1", 0), Handler)
    server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
