"""Runs SDK-runtime scenarios through SyncBaseClient and AsyncBaseClient alike.

The runtime (`runtime/`) is installed as the `_core` package of a small SDK called
`acme_sdk`, as the generator copies it into every SDK, and imported from there.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

RUNTIME = Path(__file__).resolve().parents[2] / "runtime"
PACKAGE = "acme_sdk"
TOKEN = "sk-test-TOKEN-0123456789"
QUERY_KEY = "qk-test-KEY-9876543210"
PASSWORD = "pw-test-PASSWORD-555"
HINT = "pass Client(token=...) or set ACME_API_TOKEN"
# One secret per kind of credential; the query key has characters a URL percent-encodes.
SECRETS = {
    "bearer": "sk-bearer-SECRET-0001",
    "username": "user-SECRET-0002",
    "password": "pw-SECRET-0003",
    "header": "hk-SECRET-0004",
    "query": "qk/SECRET+0005=",
    "cookie": "ck-SECRET-0006",
}
# Security requirements that send every secret above (bearer and basic both use
# `Authorization`, so they are two alternatives).
WITH_BEARER = [["bearer", "header", "query", "cookie"]]
WITH_BASIC = [["basic"]]


def install_runtime(root: Path, *, package: str = PACKAGE) -> Path:
    """The runtime as the `_core` package of an SDK called `package` under `root`."""
    core = root / package / "_core"
    shutil.copytree(RUNTIME, core, ignore=shutil.ignore_patterns("__pycache__"))
    (root / package / "__init__.py").write_text("")
    (root / package / "py.typed").write_text("")
    return core


_ENDPOINT_FIELDS = (
    "method",
    "path",
    "operation",
    "security",
    "response_type",
    "error_types",
    "accept",
    "content_type",
    "query_styles",
    "multipart",
)


class Harness:
    """Runs the same scenario against SyncBaseClient or AsyncBaseClient."""

    def __init__(self, core: ModuleType, mode: str) -> None:
        self.core = core
        self.is_async = mode == "async"
        self.loop = asyncio.new_event_loop() if self.is_async else None
        self.clients: list[Any] = []
        self.own_clients: list[Any] = []

    def auth(self, token: str | None = TOKEN) -> dict[str, Any]:
        return {
            "bearer": self.core.BearerAuth(token, hint=HINT),
            "queryKey": self.core.ApiKeyAuth(
                QUERY_KEY, location="query", name="api_key", hint="set ACME_QUERY_KEY"
            ),
        }

    def every_scheme(self) -> dict[str, Any]:
        """A scheme of every kind, each holding its secret of `SECRETS`."""
        core = self.core
        return {
            "bearer": core.BearerAuth(SECRETS["bearer"], hint="h"),
            "basic": core.BasicAuth(SECRETS["username"], SECRETS["password"], hint="h"),
            "header": core.ApiKeyAuth(
                SECRETS["header"], location="header", name="X-Api-Key", hint="h"
            ),
            "query": core.ApiKeyAuth(SECRETS["query"], location="query", name="api_key", hint="h"),
            "cookie": core.ApiKeyAuth(
                SECRETS["cookie"], location="cookie", name="session", hint="h"
            ),
        }

    def http_client(self, **options: Any) -> Any:
        """A caller's own httpx client of the right flavour (closed at shutdown)."""
        client = httpx.AsyncClient(**options) if self.is_async else httpx.Client(**options)
        self.own_clients.append(client)
        return client

    def stream(self, client: Any, **kwargs: Any) -> list[Any]:
        """Call an event-stream endpoint and collect its events."""
        endpoint = self.endpoint(kwargs)
        if self.is_async:

            async def collect() -> list[Any]:
                stream = await client.stream(endpoint, **kwargs)
                return [event async for event in stream]

            return self.run(collect())  # type: ignore[no-any-return]
        return list(client.stream(endpoint, **kwargs))

    def client(self, url: str, **overrides: Any) -> Any:
        kwargs: dict[str, Any] = {
            "base_url": url,
            "auth": self.auth(),
            "timeout": 5.0,
            "max_retries": 2,
            "max_response_bytes": 1024 * 1024,
            "default_headers": {},
            "user_agent": "acme-python/0.1.0",
            "http_client": None,
        }
        kwargs.update(overrides)
        cls = self.core.AsyncBaseClient if self.is_async else self.core.SyncBaseClient
        client = cls(**kwargs)
        self.clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        if self.loop is not None:
            return self.loop.run_until_complete(value)
        return value

    def endpoint(self, kwargs: dict[str, Any]) -> Any:
        """Split a call's keyword arguments into its Endpoint and the rest (in place)."""
        fields = {name: kwargs.pop(name) for name in _ENDPOINT_FIELDS if name in kwargs}
        fields.setdefault("method", "GET")
        fields.setdefault("operation", "v1.things.get")
        if "security" in fields:
            fields["security"] = tuple(tuple(names) for names in fields["security"])
        return self.core.Endpoint(**fields)

    def request(self, client: Any, **kwargs: Any) -> Any:
        endpoint = self.endpoint(kwargs)
        return self.run(client.request(endpoint, **kwargs))

    def fake_sleep(self, client: Any) -> list[float]:
        """Replace the client's sleep with one that records and returns at once."""
        delays: list[float] = []
        if self.is_async:

            async def sleep(delay: float) -> None:
                delays.append(delay)

            client._sleep = sleep
        else:
            client._sleep = delays.append
        return delays

    def raw(self, client: Any, **kwargs: Any) -> Any:
        """Call through the raw-response wrapper, as generated resources do."""
        endpoint = self.endpoint(kwargs)
        if self.is_async:

            async def operation() -> Any:
                return await client.request(endpoint, **kwargs)

            return self.run(self.core.async_to_raw_response_wrapper(operation)())

        def sync_operation() -> Any:
            return client.request(endpoint, **kwargs)

        return self.core.to_raw_response_wrapper(sync_operation)()

    def close(self, client: Any) -> None:
        self.run(client.aclose() if self.is_async else client.close())

    def shutdown(self) -> None:
        for client in self.clients:
            self.close(client)
        for own in self.own_clients:
            self.run(own.aclose() if self.is_async else own.close())
        if self.loop is not None:
            self.loop.close()
