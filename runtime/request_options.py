"""Per-call overrides of the client's defaults."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from typing_extensions import TypedDict

__all__ = ["RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Options that override the client's defaults for a single call.

    Attributes:
        timeout: The most seconds this call may take, retries included (or an
            ``httpx.Timeout``, for httpx's per-operation limits and no overall one);
            ``None`` disables it. See the client's ``timeout``.
        max_retries: How many times to retry this call (0 disables retries).
        max_response_bytes: The largest response body this call accepts, in
            decoded bytes (``None``: no limit); a larger one raises
            ``ResponseTooLargeError``.
        extra_headers: Headers to send in addition to (and over) the usual ones.
        extra_query: Query parameters to send in addition to (and over) the usual ones.
        extra_body: Top-level JSON fields to merge over the request body.
        additional_headers: Another name for ``extra_headers``, as other SDKs call it.
        additional_params: Another name for ``extra_query``, as other SDKs call it.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    max_response_bytes: int | None
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
    additional_headers: Mapping[str, str]
    additional_params: Mapping[str, object]
