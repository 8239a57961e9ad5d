"""Redirects (issue 14): credentials never leave the API's origin, bodies are not re-sent
to another origin, and redirects within the origin keep working. Sync and async.

The API is one local server; "another origin" is a second one (another port).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

import pytest
from support.http_server import LocalServer, RecordedRequest, ScriptedResponse
from support.runtime_harness import SECRETS, WITH_BASIC, WITH_BEARER, Harness


@pytest.fixture
def other() -> Iterator[LocalServer]:
    """A server on another origin than `server`."""
    with LocalServer() as s:
        yield s


def assert_carries_no_secret(request: RecordedRequest) -> None:
    text = f"{request.path}?{request.raw_query} {request.headers} {request.body!r}"
    for name, secret in SECRETS.items():
        assert secret not in text and secret.replace("/", "%2F") not in text, name
    for header in ("authorization", "x-api-key", "cookie", "x-tenant"):
        assert header not in request.headers, header


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("security", [WITH_BEARER, WITH_BASIC], ids=["bearer", "basic"])
def test_redirect_to_another_origin_carries_no_credential(
    h: Harness,
    server: LocalServer,
    other: LocalServer,
    status: int,
    security: list[list[str]],
) -> None:
    server.respond(
        "GET", "/v1/file", ScriptedResponse(status, headers={"Location": f"{other.url}/cdn?x=1"})
    )
    other.respond("GET", "/cdn", ScriptedResponse(200, json={"ok": True}))
    client = h.client(
        server.url, auth=h.every_scheme(), default_headers={"X-Tenant": "t-SECRET-ish"}
    )
    result = h.request(
        client,
        path="/v1/file",
        security=security,
        headers={"X-Trace": "1"},
        cookies={"pref": "dark"},
        response_type=dict,
    )
    assert result == {"ok": True}
    (sent,) = server.requests
    assert "authorization" in sent.headers  # the API itself got the credentials
    (landed,) = other.requests
    assert landed.query == {"x": ["1"]}
    assert_carries_no_secret(landed)
    assert "x-trace" not in landed.headers
    assert landed.headers["user-agent"] == "acme-python/0.1.0"


def test_caller_http_client_following_redirects_is_overruled(
    h: Harness, server: LocalServer, other: LocalServer
) -> None:
    server.respond("GET", "/v1/file", ScriptedResponse(302, headers={"Location": other.url + "/x"}))
    other.respond("GET", "/x", ScriptedResponse(200, json={}))
    own = h.http_client(follow_redirects=True, headers={"X-Client-Default": "d"})
    client = h.client(server.url, auth=h.every_scheme(), http_client=own)
    h.request(client, path="/v1/file", security=WITH_BEARER)
    (landed,) = other.requests
    assert_carries_no_secret(landed)
    assert "x-client-default" not in landed.headers


@pytest.mark.parametrize("status", [307, 308])
def test_body_is_not_sent_to_another_origin(
    h: Harness, core: ModuleType, server: LocalServer, other: LocalServer, status: int
) -> None:
    server.respond(
        "POST", "/v1/jobs", ScriptedResponse(status, headers={"Location": f"{other.url}/steal"})
    )
    client = h.client(server.url, auth=h.every_scheme())
    with pytest.raises(core.RedirectError) as info:
        h.request(
            client, method="POST", path="/v1/jobs", json={"card": "4242"}, security=WITH_BEARER
        )
    assert other.requests == []
    error = info.value
    assert isinstance(error, core.APIError)
    assert error.response.status_code == status
    assert error.location == f"{other.url}/steal"
    message = str(error)
    assert f"POST {server.url}/v1/jobs" in message and f"({status})" in message
    assert f"to {other.url}/steal" in message and "another origin" in message
    assert SECRETS["query"] not in message and "api_key=<redacted>" in message
    assert len(server.requests) == 1


def test_post_redirected_with_see_other_goes_elsewhere_as_get(
    h: Harness, server: LocalServer, other: LocalServer
) -> None:
    server.respond(
        "POST", "/v1/jobs", ScriptedResponse(303, headers={"Location": other.url + "/r"})
    )
    other.respond("GET", "/r", ScriptedResponse(200, json={"done": True}))
    client = h.client(server.url, auth=h.every_scheme())
    result = h.request(
        client,
        method="POST",
        path="/v1/jobs",
        json={"a": 1},
        security=WITH_BEARER,
        response_type=dict,
    )
    assert result == {"done": True}
    (landed,) = other.requests
    assert landed.method == "GET" and landed.body == b""
    assert "content-type" not in landed.headers
    assert_carries_no_secret(landed)


@pytest.mark.parametrize("status", [307, 308])
def test_redirect_within_the_origin_keeps_credentials_and_body(
    h: Harness, server: LocalServer, status: int
) -> None:
    server.respond(
        "POST", "/v1/upload", ScriptedResponse(status, headers={"Location": "/v2/upload"})
    )
    server.respond("POST", "/v2/upload", ScriptedResponse(200, json={"stored": True}))
    client = h.client(server.url, auth=h.every_scheme())
    result = h.request(
        client,
        method="POST",
        path="/v1/upload",
        multipart=True,
        form={"title": "clip"},
        files={"file": ("clip.mp4", b"\x00video-bytes\x01", "video/mp4")},
        security=WITH_BEARER,
        response_type=dict,
    )
    assert result == {"stored": True}
    first, second = server.requests
    assert second.path == "/v2/upload"
    for name in ("authorization", "x-api-key", "cookie", "user-agent"):
        assert second.headers[name] == first.headers[name], name
    assert second.query == {"api_key": [SECRETS["query"]]}
    boundaries = [
        re.search(r"boundary=(\w+)", r.headers["content-type"]).group(1)  # type: ignore[union-attr]
        for r in (first, second)
    ]
    assert boundaries[0] != boundaries[1], "each request gets a fresh multipart boundary"
    assert second.body.replace(boundaries[1].encode(), b"B") == first.body.replace(
        boundaries[0].encode(), b"B"
    )
    assert b"\x00video-bytes\x01" in second.body


def test_credentials_do_not_come_back_after_leaving_the_origin(
    h: Harness, server: LocalServer, other: LocalServer
) -> None:
    server.respond("GET", "/v1/a", ScriptedResponse(302, headers={"Location": other.url + "/b"}))
    other.respond("GET", "/b", ScriptedResponse(302, headers={"Location": server.url + "/v1/c"}))
    server.respond("GET", "/v1/c", ScriptedResponse(200, json={}))
    client = h.client(server.url, auth=h.every_scheme())
    h.request(client, path="/v1/a", security=WITH_BEARER)
    first, back = server.requests
    assert "authorization" in first.headers
    assert_carries_no_secret(back)


def test_endless_redirects_stop(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond("GET", "/v1/loop", ScriptedResponse(302, headers={"Location": "/v1/loop"}))
    client = h.client(server.url)
    with pytest.raises(core.RedirectError, match="more than 10 redirects"):
        h.request(client, path="/v1/loop")
    assert len(server.requests) == 11


def test_redirect_to_another_scheme_is_refused(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond(
        "GET", "/v1/x", ScriptedResponse(302, headers={"Location": "file:///etc/passwd"})
    )
    client = h.client(server.url)
    with pytest.raises(core.RedirectError, match="only http and https"):
        h.request(client, path="/v1/x")


def test_one_time_body_is_not_sent_twice(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond("PUT", "/v1/blob", ScriptedResponse(307, headers={"Location": "/v1/blob2"}))
    client = h.client(server.url)
    chunks = iter([b"part one, ", b"part two"])
    with pytest.raises(core.RedirectError, match="one-time stream"):
        h.request(client, method="PUT", path="/v1/blob", content=chunks)
    (sent,) = server.requests
    assert sent.body == b"part one, part two"
