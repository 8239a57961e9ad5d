"""Per-call overrides of the client's defaults."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from typing_extensions import TypedDict

__all__ = ["RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Options that override the client's defaults for a single call.

    Attributes:
        timeout: Seconds (or an ``httpx.Timeout``) for this call; ``None`` disables
            the timeout.
        max_retries: How many times to retry this call (0 disables retries).
        extra_headers: Headers to send in addition to (and over) the usual ones.
        extra_query: Query parameters to send in addition to (and over) the usual ones.
        extra_body: Top-level JSON fields to merge over the request body.
        additional_headers: Another name for ``extra_headers``, as other SDKs call it.
        additional_params: Another name for ``extra_query``, as other SDKs call it.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
    additional_headers: Mapping[str, str]
    additional_params: Mapping[str, object]
