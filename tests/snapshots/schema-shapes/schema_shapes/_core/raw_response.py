"""Access to the HTTP response behind a call: ``client.x.with_raw_response.y(...)``.

The wrappers set a "capture slot" in a ``ContextVar`` for the duration of the call;
the base client records the final response into the slot when one is set. A
``ContextVar`` rather than an extra argument keeps every operation's signature
unchanged, and it follows the call into ``await``s, so async works the same way.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = [
    "RawResponse",
    "async_to_raw_response_wrapper",
    "record_response",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


@dataclasses.dataclass
class _CaptureSlot:
    response: httpx.Response | None = None
    retries_taken: int = 0


_CAPTURE: contextvars.ContextVar[_CaptureSlot | None] = contextvars.ContextVar(
    f"{__name__}.capture", default=None
)


def record_response(response: httpx.Response, retries_taken: int) -> None:
    """Called by the base client with each call's final response."""
    slot = _CAPTURE.get()
    if slot is not None:
        slot.response = response
        slot.retries_taken = retries_taken


class RawResponse(Generic[T]):
    """A call's parsed result together with the HTTP response it came from.

    Attributes:
        http_response: The final ``httpx.Response`` (after any retries).
        retries_taken: How many retries were needed (0 when the first try worked).
    """

    def __init__(
        self, parsed: T, http_response: httpx.Response, retries_taken: int
    ) -> None:
        self._parsed = parsed
        self.http_response = http_response
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> T:
        """The call's usual return value."""
        return self._parsed

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] retries_taken={self.retries_taken} "
            f"parsed={type(self._parsed).__name__}>"
        )


def _finish(value: R, slot: _CaptureSlot, func: Callable[..., Any]) -> RawResponse[R]:
    if slot.response is None:
        raise RuntimeError(f"{func.__qualname__} made no HTTP request to capture")
    return RawResponse(value, slot.response, slot.retries_taken)


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Wrap an operation so that it returns a :class:`RawResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        slot = _CaptureSlot()
        token = _CAPTURE.set(slot)
        try:
            value = func(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return _finish(value, slot, func)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """Wrap an async operation so that it returns a :class:`RawResponse`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        # Set inside the coroutine, so the slot is visible to the awaited call and
        # to nothing running concurrently in other tasks.
        slot = _CaptureSlot()
        token = _CAPTURE.set(slot)
        try:
            value = await func(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return _finish(value, slot, func)

    return wrapped
