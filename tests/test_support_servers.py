"""Tests of the test-support servers: LocalServer (scripted API) and Prism (validating mock)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from support.http_server import LocalServer, ScriptedResponse, closed_port
from support.prism import assert_no_violations, prism_mock, prism_violations


def test_scripted_sequence_then_last_repeats() -> None:
    with LocalServer() as server, httpx.Client(base_url=server.url) as client:
        server.respond(
            "GET",
            "/things",
            ScriptedResponse(503, body=b"busy", headers={"Retry-After": "0"}),
            ScriptedResponse(200, json={"n": 1}),
        )
        first, second, third = (client.get("/things") for _ in range(3))
        missing = client.post("/other")
    assert (first.status_code, first.content, first.headers["retry-after"]) == (503, b"busy", "0")
    assert second.json() == third.json() == {"n": 1}
    assert second.headers["content-type"] == "application/json"
    assert missing.status_code == 404
    assert missing.json() == {"message": "no scripted response for POST /other"}
    assert [r.method for r in server.requests] == ["GET", "GET", "GET", "POST"]


def test_records_body_headers_and_query() -> None:
    with LocalServer() as server, httpx.Client(base_url=server.url) as client:
        server.respond("POST", "/items/a%20b", ScriptedResponse(201, json=None))
        response = client.post(
            "/items/a%20b?tag=x&tag=y&empty=",
            json={"name": "widget"},
            headers=[("X-Trace", "1"), ("X-Trace", "2")],
        )
        # A generator body makes httpx send Transfer-Encoding: chunked.
        chunked = client.put("/chunked", content=(part for part in [b"ab", b"", b"cde"]))
    assert response.status_code == 201 and response.json() is None
    request = server.requests[0]
    assert (request.method, request.path) == ("POST", "/items/a%20b")
    assert request.query == {"tag": ["x", "y"], "empty": [""]}
    assert request.raw_query == "tag=x&tag=y&empty="
    assert request.json() == {"name": "widget"}
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-trace"] == "1, 2"
    assert chunked.status_code == 404
    assert server.requests[1].headers["transfer-encoding"] == "chunked"
    assert server.requests[1].body == b"abcde"


def test_hang_times_out_and_stop_does_not_block() -> None:
    server = LocalServer()
    with server:
        server.respond("GET", "/slow", ScriptedResponse(hang=True))
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(f"{server.url}/slow", timeout=0.5)
        assert len(server.requests) == 1  # recorded before hanging
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 2


def test_delay_is_observable() -> None:
    with LocalServer() as server:
        server.respond("GET", "/d", ScriptedResponse(json={}, delay=0.3))
        started = time.monotonic()
        assert httpx.get(f"{server.url}/d").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_closed_port_refuses_connections() -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{closed_port()}/", timeout=2)


SPEC = """\
openapi: 3.0.3
info: {title: support test, version: "1"}
paths:
  /ping:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
              example: {ok: true}
  /items:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties: {name: {type: string}}
      responses:
        "201":
          description: created
          content:
            application/json:
              example: {id: 1}
        # Without a declared 4xx, Prism answers invalid requests with its own 422 problem
        # document and no sl-violations header (see tests/support/prism.py).
        "422":
          description: invalid
          content:
            application/json:
              example: {message: invalid}
"""


def test_prism_reports_request_violations(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC)
    with prism_mock(spec) as base_url, httpx.Client(base_url=base_url) as client:
        ping = client.get("/ping")
        created = client.post("/items", json={"name": "widget"})
        invalid = client.post("/items", json={})
        undeclared = client.get("/nowhere")
    assert ping.status_code == 200 and ping.json() == {"ok": True}
    assert "sl-violations" not in ping.headers
    assert_no_violations(ping.headers, ping.content)
    assert created.status_code == 201
    assert_no_violations(created.headers, created.content)
    assert "sl-violations" in invalid.headers
    with pytest.raises(AssertionError, match="required property 'name'"):
        assert_no_violations(invalid.headers)
    with pytest.raises(AssertionError, match="Route not resolved"):
        assert_no_violations(undeclared.headers, undeclared.content)


def test_prism_startup_failure_shows_its_output(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.0.3\npaths: {/x: 5\n")
    with pytest.raises(RuntimeError, match="(?s)Prism exited.*Error parsing"):
        with prism_mock(spec):
            pass


def test_prism_violations_past_its_limit_are_still_decoded() -> None:
    # Past some number Prism writes "Too many violations! [...]": still one violation each.
    listed = '[{"location": ["response", "body", "id"], "message": "must match pattern"}]'
    headers = {"sl-violations": f"Too many violations! {listed}"}
    assert prism_violations(headers) == [
        {"location": ["response", "body", "id"], "message": "must match pattern"}
    ]
    cut = f"Too many violations! {listed[:-10]}"  # Prism may cut the list short
    assert prism_violations({"sl-violations": cut}) == [{"location": ["response"], "message": cut}]
