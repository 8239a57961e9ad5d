"""TLS of the HTTP clients the SDK creates (issue 17): httpx's default verification, and the
CA bundle read only when the first https connection needs it. Sync and async."""

from __future__ import annotations

import importlib
import ssl
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import certifi
import httpx
import pytest
import trustme
from support.http_server import LocalServer, ScriptedResponse
from support.runtime_harness import Harness

THING = ScriptedResponse(200, json={"id": "t_1"})


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[LocalServer]:
    """An HTTPS server whose certificate (for 127.0.0.1) is signed by `ca` only."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with LocalServer(tls=context) as server:
        server.respond("GET", "/v1/things/t_1", THING)
        yield server


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def transports(core: ModuleType) -> ModuleType:
    return importlib.import_module(f"{core.__name__}.transports")


@pytest.fixture
def ca_loads(transports: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str | None]]:
    """The CA file of every `load_verify_locations`, in a process whose shared TLS context
    is not built yet (`SSL_CERT_FILE` and `SSL_CERT_DIR` unset)."""
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    loads: list[str | None] = []
    load = ssl.SSLContext.load_verify_locations

    def spy(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append(args[0] if args else kwargs.get("cafile"))
        load(context, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", spy)
    transports.default_ssl_context.cache_clear()
    yield loads
    transports.default_ssl_context.cache_clear()


def _get(h: Harness, client: Any) -> Any:
    return h.request(client, path="/v1/things/{id}", path_params={"id": "t_1"}, response_type=dict)


def test_a_client_of_an_http_server_reads_no_ca_bundle(
    h: Harness, server: LocalServer, ca_loads: list[str | None]
) -> None:
    server.respond("GET", "/v1/things/t_1", THING)
    client = h.client(server.url)
    assert _get(h, client) == {"id": "t_1"}
    assert _get(h, h.client(server.url)) == {"id": "t_1"}
    assert ca_loads == []


def test_a_server_signed_by_an_unknown_ca_is_refused(
    h: Harness, core: ModuleType, tls_server: LocalServer, ca_loads: list[str | None]
) -> None:
    client = h.client(tls_server.url, max_retries=0)
    with pytest.raises(core.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        _get(h, client)
    assert tls_server.requests == []
    assert ca_loads == [certifi.where()]  # httpx's default CA bundle


def test_ssl_cert_file_names_the_trusted_cas_and_the_context_is_shared(
    h: Harness,
    tls_server: LocalServer,
    ca_loads: list[str | None],
    ca_file: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    assert _get(h, h.client(tls_server.url)) == {"id": "t_1"}
    assert _get(h, h.client(tls_server.url)) == {"id": "t_1"}
    assert len(tls_server.requests) == 2
    assert ca_loads == [ca_file]


def test_proxies_from_the_environment_are_used(
    h: Harness, server: LocalServer, ca_loads: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.respond("GET", "/v1/things/t_1", THING)
    client = h.client("http://api.example.invalid")
    assert _get(h, client) == {"id": "t_1"}
    [request] = server.requests
    assert request.headers["host"] == "api.example.invalid"
    assert ca_loads == []


def test_the_context_of_plain_http_transports_trusts_no_server(
    transports: ModuleType, tls_server: LocalServer, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)  # read by httpx's context only
    context = transports._plain_http_context()
    with httpx.Client(verify=context) as client, pytest.raises(httpx.ConnectError):
        client.get(f"{tls_server.url}/v1/things/t_1")
    assert tls_server.requests == []
