"""Faults, retries, timeouts and logging of the generated Magic Hour SDK, over real HTTP.

Each scenario runs through both ``Client`` and ``AsyncClient``. Waiting is faked (the
base client's ``_sleep`` is replaced by a recorder) except where the wait itself is
what is tested.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
import magic_hour
import pytest
from magic_hour.resources.v1.lip_sync.client import _create_endpoint as lip_sync_endpoint
from magic_hour.types import models
from support.flavours import Flavour
from support.http_server import LocalServer, ScriptedResponse, closed_port

TOKEN = "sk-test-faults-0123456789"
SECRET = "sk-SECRET-token-1234"
ASSETS = {"audio_file_path": "api-assets/id/1234.mp3", "video_source": "file"}
LIP_SYNC_RESPONSE = {"credits_charged": 450, "estimated_frame_cost": 450, "id": "vid_1"}
VIDEO_PROJECT = {
    "created_at": "2024-07-25T16:56:21.932Z",
    "credits_charged": 450,
    "downloads": [],
    "enabled": True,
    "end_seconds": 15.0,
    "error": None,
    "fps": 30.0,
    "height": 960,
    "id": "vp_1",
    "name": None,
    "start_seconds": 0.0,
    "status": "queued",
    "type": "LIP_SYNC",
    "width": 512,
}
PROJECT_PATH = "/v1/video-projects/vp_1"
LIP_SYNC_PATH = "/v1/lip-sync"


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    return Flavour(request.param)


def lip_sync(client: Any, **options: Any) -> Callable[[], Any]:
    return lambda: client.v1.lip_sync.create(
        assets=ASSETS, end_seconds=15.0, start_seconds=0.0, request_options=options or None
    )


def get_project(client: Any, project_id: str = "vp_1") -> Callable[[], Any]:
    return lambda: client.v1.video_projects.get(id=project_id)


def assert_backoff(delays: list[float]) -> None:
    """Each wait is 0.5 s doubled per retry, scaled by a jitter factor in [0.75, 1]."""
    for n, delay in enumerate(delays):
        base = 0.5 * 2**n
        assert 0.75 * base <= delay <= base, f"retry {n + 1} waited {delay} s"


# -- rate limits and server errors -------------------------------------------------


def test_429_with_retry_after_is_retried_once_after_the_wait(
    flavour: Flavour, server: LocalServer
) -> None:
    server.respond(
        "POST",
        LIP_SYNC_PATH,
        ScriptedResponse(429, json={"message": "slow down"}, headers={"Retry-After": "1"}),
        ScriptedResponse(200, json=LIP_SYNC_RESPONSE),
    )
    client = flavour.client(token=TOKEN, base_url=server.url)

    started = time.monotonic()
    result = flavour.run(client, lip_sync(client))
    elapsed = time.monotonic() - started

    assert type(result) is models.V1LipSyncCreateResponse
    assert result.id == "vid_1"
    first, second = server.requests  # exactly one retry
    assert second.received_at - first.received_at >= 0.9
    assert 0.9 <= elapsed < 3.0
    assert first.body == second.body  # the same request, repeated


def test_503_is_retried_until_retries_run_out(flavour: Flavour, server: LocalServer) -> None:
    error_body = {"message": "down for maintenance", "retry": True}
    server.respond("GET", PROJECT_PATH, ScriptedResponse(503, json=error_body))
    client = flavour.client(token=TOKEN, base_url=server.url)  # default max_retries (2)
    delays = flavour.fake_sleep(client)

    with pytest.raises(magic_hour.InternalServerError) as caught:
        flavour.run(client, get_project(client))

    error = caught.value
    assert isinstance(error, magic_hour.APIStatusError)
    assert error.status_code == 503
    # The spec declares no body for 503: the decoded JSON, not a model.
    assert type(error.body) is dict
    assert error.body == error_body
    assert json.loads(error.raw_body) == error_body
    assert isinstance(error.raw_body, bytes)
    assert len(server.requests) == 3
    assert len(delays) == 2
    assert_backoff(delays)


def test_400_is_not_retried_and_parses_the_error_model(
    flavour: Flavour, server: LocalServer
) -> None:
    server.respond("POST", LIP_SYNC_PATH, ScriptedResponse(400, json={"message": "bad"}))
    client = flavour.client(token=TOKEN, base_url=server.url)
    delays = flavour.fake_sleep(client)

    with pytest.raises(magic_hour.BadRequestError) as caught:
        flavour.run(client, lip_sync(client))

    error = caught.value
    assert error.status_code == 400
    # Parsed into the error model the spec declares for this operation and status.
    declared = lip_sync_endpoint().error_types
    assert declared is not None and isinstance(error.parsed, declared[400])
    assert error.parsed.message == "bad"
    assert error.body == {"message": "bad"}
    assert error.raw_body == b'{"message": "bad"}'
    assert len(server.requests) == 1
    assert delays == []


def test_post_500_is_not_retried_but_get_500_is(flavour: Flavour, server: LocalServer) -> None:
    server.respond("POST", LIP_SYNC_PATH, ScriptedResponse(500, json={"message": "oops"}))
    server.respond(
        "GET",
        PROJECT_PATH,
        ScriptedResponse(500, json={"message": "oops"}),
        ScriptedResponse(200, json=VIDEO_PROJECT),
    )
    client = flavour.client(token=TOKEN, base_url=server.url)
    delays = flavour.fake_sleep(client)

    post_error, project = flavour.run_all(
        client, lip_sync(client), get_project(client), capture=True
    )

    # POST may already have started a paid job: a 500 is raised, not repeated.
    assert type(post_error) is magic_hour.InternalServerError
    assert post_error.status_code == 500
    assert type(project) is models.V1VideoProjectsGetResponse
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", LIP_SYNC_PATH),
        ("GET", PROJECT_PATH),
        ("GET", PROJECT_PATH),
    ]
    assert len(delays) == 1
    assert_backoff(delays)


def test_long_retry_after_raises_at_once(flavour: Flavour, server: LocalServer) -> None:
    server.respond(
        "GET",
        PROJECT_PATH,
        ScriptedResponse(429, json={"message": "quota"}, headers={"Retry-After": "120"}),
        ScriptedResponse(200, json=VIDEO_PROJECT),
    )
    client = flavour.client(token=TOKEN, base_url=server.url)
    delays = flavour.fake_sleep(client)

    started = time.monotonic()
    with pytest.raises(magic_hour.RateLimitError) as caught:
        flavour.run(client, get_project(client))

    assert time.monotonic() - started < 2.0
    assert caught.value.status_code == 429
    assert caught.value.headers["retry-after"] == "120"
    assert len(server.requests) == 1
    assert delays == []


# -- timeouts and connection failures ------------------------------------------------


def test_unanswered_request_times_out(flavour: Flavour, server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(hang=True))
    client = flavour.client(token=TOKEN, base_url=server.url, timeout=0.5, max_retries=0)

    started = time.monotonic()
    with pytest.raises(magic_hour.APITimeoutError) as caught:
        flavour.run(client, get_project(client))
    elapsed = time.monotonic() - started

    assert 0.4 <= elapsed < 3.0
    assert isinstance(caught.value, magic_hour.APIConnectionError)
    # The deadline's own timer (async), or httpx's timeout cut to the time left.
    assert isinstance(caught.value.__cause__, (httpx.TimeoutException, asyncio.TimeoutError))
    assert len(server.requests) == 1


def test_get_timeout_is_retried(flavour: Flavour, server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(hang=True))
    # httpx's per-operation timeout: a read that times out is retried (a number would be
    # a deadline for the whole call, leaving no time for a retry).
    client = flavour.client(
        token=TOKEN, base_url=server.url, timeout=httpx.Timeout(0.5), max_retries=1
    )
    delays = flavour.fake_sleep(client)

    started = time.monotonic()
    with pytest.raises(magic_hour.APITimeoutError):
        flavour.run(client, get_project(client))

    assert time.monotonic() - started < 3.0
    assert len(server.requests) == 2
    assert len(delays) == 1
    assert_backoff(delays)


def test_post_timeout_is_not_retried(flavour: Flavour, server: LocalServer) -> None:
    server.respond("POST", LIP_SYNC_PATH, ScriptedResponse(hang=True))
    client = flavour.client(token=TOKEN, base_url=server.url, timeout=0.5, max_retries=2)
    delays = flavour.fake_sleep(client)

    with pytest.raises(magic_hour.APITimeoutError):
        flavour.run(client, lip_sync(client))

    assert len(server.requests) == 1
    assert delays == []


def test_closed_port_raises_connection_error(flavour: Flavour) -> None:
    client = flavour.client(
        token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0
    )
    delays = flavour.fake_sleep(client)

    with pytest.raises(magic_hour.APIConnectionError) as caught:
        flavour.run(client, get_project(client))

    assert not isinstance(caught.value, magic_hour.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert delays == []


def test_closed_port_is_retried_even_for_post(flavour: Flavour) -> None:
    # A refused connection never reached the server, so repeating a POST is safe.
    client = flavour.client(token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}")
    delays = flavour.fake_sleep(client)

    with pytest.raises(magic_hour.APIConnectionError) as caught:
        flavour.run(client, lip_sync(client))

    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(delays) == 2
    assert_backoff(delays)


# -- logging and secrets -------------------------------------------------------------


def test_debug_logging_shows_calls_and_never_the_token(
    flavour: Flavour, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="magic_hour")
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    server.respond(
        "GET",
        "/v1/video-projects/vp_retry",
        ScriptedResponse(503, json={"message": "busy"}),
        ScriptedResponse(200, json=VIDEO_PROJECT),
    )
    # A server echoing the credential back must not get it into the exception message.
    server.respond(
        "POST", LIP_SYNC_PATH, ScriptedResponse(401, json={"message": f"bad token {SECRET}"})
    )
    client = flavour.client(token=SECRET, base_url=server.url)
    unreachable = flavour.client(
        token=SECRET, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0
    )
    flavour.fake_sleep(client)
    representations = [
        repr(client),
        repr(unreachable),
        repr(client.with_options(max_retries=0)),
        repr(client._base_client._auth),
    ]

    ok, retried, rejected = flavour.run_all(
        client,
        get_project(client),
        get_project(client, "vp_retry"),
        lip_sync(client),
        capture=True,
    )
    [refused] = flavour.run_all(unreachable, get_project(unreachable), capture=True)

    assert ok.id == retried.id == "vp_1"
    assert type(rejected) is magic_hour.AuthenticationError
    assert type(refused) is magic_hour.APIConnectionError
    # The token did go out (so there was something to leak) ...
    assert len(server.requests) == 4
    for request in server.requests:
        assert request.headers["authorization"] == f"Bearer {SECRET}"
    # ... but shows up nowhere.
    assert SECRET not in caplog.text
    for text in representations:
        assert SECRET not in text
    for error in (rejected, refused):
        assert SECRET not in str(error)
        assert SECRET not in repr(error)
    assert "bad token" in str(rejected)  # the echoed body is shown, minus the token

    lines = [record.getMessage() for record in caplog.records if record.name == "magic_hour"]

    def logged(*parts: str) -> bool:
        return any(all(part in line for part in parts) for line in lines)

    project_url = f"{server.url}{PROJECT_PATH}"
    retry_url = f"{server.url}/v1/video-projects/vp_retry"
    assert logged("GET", project_url), lines
    assert logged("GET", project_url, "200"), lines
    assert logged("GET", retry_url, "503"), lines
    assert logged("POST", f"{server.url}{LIP_SYNC_PATH}", "401"), lines
    assert any(
        re.search(r"retry", line, re.IGNORECASE) and "not" not in line.lower() and retry_url in line
        for line in lines
    ), lines


# -- the client's limits (the constructor and with_options of the generated clients) ----


def test_response_size_limit_is_a_client_option(flavour: Flavour, server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    size = len(json.dumps(VIDEO_PROJECT))
    client = flavour.client(token=TOKEN, base_url=server.url, max_response_bytes=size)
    small = client.with_options(max_response_bytes=size - 1)
    with pytest.raises(magic_hour.ResponseTooLargeError) as caught:
        flavour.run(small, get_project(small))
    assert caught.value.limit == size - 1
    assert flavour.run(client, get_project(client)).id == "vp_1"


def test_a_credential_read_with_its_line_break_is_refused(flavour: Flavour) -> None:
    with pytest.raises(ValueError, match="whitespace") as caught:
        flavour.client(token=SECRET + "\n")
    assert SECRET not in str(caught.value) and "MAGIC_HOUR_API_TOKEN" in str(caught.value)
