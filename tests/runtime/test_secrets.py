"""Secrets (issue 14): credentials are checked when the client is built, and no log line (at
any level, from any logger: the SDK's, httpx's, httpcore's), exception text or repr ever holds
one. Sync and async."""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from support.http_server import LocalServer, ScriptedResponse, closed_port
from support.runtime_harness import SECRETS, WITH_BASIC, WITH_BEARER, Harness

_BAD_CREDENTIALS = {
    "trailing newline": ("sk-live-0123456789\n", "whitespace"),
    "leading space": (" sk-live-0123456789", "whitespace"),
    "NUL inside": ("sk-live\x00-0123456789", "control character"),
    "line break inside": ("sk-live\r\nX-Evil: 1", "control character"),
}
_SCHEMES: dict[str, Callable[[ModuleType, str], Any]] = {
    "bearer": lambda core, v: core.BearerAuth(v, hint="pass token=... or set ACME_TOKEN"),
    "basic user": lambda core, v: core.BasicAuth(v, "pw", hint="pass username=..."),
    "basic password": lambda core, v: core.BasicAuth("user", v, hint="pass password=..."),
    "header key": lambda core, v: core.ApiKeyAuth(
        v, location="header", name="X-Api-Key", hint="pass api_key=..."
    ),
    "query key": lambda core, v: core.ApiKeyAuth(
        v, location="query", name="key", hint="pass api_key=..."
    ),
    "cookie key": lambda core, v: core.ApiKeyAuth(
        v, location="cookie", name="sid", hint="pass session=..."
    ),
}


@pytest.mark.parametrize("scheme", sorted(_SCHEMES))
@pytest.mark.parametrize("case", sorted(_BAD_CREDENTIALS))
def test_a_credential_that_cannot_be_sent_is_refused_when_built(
    core: ModuleType, scheme: str, case: str
) -> None:
    value, problem = _BAD_CREDENTIALS[case]
    with pytest.raises(ValueError, match=problem) as info:
        _SCHEMES[scheme](core, value)
    message = str(info.value)
    assert "pass " in message  # the hint says which argument (or variable) to fix
    assert value.strip() not in message and "0123456789" not in message


@pytest.mark.parametrize("scheme", ["bearer", "header key", "cookie key"])
def test_a_non_ascii_header_credential_is_refused_when_built(core: ModuleType, scheme: str) -> None:
    with pytest.raises(ValueError, match="non-ASCII") as info:
        _SCHEMES[scheme](core, "clé-secrète-42")
    assert "secrète" not in str(info.value)
    # In a query parameter or a Basic pair (percent- or base64-encoded) it can be sent.
    assert _SCHEMES["query key"](core, "clé-secrète-42").is_set
    assert _SCHEMES["basic password"](core, "clé-secrète-42").is_set


def test_no_secret_in_any_log_record_message_or_repr(
    h: Harness,
    core: ModuleType,
    server: LocalServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: the SDK's, httpx's and httpcore's records
    with LocalServer() as other:
        server.respond(
            "GET",
            "/v1/things",
            ScriptedResponse(503, json={}),
            # A server echoing the credentials back must not leak them either.
            ScriptedResponse(401, json={"message": f"bad key {SECRETS['header']}"}),
        )
        server.respond("GET", "/v1/moved", ScriptedResponse(307, headers={"Location": other.url}))
        other.respond("GET", "/", ScriptedResponse(200, json={}))
        server.respond("GET", "/v1/slow", ScriptedResponse(hang=True))
        client = h.client(server.url, auth=h.every_scheme(), max_retries=1)
        h.fake_sleep(client)
        errors: list[BaseException] = []
        for security in (WITH_BEARER, WITH_BASIC):
            with pytest.raises(core.AuthenticationError) as status:
                h.request(client, path="/v1/things", security=security)
            errors.append(status.value)
            h.request(client, path="/v1/moved", security=security)
        slow = client.copy(timeout=0.3)
        with pytest.raises(core.APITimeoutError) as timeout:
            h.request(slow, path="/v1/slow", security=WITH_BEARER)
        errors.append(timeout.value)
        closed = client.copy(base_url=f"http://127.0.0.1:{closed_port()}")
        with pytest.raises(core.APIConnectionError) as refused:
            h.request(closed, path="/v1/x", security=WITH_BEARER)
        errors.append(refused.value)

    sent = server.requests[0]
    assert sent.query == {"api_key": [SECRETS["query"]]}  # really sent, so really tested
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"acme_sdk", "httpx", "httpcore"} <= loggers
    shown = [record.getMessage() for record in caplog.records]
    shown += [repr(client), repr(slow), *map(repr, h.every_scheme().values())]
    for error in errors:
        shown += [str(error), repr(error), str(error.__cause__), repr(error.__cause__)]
    for text in shown:
        for name, secret in SECRETS.items():
            for spelled in {secret, urllib.parse.quote(secret, safe="")}:
                assert spelled not in text, f"the {name} secret in {text!r}"


def test_httpx_logs_the_url_with_the_key_redacted(
    h: Harness, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    client = h.client(server.url, auth=h.every_scheme())
    h.request(client, path="/v1/x", security=WITH_BEARER)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert line.startswith(f"HTTP Request: GET {server.url}/v1/x?api_key=<redacted>")
