"""When to retry a failed call, and how long to wait first.

Retried, for every method:

* ``httpx.ConnectError``, ``httpx.ConnectTimeout`` and ``httpx.PoolTimeout``: the
  request never reached the server;
* HTTP 408, 429 and 503, whose meaning is "not processed, try again";
* any response carrying ``x-should-retry: true``.

Retried in addition for idempotent methods only (GET, HEAD, OPTIONS, PUT, DELETE,
TRACE), because repeating them cannot change the outcome:

* other timeouts and network errors (the server may or may not have acted);
* HTTP 409 and every other 5xx.

Non-idempotent methods (POST, PATCH) are not retried in those cases, since the
server may already have performed the action, e.g. started a paid job. A response
carrying ``x-should-retry: false`` is never retried, and neither is any other 4xx.

The wait before a retry is the server's ``retry-after-ms`` or ``Retry-After`` when
it is between 0 and 60 seconds. A server asking for a longer wait gets no retry at
all: the error is raised at once instead of blocking the caller. Without such a
header the wait is exponential backoff: 0.5 s doubled per retry, at most 8 s, scaled
by a random factor in [0.75, 1.0] so that many clients do not retry in lockstep.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable
from typing import NamedTuple

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_RETRY_AFTER",
    "RetryDecision",
    "backoff_delay",
    "decide_for_exception",
    "decide_for_response",
    "retry_after_seconds",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# The longest server-requested wait honoured; longer waits raise instead.
MAX_RETRY_AFTER = 60.0
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
_SAFE_STATUSES = frozenset({408, 429, 503})
_IDEMPOTENT_STATUSES = frozenset({409})
# The request provably never reached the server.
_UNSENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# The outcome is unknown: only safe to repeat for idempotent methods.
_UNKNOWN_OUTCOME_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


class RetryDecision(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """Whether to retry, why, and (when retrying) after how many seconds."""

    retry: bool
    reason: str
    delay: float = 0.0


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def retry_after_seconds(
    headers: httpx.Headers, *, now: float | None = None
) -> float | None:
    """The wait the server asked for, in seconds, or ``None`` if it asked for none.

    Reads ``retry-after-ms`` (milliseconds) first, then ``Retry-After`` (seconds or
    an HTTP date). Unparseable values count as absent.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return value
    header = headers.get("retry-after")
    if header is None:
        return None
    try:
        value = float(header)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return None
        current = time.time() if now is None else now
        return when.timestamp() - current
    return value if math.isfinite(value) else None


def backoff_delay(retries_taken: int, random: Callable[[], float]) -> float:
    """Exponential backoff with jitter for the retry after ``retries_taken`` retries."""
    base = min(INITIAL_DELAY * 2.0 ** min(retries_taken, 32), MAX_DELAY)
    return base * (0.75 + 0.25 * random())


def _delay(
    headers: httpx.Headers | None, retries_taken: int, random: Callable[[], float]
) -> RetryDecision | float:
    requested = retry_after_seconds(headers) if headers is not None else None
    if requested is not None and requested > MAX_RETRY_AFTER:
        limit = f"{MAX_RETRY_AFTER:.0f} s"
        return RetryDecision(
            False, f"the server asked to wait {requested:.0f} s, more than {limit}"
        )
    if requested is not None and requested > 0:
        return requested
    return backoff_delay(retries_taken, random)


def decide_for_response(
    method: str,
    response: httpx.Response,
    *,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
) -> RetryDecision:
    """Decide whether a non-2xx ``response`` to ``method`` should be retried."""
    status = response.status_code
    should_retry = response.headers.get("x-should-retry", "").strip().lower()
    if should_retry == "false":
        return RetryDecision(False, "the server sent x-should-retry: false")
    if should_retry == "true":
        reason = f"the server sent x-should-retry: true with status {status}"
    elif status in _SAFE_STATUSES:
        reason = f"of status {status}"
    elif status in _IDEMPOTENT_STATUSES or status >= 500:
        if not is_idempotent(method):
            return RetryDecision(
                False, f"status {status} is not safe to retry for {method.upper()}"
            )
        reason = f"of status {status}"
    else:
        return RetryDecision(False, f"status {status} is not retryable")
    if retries_taken >= max_retries:
        return RetryDecision(False, f"no retries are left ({max_retries} allowed)")
    delay = _delay(response.headers, retries_taken, random)
    if isinstance(delay, RetryDecision):
        return delay
    return RetryDecision(True, reason, delay)


def decide_for_exception(
    method: str,
    exc: Exception,
    *,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
) -> RetryDecision:
    """Decide whether a request that raised ``exc`` (no response) should be retried."""
    name = type(exc).__name__
    if isinstance(exc, _UNSENT_ERRORS):
        reason = f"of {name} (the request was not sent)"
    elif isinstance(exc, _UNKNOWN_OUTCOME_ERRORS):
        if not is_idempotent(method):
            return RetryDecision(
                False, f"{name} is not safe to retry for {method.upper()}"
            )
        reason = f"of {name}"
    else:
        return RetryDecision(False, f"{name} is not retryable")
    if retries_taken >= max_retries:
        return RetryDecision(False, f"no retries are left ({max_retries} allowed)")
    return RetryDecision(True, reason, backoff_delay(retries_taken, random))
