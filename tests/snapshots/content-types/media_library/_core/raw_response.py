"""Access to the HTTP response behind a call: ``client.x.with_raw_response.y(...)``.

The wrappers set a "capture slot" in a ``ContextVar`` for the duration of the call;
the base client records the final response into the slot when one is set. A
``ContextVar`` rather than an extra argument keeps every operation's signature
unchanged, and it follows the call into ``await``s, so async works the same way.

An operation whose success response declares headers returns a
``RawResponseWithHeaders``, whose ``parse_headers()`` validates them into the
operation's headers model; the others return a plain ``RawResponse``.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, overload

import httpx
import pydantic

from .errors import ResponseValidationError
from .parsing import describe_validation_error

__all__ = [
    "RawResponse",
    "RawResponseWithHeaders",
    "async_to_raw_response_wrapper",
    "record_response",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
R = TypeVar("R")
H = TypeVar("H", bound=pydantic.BaseModel)
P = ParamSpec("P")


class _CaptureSlot:  # a plain class: cheaper to define than a dataclass
    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.retries_taken = 0


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


class RawResponseWithHeaders(RawResponse[T], Generic[T, H]):
    """A :class:`RawResponse` of an operation that declares response headers."""

    def __init__(
        self,
        parsed: T,
        http_response: httpx.Response,
        retries_taken: int,
        headers_type: type[H],
    ) -> None:
        super().__init__(parsed, http_response, retries_taken)
        self._headers_type = headers_type

    def parse_headers(self) -> H:
        """The declared response headers, validated into their model.

        Header names are matched case-insensitively; a declared header the response
        lacks is ``None`` (unless the API requires it).

        Raises:
            ResponseValidationError: a header is missing or does not match its type.
        """
        headers_type = self._headers_type
        values: dict[str, str] = {}
        for name, field in headers_type.model_fields.items():
            wire_name = field.alias or name
            if wire_name in self.headers:
                values[wire_name] = self.headers[wire_name]
        try:
            return headers_type.model_validate(values)
        except pydantic.ValidationError as exc:
            message = (
                f"the response headers (status {self.status_code}) did not match "
                f"{headers_type.__name__}:\n"
                + "\n".join(f"  {line}" for line in describe_validation_error(exc))
            )
            raise ResponseValidationError(
                message, response=self.http_response, validation_error=exc
            ) from exc


def _finish(
    value: R,
    slot: _CaptureSlot,
    func: Callable[..., Any],
    headers_type: type[pydantic.BaseModel] | None,
) -> RawResponse[R]:
    if slot.response is None:
        raise RuntimeError(f"{func.__qualname__} made no HTTP request to capture")
    if headers_type is not None:
        return RawResponseWithHeaders(
            value, slot.response, slot.retries_taken, headers_type
        )
    return RawResponse(value, slot.response, slot.retries_taken)


@overload
def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, RawResponse[R]]: ...


@overload
def to_raw_response_wrapper(
    func: Callable[P, R], headers_type: type[H]
) -> Callable[P, RawResponseWithHeaders[R, H]]: ...


def to_raw_response_wrapper(
    func: Callable[P, R], headers_type: type[pydantic.BaseModel] | None = None
) -> Callable[P, RawResponse[R]]:
    """Wrap an operation so that it returns a :class:`RawResponse` (with
    ``parse_headers()`` when ``headers_type`` models its declared headers)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        slot = _CaptureSlot()
        token = _CAPTURE.set(slot)
        try:
            value = func(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return _finish(value, slot, func, headers_type)

    return wrapped


@overload
def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]: ...


@overload
def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]], headers_type: type[H]
) -> Callable[P, Awaitable[RawResponseWithHeaders[R, H]]]: ...


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
    headers_type: type[pydantic.BaseModel] | None = None,
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """Wrap an async operation so that it returns a :class:`RawResponse` (with
    ``parse_headers()`` when ``headers_type`` models its declared headers)."""

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
        return _finish(value, slot, func, headers_type)

    return wrapped
