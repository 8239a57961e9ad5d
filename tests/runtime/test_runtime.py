"""Behaviour of the SDK runtime (`runtime/`, copied verbatim into every SDK as `_core`).

The runtime is copied into ``<tmp>/acme_sdk/_core/`` as the generator does, imported, and
exercised over real HTTP against ``support.http_server.LocalServer``. Every behaviour test
runs for both the sync and the async client. (Its lint and type checks are the repository's
own: `tests/test_generated_quality.py`.)
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import decimal
import enum
import importlib
import logging
import pickle
import time
import uuid
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest
from support.http_server import LocalServer, ScriptedResponse, closed_port
from support.runtime_harness import HINT, PACKAGE, PASSWORD, QUERY_KEY, SECRETS, TOKEN, Harness


class Thing(pydantic.BaseModel):
    id: str
    name: str
    created_at: datetime.datetime | None = None


class ErrorBody(pydantic.BaseModel):
    message: str


class Color(enum.Enum):
    RED = "red"


THING = {"id": "t_1", "name": "Widget", "created_at": "2024-05-01T12:00:00Z"}


# -- behaviour over HTTP, sync and async ------------------------------------------


def base_client(core: ModuleType, base_url: str, **given: Any) -> Any:
    """The runtime's sync base client with the options a test does not care about."""
    options: dict[str, Any] = {
        "auth": {},
        "timeout": 5.0,
        "max_retries": 0,
        "max_response_bytes": None,
        "default_headers": {},
        "user_agent": "t",
        "http_client": None,
    }
    return core.SyncBaseClient(base_url=base_url, **{**options, **given})


def test_success_parses_model_and_sends_standard_headers(h: Harness, server: LocalServer) -> None:
    server.respond("GET", "/v1/things/t_1", ScriptedResponse(200, json=THING))
    client = h.client(server.url)
    thing = h.request(
        client,
        path="/v1/things/{id}",
        path_params={"id": "t_1"},
        security=[["bearer"]],
        response_type=Thing,
    )
    assert isinstance(thing, Thing)
    assert thing.created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone.utc)
    (sent,) = server.requests
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["user-agent"] == "acme-python/0.1.0"
    assert sent.headers["accept"] == "application/json"
    assert sent.body == b""
    assert "content-type" not in sent.headers


def test_429_retry_after_is_honoured(h: Harness, server: LocalServer) -> None:
    server.respond(
        "POST",
        "/v1/things",
        ScriptedResponse(429, json={"message": "slow down"}, headers={"Retry-After": "1"}),
        ScriptedResponse(200, json=[THING]),
    )
    client = h.client(server.url)
    things = h.request(
        client, method="POST", path="/v1/things", json={"name": "x"}, response_type=list[Thing]
    )
    assert [t.id for t in things] == ["t_1"]
    first, second = server.requests  # exactly one retry
    assert 0.9 <= second.received_at - first.received_at <= 3.0
    assert first.body == second.body == b'{"name":"x"}'  # the same request, repeated


def test_503_retries_until_exhausted(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond("GET", "/v1/things", ScriptedResponse(503, json={"message": "down"}))
    client = h.client(server.url, max_retries=2)
    delays = h.fake_sleep(client)
    with pytest.raises(core.InternalServerError) as info:
        h.request(client, path="/v1/things", response_type=list[Thing])
    assert len(server.requests) == 3
    assert info.value.status_code == 503
    assert info.value.body == {"message": "down"}
    assert info.value.raw_body == b'{"message": "down"}'
    assert "after 3 attempts" in str(info.value)
    # Exponential backoff with jitter in [0.75, 1.0].
    assert len(delays) == 2
    assert 0.375 <= delays[0] <= 0.5
    assert 0.75 <= delays[1] <= 1.0


def test_400_parses_declared_error_type(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond("GET", "/v1/things", ScriptedResponse(400, json={"message": "bad"}))
    client = h.client(server.url)
    with pytest.raises(core.BadRequestError) as info:
        h.request(client, path="/v1/things", error_types={400: ErrorBody})
    assert len(server.requests) == 1
    error = info.value
    assert isinstance(error, core.APIStatusError)
    assert isinstance(error, core.SDKError)
    assert error.body == {"message": "bad"}  # decoded JSON, as the API sent it
    assert isinstance(error.parsed, ErrorBody)  # and parsed into the declared error type
    assert error.parsed.message == "bad"
    assert error.status_code == 400
    assert isinstance(error.headers, httpx.Headers)
    assert isinstance(error.response, httpx.Response)
    assert isinstance(error.request, httpx.Request)
    assert str(error).startswith("Error code: 400 - {'message': 'bad'}")
    assert f"GET {server.url}/v1/things" in str(error)


def test_timeout_raises_api_timeout_error(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("GET", "/v1/slow", ScriptedResponse(hang=True))
    client = h.client(server.url, timeout=0.5, max_retries=0)
    started = time.monotonic()
    with pytest.raises(core.APITimeoutError) as info:
        h.request(client, path="/v1/slow")
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed <= 3.0
    assert isinstance(info.value, core.APIConnectionError)
    # The deadline's own timer, or httpx's timeout when it fired first.
    assert isinstance(info.value.__cause__, (httpx.TimeoutException, asyncio.TimeoutError))
    assert len(server.requests) == 1


def test_httpx_timeout_is_per_operation_and_retried_for_get(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("GET", "/v1/slow", ScriptedResponse(hang=True))
    # An httpx.Timeout limits each network operation, with no deadline for the call.
    client = h.client(server.url, timeout=httpx.Timeout(0.3), max_retries=1)
    delays = h.fake_sleep(client)
    with pytest.raises(core.APITimeoutError):
        h.request(client, path="/v1/slow")
    assert len(server.requests) == 2
    assert len(delays) == 1


def test_timeout_is_not_retried_for_post(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond("POST", "/v1/slow", ScriptedResponse(hang=True))
    client = h.client(server.url, timeout=0.3, max_retries=2)
    delays = h.fake_sleep(client)
    with pytest.raises(core.APITimeoutError):
        h.request(client, method="POST", path="/v1/slow", json={})
    assert len(server.requests) == 1
    assert delays == []


def test_closed_port_raises_connection_error_after_retries(h: Harness, core: ModuleType) -> None:
    client = h.client(f"http://127.0.0.1:{closed_port()}", max_retries=2)
    delays = h.fake_sleep(client)
    with pytest.raises(core.APIConnectionError) as info:
        # POST too: a refused connection never reached the server, so retrying is safe.
        h.request(client, method="POST", path="/v1/things", json={"name": "x"})
    assert not isinstance(info.value, core.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(delays) == 2
    assert "Connection error: POST http://127.0.0.1:" in str(info.value)


def test_post_500_is_not_retried(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond("POST", "/v1/things", ScriptedResponse(500, json={"message": "oops"}))
    client = h.client(server.url)
    delays = h.fake_sleep(client)
    with pytest.raises(core.InternalServerError):
        h.request(client, method="POST", path="/v1/things", json={"name": "x"})
    assert len(server.requests) == 1
    assert delays == []


def test_long_retry_after_is_not_waited_for(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond(
        "GET", "/v1/things", ScriptedResponse(429, json={}, headers={"Retry-After": "120"})
    )
    client = h.client(server.url)
    started = time.monotonic()
    with pytest.raises(core.RateLimitError) as info:
        h.request(client, path="/v1/things")
    assert time.monotonic() - started < 1.0
    assert len(server.requests) == 1
    assert info.value.status_code == 429
    assert info.value.headers["retry-after"] == "120"


def test_retry_after_ms_and_raw_response(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond(
        "POST",
        "/v1/things",
        ScriptedResponse(503, json={}, headers={"retry-after-ms": "50"}),
        ScriptedResponse(201, json=THING, headers={"X-Request-Id": "req_42"}),
    )
    client = h.client(server.url)
    delays = h.fake_sleep(client)
    raw = h.raw(client, method="POST", path="/v1/things", json={}, response_type=Thing)
    assert isinstance(raw, core.RawResponse)
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "req_42"
    assert raw.retries_taken == 1
    assert isinstance(raw.http_response, httpx.Response)
    parsed = raw.parse()
    assert isinstance(parsed, Thing) and parsed.id == "t_1"
    assert delays == [pytest.approx(0.05)]


def test_missing_credentials_raise_before_any_request(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    client = h.client(server.url, auth=h.auth(token=None))
    with pytest.raises(core.MissingCredentialsError) as info:
        h.request(client, operation="v1.lip_sync.create", path="/v1/x", security=[["bearer"]])
    assert isinstance(info.value, core.SDKError)
    assert not isinstance(info.value, core.APIError)
    assert "v1.lip_sync.create" in str(info.value)
    assert HINT in str(info.value)
    assert server.requests == []


def test_security_alternatives(h: Harness, server: LocalServer) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    client = h.client(server.url, auth=h.auth(token=None))
    # Optional auth: nothing set is fine.
    h.request(client, path="/v1/x", security=[["bearer"], []])
    # The first satisfiable alternative wins: bearer is unset, so the query key is used.
    h.request(client, path="/v1/x", security=[["bearer"], ["queryKey"]])
    # No security at all: nothing is applied even though a key is configured.
    h.request(client, path="/v1/x")
    optional, alternative, none = server.requests
    assert "authorization" not in optional.headers and optional.raw_query == ""
    assert alternative.query == {"api_key": [QUERY_KEY]}
    assert "authorization" not in alternative.headers
    assert none.raw_query == ""


def test_debug_logging_never_shows_secrets(
    h: Harness, core: ModuleType, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=PACKAGE)
    server.respond(
        "GET",
        "/v1/things",
        ScriptedResponse(503, json={}),
        # A server echoing the credential back must not leak it into the message.
        ScriptedResponse(401, json={"message": f"token {TOKEN} is revoked"}),
    )
    client = h.client(server.url)
    h.fake_sleep(client)
    with pytest.raises(core.AuthenticationError) as info:
        h.request(client, path="/v1/things", security=[["bearer", "queryKey"]])
    sent = server.requests[-1]
    assert sent.query["api_key"] == [QUERY_KEY]
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"

    url = f"{server.url}/v1/things?api_key=<redacted>"
    messages = [r.getMessage() for r in caplog.records if r.name == PACKAGE]
    assert f"Request: GET {url}" in messages
    assert any(m.startswith(f"Response: GET {url} -> 503 (") for m in messages)
    assert any(
        m.startswith(f"Retrying GET {url} in ") and "(attempt 2 of 3) because" in m
        for m in messages
    )
    assert any(m.startswith(f"Response: GET {url} -> 401 (") for m in messages)
    shown = [caplog.text, repr(client), str(info.value), repr(info.value), *messages]
    shown += [repr(scheme) for scheme in h.auth().values()]
    for text in shown:
        assert TOKEN not in text
        assert QUERY_KEY not in text
    assert url in str(info.value)


def test_not_given_and_encoding_of_parameters(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    NOT_GIVEN = core.NOT_GIVEN
    server.respond("POST", "/v1/things", ScriptedResponse(200, json={}))
    client = h.client(server.url, default_headers={"X-Default": "d", "X-Over": "default"})
    h.request(
        client,
        method="POST",
        path="/v1/things",
        query={
            "a": 1,
            "b": NOT_GIVEN,
            "c": None,
            "tags": ["x", "y"],
            "flag": True,
            "since": datetime.date(2024, 1, 2),
            "color": Color.RED,
        },
        headers={"X-Op": 7, "X-Skip": NOT_GIVEN, "X-None": None, "X-Over": "op"},
        cookies={"session": "s1", "gone": NOT_GIVEN},
        json={
            "name": "n",
            "omitted": NOT_GIVEN,
            "nothing": None,
            "when": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
            "id": uuid.UUID(int=1),
            "amount": decimal.Decimal("1.50"),
            "thing": Thing(id="t", name="n"),
        },
        request_options={
            "extra_body": {"extra": 1, "name": "over"},
            "extra_query": {"a": 2, "more": "m"},
            "extra_headers": {"X-Extra": "e"},
        },
    )
    (sent,) = server.requests
    assert sent.query == {
        "a": ["2"],
        "tags": ["x", "y"],
        "flag": ["true"],
        "since": ["2024-01-02"],
        "color": ["red"],
        "more": ["m"],
    }
    assert sent.headers["x-default"] == "d"
    assert sent.headers["x-over"] == "op"
    assert sent.headers["x-op"] == "7"
    assert sent.headers["x-extra"] == "e"
    assert "x-skip" not in sent.headers and "x-none" not in sent.headers
    assert sent.headers["cookie"] == "session=s1"
    assert sent.headers["content-type"] == "application/json"
    assert sent.json() == {
        "name": "over",
        "nothing": None,
        "when": "2024-01-02T03:04:05Z",
        "id": "00000000-0000-0000-0000-000000000001",
        "amount": "1.50",
        "thing": {"id": "t", "name": "n", "created_at": None},
        "extra": 1,
    }


def test_what_one_call_adds_stays_out_of_the_next(h: Harness, server: LocalServer) -> None:
    """A client builds the headers of a call once (base headers, content type,
    credentials) and shares them between calls: what one call adds is its own."""
    server.respond("POST", "/v1/things", ScriptedResponse(200, json={}))
    client = h.client(server.url, auth=h.every_scheme())
    header_only = [["bearer", "header"]]
    with_cookie = [["bearer", "cookie"]]
    calls: list[dict[str, Any]] = [
        {"headers": {"X-Op": "1"}, "request_options": {"extra_headers": {"X-Extra": "e"}}},
        {"request_options": {"additional_headers": {"X-More": "m"}}},
        {"json": {"a": 1}},
        {},
    ]
    for security in (header_only, with_cookie):
        server.requests.clear()
        for call in calls:
            h.request(client, method="POST", path="/v1/things", security=security, **call)
        first, second, third, fourth = server.requests
        assert (first.headers["x-op"], first.headers["x-extra"]) == ("1", "e")
        assert second.headers["x-more"] == "m"
        assert third.headers["content-type"] == "application/json"
        for later in (second, third, fourth):
            assert "x-op" not in later.headers and "x-extra" not in later.headers
        for later in (third, fourth):
            assert "x-more" not in later.headers
        assert "content-type" not in fourth.headers
        for sent in server.requests:
            assert sent.headers["authorization"] == f"Bearer {SECRETS['bearer']}"
            if security is header_only:
                assert sent.headers["x-api-key"] == SECRETS["header"]
            else:
                assert sent.headers["cookie"] == f"session={SECRETS['cookie']}"


def test_path_params_are_encoded_as_single_segments(h: Harness, server: LocalServer) -> None:
    server.respond("GET", "/v1/things/a%2Fb%20c%3Fd%23e/parts/true", ScriptedResponse(200, json={}))
    client = h.client(server.url)
    h.request(
        client,
        path="/v1/things/{id}/parts/{part}",
        path_params={"id": "a/b c?d#e", "part": True},
    )
    (sent,) = server.requests
    assert sent.path == "/v1/things/a%2Fb%20c%3Fd%23e/parts/true"


def test_user_supplied_http_client_is_not_closed(h: Harness, server: LocalServer) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    mine = httpx.AsyncClient() if h.is_async else httpx.Client()
    client = h.client(server.url, http_client=mine)
    h.request(client, path="/v1/x")
    h.close(client)
    assert not mine.is_closed
    if isinstance(mine, httpx.AsyncClient):
        h.run(mine.aclose())
    else:
        mine.close()

    owned = h.client(server.url)
    copied = owned.copy(max_retries=0)
    h.request(copied, path="/v1/x")
    h.close(copied)
    assert not owned._client.is_closed  # the copy does not own the pool
    h.close(owned)
    assert owned._client.is_closed


def test_response_validation_error(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond(
        "POST",
        "/v1/lip-sync",
        ScriptedResponse(200, json={"name": 5, "items": []}),
        ScriptedResponse(200, body=b"<html>oops</html>", headers={"Content-Type": "text/html"}),
    )
    client = h.client(server.url)
    kwargs: dict[str, Any] = {
        "method": "POST",
        "path": "/v1/lip-sync",
        "operation": "v1.lip_sync.create",
        "json": {},
        "response_type": Thing,
    }
    with pytest.raises(core.ResponseValidationError) as info:
        h.request(client, **kwargs)
    message = str(info.value)
    assert "v1.lip_sync.create (POST /v1/lip-sync)" in message
    assert "Thing" in message
    assert "field 'id': Field required" in message
    assert "field 'name': Input should be a valid string" in message
    assert isinstance(info.value.__cause__, pydantic.ValidationError)
    assert info.value.validation_error is info.value.__cause__
    assert isinstance(info.value, core.APIError)

    with pytest.raises(core.ResponseValidationError) as info:
        h.request(client, **kwargs)
    assert "Invalid JSON" in str(info.value)


def test_plain_response_types(h: Harness, server: LocalServer) -> None:
    server.respond("GET", "/v1/file", ScriptedResponse(200, body=b"\x00\x01data"))
    client = h.client(server.url)
    assert h.request(client, path="/v1/file", response_type=bytes) == b"\x00\x01data"
    assert h.request(client, path="/v1/file", response_type=str) == "\x00\x01data"
    assert h.request(client, path="/v1/file", response_type=None) is None
    assert h.request(client, path="/v1/file", response_type=type(None)) is None


def test_error_bodies_that_do_not_parse(h: Harness, core: ModuleType, server: LocalServer) -> None:
    server.respond(
        "GET",
        "/v1/x",
        ScriptedResponse(404, json={"detail": "nope"}),
        ScriptedResponse(422, body=b"plain words"),
        ScriptedResponse(418, body=b""),
    )
    client = h.client(server.url)
    errors = {404: ErrorBody, "4XX": ErrorBody}
    with pytest.raises(core.NotFoundError) as not_found:
        h.request(client, path="/v1/x", error_types=errors)
    assert not_found.value.body == {"detail": "nope"}
    with pytest.raises(core.UnprocessableEntityError) as unprocessable:
        h.request(client, path="/v1/x", error_types=errors)
    assert unprocessable.value.body == "plain words"
    with pytest.raises(core.APIStatusError) as teapot:
        h.request(client, path="/v1/x", error_types=errors)
    assert type(teapot.value) is core.APIStatusError
    assert teapot.value.body is None
    assert str(teapot.value).startswith("Error code: 418 (GET ")


def test_request_options_override_retries_and_timeout(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(503, json={}))
    server.respond("GET", "/v1/slow", ScriptedResponse(delay=0.6, json={}))
    client = h.client(server.url, max_retries=5, timeout=0.2)
    with pytest.raises(core.InternalServerError):
        h.request(client, path="/v1/x", request_options={"max_retries": 0})
    assert len(server.requests) == 1
    # A longer per-call timeout lets the slow reply through.
    assert h.request(client, path="/v1/slow", request_options={"timeout": 5.0}) is None


# -- sync-only checks of shared logic ----------------------------------------------


@pytest.mark.parametrize(
    ("method", "status", "headers", "attempts"),
    [
        ("GET", 500, {}, 3),
        ("GET", 409, {}, 3),
        ("GET", 408, {}, 3),
        ("GET", 404, {}, 1),
        ("GET", 503, {"x-should-retry": "false"}, 1),
        ("GET", 400, {"x-should-retry": "true"}, 3),
        ("DELETE", 502, {}, 3),
        ("POST", 500, {}, 1),
        ("POST", 409, {}, 1),
        ("PATCH", 502, {}, 1),
        ("POST", 408, {}, 3),
        ("POST", 429, {}, 3),
        ("POST", 503, {}, 3),
        ("POST", 400, {"x-should-retry": "true"}, 3),
    ],
)
def test_retry_policy(
    core: ModuleType,
    server: LocalServer,
    method: str,
    status: int,
    headers: dict[str, str],
    attempts: int,
) -> None:
    server.respond(method, "/v1/x", ScriptedResponse(status, json={}, headers=headers))
    with base_client(core, server.url, max_retries=2) as client:
        client._sleep = lambda _: None
        with pytest.raises(core.APIStatusError) as info:
            client.request(core.Endpoint(method, "/v1/x", "op"))
    assert info.value.status_code == status
    assert len(server.requests) == attempts


def test_retry_after_parsing(core: ModuleType) -> None:
    retries = importlib.import_module(f"{PACKAGE}._core.retries")
    parse = retries.retry_after_seconds
    assert parse(httpx.Headers({"retry-after": "2.5"})) == 2.5
    assert parse(httpx.Headers({"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    assert parse(httpx.Headers({"retry-after": "soon"})) is None
    assert parse(httpx.Headers({})) is None
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    now = datetime.datetime(2015, 10, 21, 7, 27, 30, tzinfo=datetime.timezone.utc).timestamp()
    assert parse(httpx.Headers({"retry-after": date}), now=now) == pytest.approx(30.0)
    for attempt, cap in [(0, 0.5), (1, 1.0), (3, 4.0), (4, 8.0), (10, 8.0)]:
        assert retries.backoff_delay(attempt, lambda: 0.0) == pytest.approx(cap * 0.75)
        assert retries.backoff_delay(attempt, lambda: 1.0) == pytest.approx(cap)


def test_error_type_selection_and_status_classes(core: ModuleType) -> None:
    parsing = importlib.import_module(f"{PACKAGE}._core.parsing")
    select = parsing.select_error_type
    table: dict[int | str, object] = {404: "exact", "4XX": "family", "default": "fallback"}
    assert select(404, table) == "exact"
    assert select(400, table) == "family"
    assert select(500, table) == "fallback"
    assert select(500, {"5xx": "lower"}) == "lower"
    assert select(500, None) is None
    errors = core.errors
    expected = {
        400: errors.BadRequestError,
        401: errors.AuthenticationError,
        402: errors.PaymentRequiredError,
        403: errors.PermissionDeniedError,
        404: errors.NotFoundError,
        409: errors.ConflictError,
        422: errors.UnprocessableEntityError,
        429: errors.RateLimitError,
        500: errors.InternalServerError,
        599: errors.InternalServerError,
        418: errors.APIStatusError,
    }
    for status, cls in expected.items():
        assert errors.status_error_class(status) is cls
    exported = [getattr(errors, name) for name in errors.__all__]
    for cls in (obj for obj in exported if isinstance(obj, type)):
        assert getattr(core, cls.__name__) is cls


def test_not_given_sentinel(core: ModuleType) -> None:
    NOT_GIVEN, NotGiven = core.NOT_GIVEN, core.NotGiven
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.copy(NOT_GIVEN) is NOT_GIVEN and copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


def test_auth_schemes_apply_and_hide_secrets(core: ModuleType, server: LocalServer) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    auth = {
        "basic": core.BasicAuth("user", PASSWORD, hint="h"),
        "header": core.ApiKeyAuth(QUERY_KEY, location="header", name="X-Api-Key", hint="h"),
        "cookie": core.ApiKeyAuth(TOKEN, location="cookie", name="sid", hint="h"),
    }
    with base_client(core, server.url + "/", auth=auth) as client:
        client.request(
            core.Endpoint("GET", "/v1/x", "op", security=(("basic", "header", "cookie"),))
        )
        assert TOKEN not in repr(client) and PASSWORD not in repr(client)
        assert repr(client) == (
            f"SyncBaseClient(base_url='{server.url}/', timeout=5.0, max_retries=0)"
        )
    (sent,) = server.requests
    assert sent.path == "/v1/x"
    assert sent.headers["authorization"] == httpx.BasicAuth("user", PASSWORD)._auth_header
    assert sent.headers["x-api-key"] == QUERY_KEY
    assert sent.headers["cookie"] == f"sid={TOKEN}"
    for scheme in auth.values():
        assert scheme.is_set
        text = repr(scheme)
        assert PASSWORD not in text and QUERY_KEY not in text and TOKEN not in text
        assert "<redacted>" in text
    assert repr(core.BearerAuth(None, hint="h")) == "BearerAuth(token=<not set>)"
    assert repr(core.BearerAuth(TOKEN, hint="h")) == "BearerAuth(token=<redacted>)"
    assert not core.BearerAuth("", hint="h").is_set
    assert not core.BasicAuth(None, "p", hint="h").is_set


def test_a_token_scheme_sends_its_own_name(core: ModuleType, server: LocalServer) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    with base_client(
        core, server.url, auth={"dsn": core.BearerAuth(TOKEN, hint="h", scheme="DSN")}
    ) as client:
        client.request(core.Endpoint("GET", "/v1/x", "op", security=(("dsn",),)))
    (sent,) = server.requests
    assert sent.headers["authorization"] == f"DSN {TOKEN}"


def test_default_query_goes_with_every_request_under_the_operations_own(
    h: Harness, server: LocalServer
) -> None:
    server.respond("GET", "/v1/things", ScriptedResponse(200, json={}))
    client = h.client(server.url, default_query={"region": "eu", "a": 0, "tags": ["d"]})
    h.request(client, method="GET", path="/v1/things", query={"a": 1})
    h.request(
        client, method="GET", path="/v1/things", request_options={"extra_query": {"region": "us"}}
    )
    merged = client.copy(default_query={"tags": ["x", "y"]})
    h.request(merged, method="GET", path="/v1/things")
    assert [r.query for r in server.requests] == [
        {"region": ["eu"], "a": ["1"], "tags": ["d"]},
        {"region": ["us"], "a": ["0"], "tags": ["d"]},
        {"region": ["eu"], "a": ["0"], "tags": ["x", "y"]},
    ]


def test_copy_overrides_and_merges(core: ModuleType, server: LocalServer) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    with base_client(
        core,
        "http://unused.invalid",
        auth={"bearer": core.BearerAuth(None, hint="h")},
        max_retries=2,
        default_headers={"X-A": "a", "X-B": "b"},
    ) as client:
        client._sleep = lambda _: None
        copied = client.copy(
            base_url=server.url,
            max_retries=0,
            default_headers={"X-B": "bb"},
            auth={"bearer": core.BearerAuth(TOKEN, hint="h")},
            timeout=httpx.Timeout(3.0),
        )
        assert type(copied) is core.SyncBaseClient
        assert copied._client is client._client
        assert copied._sleep is client._sleep
        assert copied.max_retries == 0 and client.max_retries == 2
        assert "timeout=Timeout(timeout=3.0)" in repr(copied)
        copied.request(core.Endpoint("GET", "/v1/x", "op", security=(("bearer",),)))
        assert TOKEN not in repr(copied)
    (sent,) = server.requests
    assert (sent.headers["x-a"], sent.headers["x-b"]) == ("a", "bb")
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"


def test_raw_response_contexts_do_not_leak(core: ModuleType, server: LocalServer) -> None:
    """Concurrent async calls each capture their own response."""
    for n in range(3):
        server.respond(
            "GET", f"/v1/{n}", ScriptedResponse(200, json={"n": n}, headers={"X-N": str(n)})
        )

    async def scenario() -> list[Any]:
        async with core.AsyncBaseClient(
            base_url=server.url,
            auth={},
            timeout=5.0,
            max_retries=0,
            max_response_bytes=None,
            default_headers={},
            user_agent="t",
            http_client=None,
        ) as client:

            async def get(n: int) -> dict[str, int]:
                result: dict[str, int] = await client.request(
                    core.Endpoint("GET", f"/v1/{n}", "op", response_type=dict[str, int])
                )
                return result

            wrapped: Callable[[int], Awaitable[Any]] = core.async_to_raw_response_wrapper(get)
            plain = await get(0)  # no wrapper: nothing captured, nothing fails
            assert plain == {"n": 0}
            return list(await asyncio.gather(*(wrapped(n) for n in range(3))))

    raws = asyncio.run(scenario())
    assert [r.headers["x-n"] for r in raws] == ["0", "1", "2"]
    assert [r.parse() for r in raws] == [{"n": 0}, {"n": 1}, {"n": 2}]


def test_missing_path_param_and_bad_security_key(core: ModuleType) -> None:
    with base_client(core, "http://unused.invalid") as client:
        with pytest.raises(core.InvalidRequestError, match="path parameter 'id'"):
            client.request(core.Endpoint("GET", "/v1/{id}", "op"), path_params={})
        with pytest.raises(core.InvalidRequestError, match="must not be empty"):
            client.request(core.Endpoint("GET", "/v1/{id}", "op"), path_params={"id": ""})
        with pytest.raises(core.MissingCredentialsError, match="'nope' is not configured"):
            client.request(core.Endpoint("GET", "/v1/x", "op", security=(("nope",),)))
