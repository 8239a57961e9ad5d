"""A scriptable, recording HTTP/1.1 server on 127.0.0.1 for behaviour tests of generated SDKs.

Standard library only, so it behaves the same wherever the tests run.
"""

from __future__ import annotations

import json as jsonlib
import socket
import ssl
import sys
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

NO_JSON: Final[Any] = object()  # "no JSON body": distinct from json=None, which sends `null`


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # as sent (still percent-encoded), without the query
    query: dict[str, list[str]]  # parsed, blank values kept
    raw_query: str
    headers: dict[str, str]  # lower-cased names; repeated headers joined with ", "
    body: bytes
    received_at: float  # time.monotonic(), to check retry back-off and timeouts

    def json(self) -> Any:
        return jsonlib.loads(self.body)


@dataclass(frozen=True)
class ScriptedResponse:
    status: int = 200
    json: Any = NO_JSON
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    hang: bool = False  # read the request, then never answer until the server stops
    delay: float = 0.0  # seconds to wait before answering
    # Seconds between single bytes: of the status line and headers, or of the body.
    trickle_head: float = 0.0
    trickle_body: float = 0.0

    def __post_init__(self) -> None:
        if self.json is not NO_JSON and self.body:
            raise ValueError("give either json= or body=, not both")


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # and so server_close() never joins a handler thread
    owner: LocalServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client hung up (a timeout, a refused redirect): expected
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as SDK clients use it
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, add=True)

    def finish(self) -> None:
        self.server.owner._track(self.connection, add=False)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                line = self.rfile.readline()
                if not line:  # the client gave up half-way
                    self.close_connection = True
                    return b"".join(chunks)
                size = int(line.split(b";", 1)[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # skip trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # CRLF ending the chunk
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        owner = self.server.owner
        url = urlsplit(self.path)
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        request = RecordedRequest(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            raw_query=url.query,
            headers=headers,
            body=self._read_body(),
            received_at=time.monotonic(),
        )
        reply = owner._record(request)
        if reply.hang or (reply.delay and owner._stopping.wait(reply.delay)):
            owner._stopping.wait()
            self.close_connection = True  # released by stop(): drop it unanswered
            return
        body = reply.body
        defaults = {"Content-Length": str(len(body))}
        if reply.json is not NO_JSON:
            body = jsonlib.dumps(reply.json).encode()
            defaults = {"Content-Type": "application/json", "Content-Length": str(len(body))}
        # Scripted headers replace the defaults (case-insensitively), e.g. a custom content-type.
        merged = {name.lower(): (name, value) for name, value in defaults.items()}
        merged.update({name.lower(): (name, value) for name, value in reply.headers.items()})
        self.send_response(reply.status)
        for name, value in merged.values():
            self.send_header(name, value)
        if reply.trickle_head:
            self._headers_buffer.append(b"\r\n")
            head, self._headers_buffer = b"".join(self._headers_buffer), []
            if not self._trickle(head, reply.trickle_head):
                return
        else:
            self.end_headers()
        if self.command != "HEAD" and reply.status not in (204, 304):
            if reply.trickle_body:
                self.wfile.flush()
                if not self._trickle(body, reply.trickle_body):
                    return
            else:
                self.wfile.write(body)
        self.wfile.flush()

    def _trickle(self, data: bytes, pause: float) -> bool:
        """Send `data` a byte at a time; False once the client left or the server stops."""
        for index in range(len(data)):
            try:
                self.wfile.write(data[index : index + 1])
                self.wfile.flush()
            except OSError:
                self.close_connection = True
                return False
            if self.server.owner._stopping.wait(pause):
                self.close_connection = True
                return False
        return True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class LocalServer:
    """``with LocalServer() as server:`` script replies with ``respond``, point the SDK at
    ``server.url`` and inspect ``server.requests``. The port is bound on construction.
    With ``tls`` (a server-side context) it speaks HTTPS."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._scripts: dict[tuple[str, str], deque[ScriptedResponse]] = {}
        self._connections: set[socket.socket] = set()
        self.requests: list[RecordedRequest] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        scheme = "http" if tls is None else "https"
        self.url = f"{scheme}://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def respond(self, method: str, path: str, *responses: ScriptedResponse) -> None:
        """Queue replies for ``method path``; the last one repeats once the queue runs out."""
        if not responses:
            raise ValueError("respond() needs at least one ScriptedResponse")
        with self._lock:
            self._scripts.setdefault((method.upper(), path), deque()).extend(responses)

    def _record(self, request: RecordedRequest) -> ScriptedResponse:
        with self._lock:
            self.requests.append(request)
            queue = self._scripts.get((request.method, request.path))
            if not queue:
                message = f"no scripted response for {request.method} {request.path}"
                return ScriptedResponse(404, json={"message": message})
            return queue.popleft() if len(queue) > 1 else queue[0]

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()  # release hung and delayed handlers first
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:  # unblock handlers idling on keep-alive connections
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._server.server_close()
        self._thread.join(timeout=5)


def closed_port() -> int:
    """A 127.0.0.1 port with nothing listening on it, for connection-refused tests."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
