"""A response read as it arrives: ``client.x.with_streaming_response.y(...)``.

The wrappers make the call inside a ``with`` (or ``async with``) block and hand over
the HTTP response before its body is read, so a large download never has to fit in
memory: ``iter_bytes()``, ``iter_lines()`` and ``stream_to_file(path)`` read it chunk
by chunk, ``read()`` and ``parse()`` read it whole (``parse()`` gives what the
method returns). The response is closed when the block ends.

A ``ContextVar`` tells the base client that the call is streamed, as
:mod:`.raw_response` does for raw responses, so every operation keeps its signature.
The response size limit (``max_response_bytes``) does not apply to a streamed body:
the caller reads as much of it as they choose. An error status still raises its
exception when the block is entered, its body read and parsed as usual.
"""

from __future__ import annotations

import contextvars
import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from .endpoint import Endpoint
from .parsing import parse_response

__all__ = [
    "AsyncStreamedCall",
    "AsyncStreamedResponse",
    "StreamedCall",
    "StreamedResponse",
    "async_to_streamed_response_wrapper",
    "streamed_call",
    "to_streamed_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")


class _StreamSlot:  # a plain class: cheaper to define than a dataclass
    def __init__(self) -> None:
        self.endpoint: Endpoint[Any] | None = None


_STREAM: contextvars.ContextVar[_StreamSlot | None] = contextvars.ContextVar(
    f"{__name__}.stream", default=None
)


def streamed_call(endpoint: Endpoint[Any]) -> bool:
    """Called by the base client as it prepares a call: whether to stream it (the
    call is made by a streaming wrapper), noting the endpoint for ``parse()``."""
    slot = _STREAM.get()
    if slot is None:
        return False
    slot.endpoint = endpoint
    return True


def _response_of(value: object, slot: _StreamSlot, func: Callable[..., Any]) -> Any:
    if not isinstance(value, httpx.Response) or slot.endpoint is None:
        raise RuntimeError(f"{func.__qualname__} made no HTTP request to stream")
    return value


class _Body(Generic[T]):
    def __init__(self, http_response: httpx.Response, endpoint: Endpoint[T]) -> None:
        self.http_response = http_response
        self._endpoint = endpoint

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def _parsed(self) -> T:
        parsed: T = parse_response(
            self.http_response, self._endpoint.response_type, call=self._endpoint.name
        )
        return parsed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self._endpoint.name}>"


class StreamedResponse(_Body[T]):
    """The HTTP response of a streamed call, its body not read yet.

    Attributes:
        http_response: The ``httpx.Response`` (after any redirects and retries).
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks (decompressed), as it arrives."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body as text, line by line, as it arrives."""
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def parse(self) -> T:
        """The whole body, parsed as the method would return it."""
        self.read()
        return self._parsed()

    def stream_to_file(
        self, path: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``path`` chunk by chunk, never all of it in memory."""
        with open(path, "wb") as file:
            for chunk in self.http_response.iter_bytes(chunk_size):
                file.write(chunk)

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(_Body[T]):
    """The HTTP response of a streamed async call, its body not read yet.

    Attributes:
        http_response: The ``httpx.Response`` (after any redirects and retries).
    """

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks (decompressed), as it arrives."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as text, line by line, as it arrives."""
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        """The whole body."""
        return await self.http_response.aread()

    async def parse(self) -> T:
        """The whole body, parsed as the method would return it."""
        await self.read()
        return self._parsed()

    async def stream_to_file(
        self, path: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``path`` chunk by chunk, never all of it in memory."""
        # The network is awaited; each write to the local file is short.
        with open(path, "wb") as file:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                file.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()


class StreamedCall(Generic[T]):
    """``with`` it to make the call and get its :class:`StreamedResponse`."""

    def __init__(self, func: Callable[..., Any], call: Callable[[], Any]) -> None:
        self._func = func
        self._call = call
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        slot = _StreamSlot()
        token = _STREAM.set(slot)
        try:
            value = self._call()
        finally:
            _STREAM.reset(token)
        response = _response_of(value, slot, self._func)
        assert slot.endpoint is not None
        self._response = StreamedResponse(response, slot.endpoint)
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedCall(Generic[T]):
    """``async with`` it to make the call and get its :class:`AsyncStreamedResponse`."""

    def __init__(
        self, func: Callable[..., Any], call: Callable[[], Awaitable[Any]]
    ) -> None:
        self._func = func
        self._call = call
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        # Set inside the coroutine, so the slot is visible to the awaited call and
        # to nothing running concurrently in other tasks.
        slot = _StreamSlot()
        token = _STREAM.set(slot)
        try:
            value = await self._call()
        finally:
            _STREAM.reset(token)
        response = _response_of(value, slot, self._func)
        assert slot.endpoint is not None
        self._response = AsyncStreamedResponse(response, slot.endpoint)
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(
    func: Callable[P, T],
) -> Callable[P, StreamedCall[T]]:
    """Wrap an operation so that ``with`` its call gives a :class:`StreamedResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedCall[T]:
        return StreamedCall(func, functools.partial(func, *args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamedCall[T]]:
    """Wrap an async operation so that ``async with`` its call gives an
    :class:`AsyncStreamedResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedCall[T]:
        return AsyncStreamedCall(func, functools.partial(func, *args, **kwargs))

    return wrapped
