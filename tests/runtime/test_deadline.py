"""A real deadline (issue 14): a number `timeout` bounds the whole call (connecting, headers,
body, retries and the waits between them), whatever the server does. Sync and async."""

from __future__ import annotations

import logging
import time
from types import ModuleType

import pytest
from support.http_server import LocalServer, ScriptedResponse
from support.runtime_harness import PACKAGE, Harness

TIMEOUT = 1.0
SLACK = 0.8  # scheduling on a busy machine; a server trickling for 10 s is far beyond it

_SLOW_SERVERS = {
    # One byte of the status line and headers every 0.1 s: about 10 s for the head.
    "slow headers": ScriptedResponse(200, json={"ok": True}, trickle_head=0.1),
    # Headers at once, then one byte of a 100-byte body every 0.1 s.
    "trickling body": ScriptedResponse(200, body=b"x" * 100, trickle_body=0.1),
    "no answer": ScriptedResponse(hang=True),
}


@pytest.mark.parametrize("own_client", [False, True], ids=["sdk client", "caller's client"])
@pytest.mark.parametrize("case", sorted(_SLOW_SERVERS))
def test_timeout_bounds_the_whole_call(
    h: Harness, core: ModuleType, server: LocalServer, case: str, own_client: bool
) -> None:
    server.respond("GET", "/v1/slow", _SLOW_SERVERS[case])
    http_client = h.http_client() if own_client else None
    client = h.client(server.url, timeout=TIMEOUT, max_retries=3, http_client=http_client)
    started = time.monotonic()
    with pytest.raises(core.APITimeoutError) as info:
        h.request(client, path="/v1/slow", response_type=bytes)
    elapsed = time.monotonic() - started
    assert TIMEOUT - 0.05 <= elapsed <= TIMEOUT + SLACK, f"{case}: {elapsed:.2f} s"
    assert f"GET {server.url}/v1/slow (the call's timeout of 1 s passed)" in str(info.value)
    assert len(server.requests) == 1  # no retry once the time is up


def test_per_request_timeout_is_a_deadline_too(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("GET", "/v1/slow", _SLOW_SERVERS["trickling body"])
    client = h.client(server.url, timeout=30.0)
    started = time.monotonic()
    with pytest.raises(core.APITimeoutError):
        h.request(client, path="/v1/slow", request_options={"timeout": 0.5})
    assert time.monotonic() - started <= 0.5 + SLACK


def test_retries_and_waits_count_against_the_deadline(
    h: Harness, core: ModuleType, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=PACKAGE)
    server.respond(
        "GET", "/v1/busy", ScriptedResponse(503, json={}, headers={"Retry-After": "0.4"})
    )
    client = h.client(server.url, timeout=TIMEOUT, max_retries=10)  # real sleeps
    started = time.monotonic()
    with pytest.raises(core.InternalServerError) as info:
        h.request(client, path="/v1/busy")
    elapsed = time.monotonic() - started
    # Attempts at 0, 0.4 and 0.8 s; a third wait of 0.4 s would pass the deadline, so the
    # last error is raised at once rather than a timeout later.
    assert len(server.requests) == 3
    assert 0.75 <= elapsed <= TIMEOUT + SLACK
    assert "after 3 attempts" in str(info.value)
    assert any("would pass the call's timeout" in r.getMessage() for r in caplog.records)


def test_event_stream_reads_are_not_cut_by_the_deadline(h: Harness, server: LocalServer) -> None:
    events = b"data: 1\n\ndata: 2\n\n"  # 18 bytes at 0.1 s: longer than the timeout
    server.respond(
        "GET",
        "/v1/events",
        ScriptedResponse(
            200, body=events, headers={"Content-Type": "text/event-stream"}, trickle_body=0.1
        ),
    )
    client = h.client(server.url, timeout=TIMEOUT)
    started = time.monotonic()
    received = h.stream(client, path="/v1/events", response_type=int, accept="text/event-stream")
    assert received == [1, 2]
    assert time.monotonic() - started > TIMEOUT
