"""Clear errors for misuse (issue 14): a bad `base_url` is refused when the client is built,
values that cannot be sent raise `InvalidRequestError` (a `ValueError`) before anything is
sent, and calls on a closed client raise `ClientClosedError`. Sync and async."""

from __future__ import annotations

from types import ModuleType

import pytest
from support.http_server import LocalServer, ScriptedResponse
from support.runtime_harness import Harness

_BAD_BASE_URLS = {
    "query string": ("https://api.example.com/v1?tenant=1", "query string"),
    "empty query": ("https://api.example.com/v1?", "query string"),
    "fragment": ("https://api.example.com/v1#top", "fragment"),
    "no scheme": ("api.example.com/v1", "absolute http"),
    "other scheme": ("ftp://api.example.com", "absolute http"),
    "no host": ("https:///v1", "absolute http"),
    "credentials": ("https://user:hunter2-secret@api.example.com", "user name or password"),
    "empty": ("", "empty"),
}


@pytest.mark.parametrize("case", sorted(_BAD_BASE_URLS))
def test_a_bad_base_url_is_refused_when_built(h: Harness, case: str) -> None:
    url, problem = _BAD_BASE_URLS[case]
    with pytest.raises(ValueError, match=problem) as info:
        h.client(url)
    assert "hunter2" not in str(info.value)


def test_copies_check_their_base_url_too(h: Harness, server: LocalServer) -> None:
    client = h.client(server.url)
    with pytest.raises(ValueError, match="query string"):
        client.copy(base_url=server.url + "?a=1")


_UNSENDABLE = {
    "line break": "S3CR3T\r\nX-Injected: 1",
    "NUL": "S3CR3T\x00",
    "non-ASCII": "S3CR3T-é",
    "trailing space": "S3CR3T ",
}


@pytest.mark.parametrize("case", sorted(_UNSENDABLE))
def test_a_header_value_that_cannot_be_sent_raises_before_sending(
    h: Harness, core: ModuleType, server: LocalServer, case: str
) -> None:
    value = _UNSENDABLE[case]
    client = h.client(server.url)
    for arguments in (
        {"headers": {"X-Trace": value}},
        {"request_options": {"extra_headers": {"X-Trace": value}}},
    ):
        with pytest.raises(core.InvalidRequestError) as info:
            h.request(client, path="/v1/x", **arguments)
        error = info.value
        assert isinstance(error, ValueError) and isinstance(error, core.SDKError)
        assert "'X-Trace'" in str(error) and "S3CR3T" not in str(error)
    with pytest.raises(ValueError, match="default_headers: the value of header 'X-Trace'"):
        h.client(server.url, default_headers={"X-Trace": value})
    assert server.requests == []


def test_header_names_and_cookie_values_that_cannot_be_sent(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    client = h.client(server.url)
    with pytest.raises(core.InvalidRequestError, match="not a valid HTTP header name"):
        h.request(client, path="/v1/x", headers={"X Bad": "v"})
    with pytest.raises(core.InvalidRequestError, match="cookie 'session'.*cannot hold"):
        h.request(client, path="/v1/x", cookies={"session": "a; admin=1"})
    with pytest.raises(core.InvalidRequestError, match="non-ASCII"):
        h.request(client, path="/v1/x", cookies={"session": "é"})
    assert server.requests == []


def test_calls_on_a_closed_client_raise_client_closed_error(
    h: Harness, core: ModuleType, server: LocalServer
) -> None:
    server.respond("GET", "/v1/x", ScriptedResponse(200, json={}))
    client = h.client(server.url)
    copied = client.copy(max_retries=0)
    h.request(copied, path="/v1/x")
    h.close(client)
    for closed in (client, copied):
        with pytest.raises(core.ClientClosedError, match="closed") as info:
            h.request(closed, path="/v1/x")
        assert isinstance(info.value, core.SDKError)
    assert len(server.requests) == 1
