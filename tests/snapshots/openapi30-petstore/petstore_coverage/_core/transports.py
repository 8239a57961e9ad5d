"""The HTTP clients the SDK creates: httpx's defaults, the TLS context built on demand.

Reading the CA bundle into a TLS context costs more than the rest of a client, and a
client of an ``http://`` server never needs one. The clients made here are plain
``httpx.Client`` / ``httpx.AsyncClient`` (environment proxies, ``SSL_CERT_FILE`` and
``SSL_CERT_DIR``, limits: all httpx's); only their transports, their own and their
proxies', differ: each creates httpx's transport on the first request of a URL
scheme, with the process's shared TLS context (:func:`default_ssl_context`) for
``https`` and a context that trusts no certificate for plain ``http``.

httpx chooses the transports in two private methods of its clients; where a client is
given a ``transport`` (or another httpx calls them otherwise), httpx's own are used.
"""

from __future__ import annotations

import functools
import ssl
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["AsyncHttpClient", "HttpClient", "default_ssl_context"]

_TransportT = TypeVar("_TransportT", httpx.HTTPTransport, httpx.AsyncHTTPTransport)
# Called with each of httpx's transports as it is created (the sync client's deadline).
Prepare = Callable[[httpx.HTTPTransport], object]


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS settings (its CA bundle, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` as set when first needed), built once per process and shared by
    every client the SDK creates. An ``SSLContext`` may be shared between threads
    and connections.
    """
    return httpx.create_ssl_context()


@functools.cache
def _plain_http_context() -> ssl.SSLContext:
    """The context of the transports that carry ``http://`` only. httpx's transports
    require one; it is never used, and would refuse every server if it were: it
    verifies certificates and trusts none."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _ByScheme(Generic[_TransportT]):
    """One transport for ``https`` URLs and one for the others, each created on its
    first request."""

    def __init__(
        self,
        create: Callable[[ssl.SSLContext], _TransportT],
        prepare: Callable[[_TransportT], object] | None = None,
    ) -> None:
        self._create: Callable[[ssl.SSLContext], _TransportT] = create
        self._prepare: Callable[[_TransportT], object] | None = prepare
        self._made: dict[bool, _TransportT] = {}
        self._lock = threading.Lock()

    def for_url(self, url: httpx.URL) -> _TransportT:
        tls = url.scheme == "https"
        transport = self._made.get(tls)
        if transport is None:
            with self._lock:
                transport = self._made.get(tls)
                if transport is None:
                    context = default_ssl_context() if tls else _plain_http_context()
                    transport = self._create(context)
                    if self._prepare is not None:
                        self._prepare(transport)
                    self._made[tls] = transport
        return transport

    def made(self) -> list[_TransportT]:
        with self._lock:
            return list(self._made.values())


class _LazyTransport(httpx.BaseTransport):
    def __init__(self, options: dict[str, Any], prepare: Prepare | None) -> None:
        self._transports = _ByScheme(
            lambda context: httpx.HTTPTransport(verify=context, **options), prepare
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._transports.for_url(request.url).handle_request(request)

    def close(self) -> None:
        for transport in self._transports.made():
            transport.close()


class _AsyncLazyTransport(httpx.AsyncBaseTransport):
    def __init__(self, options: dict[str, Any]) -> None:
        self._transports = _ByScheme(
            lambda context: httpx.AsyncHTTPTransport(verify=context, **options)
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transports.for_url(request.url)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._transports.made():
            await transport.aclose()


def _lazy_options(
    args: tuple[Any, ...], options: dict[str, Any]
) -> dict[str, Any] | None:
    """The options of httpx's transport for a call to ``_init_transport`` /
    ``_init_proxy_transport``, or ``None`` where httpx's own must be made."""
    if args or options.get("transport") is not None or options.get("app") is not None:
        return None
    lazy = dict(options)
    lazy.pop("transport", None)
    lazy.pop("app", None)
    lazy.pop("verify", None)
    return lazy


class HttpClient(httpx.Client):
    """``httpx.Client`` whose transports create their TLS context on the first
    ``https`` request. ``prepare`` is called with each of httpx's transports as it is
    created."""

    def __init__(self, *, prepare: Prepare | None = None, **options: Any) -> None:
        self._prepare = prepare
        super().__init__(**options)

    def _init_transport(self, *args: Any, **options: Any) -> httpx.BaseTransport:
        lazy = _lazy_options(args, options)
        if lazy is None:
            return super()._init_transport(*args, **options)
        return _LazyTransport(lazy, self._prepare)

    def _init_proxy_transport(
        self, proxy: httpx.Proxy, *args: Any, **options: Any
    ) -> httpx.BaseTransport:
        lazy = _lazy_options(args, options)
        if lazy is None:
            return super()._init_proxy_transport(proxy, *args, **options)
        return _LazyTransport({**lazy, "proxy": proxy}, self._prepare)


class AsyncHttpClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` whose transports create their TLS context on the first
    ``https`` request."""

    def _init_transport(self, *args: Any, **options: Any) -> httpx.AsyncBaseTransport:
        lazy = _lazy_options(args, options)
        if lazy is None:
            return super()._init_transport(*args, **options)
        return _AsyncLazyTransport(lazy)

    def _init_proxy_transport(
        self, proxy: httpx.Proxy, *args: Any, **options: Any
    ) -> httpx.AsyncBaseTransport:
        lazy = _lazy_options(args, options)
        if lazy is None:
            return super()._init_proxy_transport(proxy, *args, **options)
        return _AsyncLazyTransport({**lazy, "proxy": proxy})
