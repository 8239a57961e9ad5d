"""Faults of the generated Magic Hour SDK, over real HTTP: what the SDK's own wiring decides.

The retry policy, backoff, Retry-After, timeouts and connection errors belong to the runtime and
are tested there once (tests/runtime/test_runtime.py). Here: the retries and timeout the
generated ``Client`` passes to it, the error models the spec declares, and that the generated
clients and their logs never show a token. Each scenario runs through both ``Client`` and
``AsyncClient``; waiting is faked (the base client's ``_sleep`` is replaced by a recorder).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

import magic_hour
import pytest
from magic_hour.resources.v1.lip_sync.client import _create_endpoint as lip_sync_endpoint
from support.flavours import Flavour
from support.http_server import LocalServer, ScriptedResponse, closed_port

TOKEN = "sk-test-faults-0123456789"
SECRET = "sk-SECRET-token-1234"
ASSETS = {"audio_file_path": "api-assets/id/1234.mp3", "video_source": "file"}
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


def lip_sync(client: Any) -> Callable[[], Any]:
    return lambda: client.v1.lip_sync.create(assets=ASSETS, end_seconds=15.0, start_seconds=0.0)


def get_project(client: Any) -> Callable[[], Any]:
    return lambda: client.v1.video_projects.get(id="vp_1")


# -- what the generated client passes to the runtime ------------------------------------


def test_the_client_retries_twice_by_default(flavour: Flavour, server: LocalServer) -> None:
    error_body = {"message": "down for maintenance", "retry": True}
    server.respond("GET", PROJECT_PATH, ScriptedResponse(503, json=error_body))
    client = flavour.client(token=TOKEN, base_url=server.url)  # default max_retries (2)
    flavour.fake_sleep(client)

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


def test_a_declared_error_response_is_parsed_into_its_model(
    flavour: Flavour, server: LocalServer
) -> None:
    server.respond("POST", LIP_SYNC_PATH, ScriptedResponse(400, json={"message": "bad"}))
    client = flavour.client(token=TOKEN, base_url=server.url)

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


def test_the_clients_timeout_applies_to_each_request(flavour: Flavour, server: LocalServer) -> None:
    server.respond("GET", PROJECT_PATH, ScriptedResponse(hang=True))
    client = flavour.client(token=TOKEN, base_url=server.url, timeout=0.5, max_retries=0)

    started = time.monotonic()
    with pytest.raises(magic_hour.APITimeoutError):
        flavour.run(client, get_project(client))
    elapsed = time.monotonic() - started

    assert 0.4 <= elapsed < 3.0
    assert len(server.requests) == 1


# -- logging and secrets -------------------------------------------------------------


def test_debug_logging_shows_calls_and_never_the_token(
    flavour: Flavour, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="magic_hour")
    server.respond("GET", PROJECT_PATH, ScriptedResponse(200, json=VIDEO_PROJECT))
    # A server echoing the credential back must not get it into the exception message.
    server.respond(
        "POST", LIP_SYNC_PATH, ScriptedResponse(401, json={"message": f"bad token {SECRET}"})
    )
    client = flavour.client(token=SECRET, base_url=server.url)
    unreachable = flavour.client(
        token=SECRET, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0
    )
    representations = [
        repr(client),
        repr(unreachable),
        repr(client.with_options(max_retries=0)),
        repr(client._base_client._auth),
    ]

    ok, rejected = flavour.run_all(client, get_project(client), lip_sync(client), capture=True)
    [refused] = flavour.run_all(unreachable, get_project(unreachable), capture=True)

    assert ok.id == "vp_1"
    assert type(rejected) is magic_hour.AuthenticationError
    assert type(refused) is magic_hour.APIConnectionError
    # The token did go out (so there was something to leak) ...
    assert len(server.requests) == 2
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
    assert logged("GET", project_url), lines
    assert logged("GET", project_url, "200"), lines
    assert logged("POST", f"{server.url}{LIP_SYNC_PATH}", "401"), lines


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
