"""One deadline for a whole call: connecting, sending, the response and every retry.

httpx's timeouts bound each network operation on its own, so a server that sends
one byte at a time keeps a call alive for ever. A call with a number as its
``timeout`` has a deadline instead. The async client enforces it by cancelling the
call (``asyncio.timeout``). The sync client cannot interrupt a blocking read from
outside, so every connect, read and write on its connections is given at most the
time left: the network backend of the client's connection pools is wrapped (see
:func:`install`), and the deadline of the call running in the current thread is
read from a context variable. Outside an SDK call the wrapper changes nothing.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
from collections.abc import Iterable

import httpcore
import httpx

__all__ = ["Clock", "DEADLINE", "cover", "install"]

# When the sync call running in this context must end (time.monotonic()), if ever.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    f"{__name__}.DEADLINE", default=None
)


class Clock:
    """The time left to one call whose ``timeout`` is a number of seconds.

    Any other timeout (``None``, an ``httpx.Timeout``) gives no deadline.
    """

    def __init__(self, timeout: object) -> None:
        self.limit: float | None = None
        self.at: float | None = None
        if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
            self.limit = float(timeout)
            self.at = time.monotonic() + self.limit

    def remaining(self) -> float | None:
        """Seconds left (never below 0), or ``None`` without a deadline."""
        if self.at is None:
            return None
        return max(self.at - time.monotonic(), 0.0)

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at


_T = typing.TypeVar("_T", bound=Exception)


def _clamp(timeout: float | None, error: type[_T]) -> float | None:
    """``timeout`` cut to the time left before this context's deadline."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's timeout passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(
            host, port, timeout, local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_unix_socket(path, timeout, socket_options)
        return _Stream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install(client: httpx.Client) -> bool:
    """Make the connections of ``client`` honour the deadline of SDK calls.

    Wraps the network backend of each connection pool behind the client's transports
    (its own and those it mounts, such as proxies), before it opens connections with
    it; returns whether every transport was covered. With a custom transport, the
    deadline is still checked between network operations and before each attempt,
    but a single slow read is not cut short.
    """
    transports = [getattr(client, "_transport", None)]
    transports.extend(getattr(client, "_mounts", {}).values())
    covered = [cover(transport) for transport in transports if transport is not None]
    return all(covered)


def cover(transport: object) -> bool:
    """Wrap the network backend of ``transport``'s connection pool (httpx's
    ``HTTPTransport``), if it has the one expected: this reaches into httpx's and
    httpcore's private attributes. Returns whether it is covered."""
    pool: typing.Any = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _Backend):
        return True
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)
        return True
    return False
