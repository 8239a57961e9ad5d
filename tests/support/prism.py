"""Run Stoplight Prism (pinned in package.json) as a validating mock server for SDK tests.

How Prism 5.16 reports problems (default mode, no ``--errors``; verified by experiment):

* Response violations (an example that does not match its schema) still return the mocked
  response, with the problems listed as JSON in the ``sl-violations`` header. ``--errors``
  would turn these into a 500 problem+json instead, which is why it is not used.
* Request violations (body, parameters, content type) never get the mocked success
  response, with or without ``--errors``. If the operation declares a 422, 400 or
  ``default`` response, Prism answers with that one plus an ``sl-violations`` header;
  otherwise it invents a 422 ``application/problem+json`` whose ``validation`` array
  lists the problems and which has *no* ``sl-violations`` header.
* A missing or wrong credential gives 401: with ``sl-violations`` if the operation declares
  a 401, else a Prism problem+json without the header.

``assert_no_violations`` therefore also inspects the body for Prism's own problem documents.
"""

from __future__ import annotations

import http.client
import json
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 30.0
# Prism's own error documents use this type prefix; spec-declared error bodies do not.
_PRISM_PROBLEM_PREFIX = "https://stoplight.io/prism/errors#"
_TOO_MANY = "Too many violations!"
_SIDE = re.compile(r'"location":\s*\["(request|response)"')


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _prism_command(spec_path: Path, port: int) -> list[str]:
    if not PRISM_BIN.exists():
        raise RuntimeError(
            f"Prism is not installed ({PRISM_BIN} is missing): run `npm ci` in {REPO_ROOT}"
        )
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("`node` is not on PATH; Prism needs Node.js to run")
    # .bin/prism is a symlink to a `#!/usr/bin/env node` script; running that script with
    # node directly keeps Popen's PID the server's PID, so terminating it stops Prism.
    entry = PRISM_BIN.resolve()
    return [
        node, str(entry), "mock", str(spec_path),
        "--host", "127.0.0.1", "--port", str(port),
        "--dynamic=false",  # serve the spec's static examples, deterministically
    ]  # fmt: skip


def _output(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode("utf-8", "replace")


def _answers_http(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1.0)
    try:
        conn.request("GET", "/__prism_readiness_probe__")
        conn.getresponse().read()  # any status (Prism answers 404) means it is serving
        return True
    except OSError:
        return False
    finally:
        conn.close()


@contextmanager
def prism_mock(spec_path: Path, startup_timeout: float = STARTUP_TIMEOUT) -> Iterator[str]:
    """Serve ``spec_path`` with Prism on a free 127.0.0.1 port; yield its base URL (a large
    real spec takes Prism longer to load: ``startup_timeout``)."""
    port = _free_port()
    command = _prism_command(Path(spec_path).resolve(), port)
    # Output goes to a file, not a pipe: nobody drains a pipe while tests run, and Prism
    # logs every request, so a full pipe buffer would eventually block the server.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            command, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=log
        )
        try:
            deadline = time.monotonic() + startup_timeout
            while not _answers_http(port):
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"Prism exited with code {proc.returncode} before serving "
                        f"{spec_path}:\n{_output(log)}"
                    )
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"Prism did not answer on port {port} within {startup_timeout:.0f}s "
                        f"for {spec_path}:\n{_output(log)}"
                    )
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def prism_violations(response_headers: Mapping[str, str], body: bytes = b"") -> list[Any]:
    """The violations Prism reported: its ``sl-violations`` header, plus the ``validation``
    list of a Prism-generated problem document if ``body`` is one (see module docstring)."""
    found: list[Any] = []
    for name, value in response_headers.items():  # plain dicts are not case-insensitive
        if name.lower() == "sl-violations":
            # Past some number Prism prefixes the list with "Too many violations! " and may
            # cut it short: each violation still says which side it is on.
            listed = value.removeprefix(_TOO_MANY).strip()
            try:
                decoded = json.loads(listed)
            except ValueError:
                sides = _SIDE.findall(listed) if value.startswith(_TOO_MANY) else []
                decoded = [{"location": [side], "message": value} for side in sides] or [value]
            found.extend(decoded if isinstance(decoded, list) else [decoded])
    try:
        problem = json.loads(body) if body else None
    except ValueError:
        problem = None
    if isinstance(problem, dict) and str(problem.get("type", "")).startswith(_PRISM_PROBLEM_PREFIX):
        summary = f"{problem.get('title')} ({problem.get('status')}): {problem.get('detail')}"
        found.extend(problem.get("validation") or [summary])
    return found


def _describe(violation: Any) -> str:
    if isinstance(violation, dict):
        location = ".".join(str(part) for part in violation.get("location", []))
        return f"{violation.get('severity', '?')} at {location or '?'}: {violation.get('message')}"
    return str(violation)


def assert_no_violations(response_headers: Mapping[str, str], body: bytes = b"") -> None:
    """Fail with Prism's decoded violation messages if it reported any.

    Pass the response ``body`` too to catch request violations on operations that declare
    no 4xx response, where Prism puts them only in its own 422 problem document."""
    violations = prism_violations(response_headers, body)
    if violations:
        lines = "\n".join(f"  - {_describe(v)}" for v in violations)
        raise AssertionError(f"Prism reported {len(violations)} violation(s):\n{lines}")
