"""Turning call arguments into the parts of an HTTP request."""

from __future__ import annotations

import base64
import datetime
import enum
import json as jsonlib
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

import pydantic_core

from .not_given import NOT_GIVEN

__all__ = [
    "encode_cookies",
    "encode_headers",
    "encode_json_body",
    "encode_query",
    "format_path",
    "stringify",
]

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


def stringify(value: object) -> str:
    """The text form of a parameter value, as APIs conventionally expect it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return stringify(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _is_omitted(value: object) -> bool:
    return value is None or value is NOT_GIVEN


def format_path(template: str, params: Mapping[str, object] | None) -> str:
    """Fill ``{name}`` placeholders, each value percent-encoded as one segment."""
    values = params or {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values or _is_omitted(values[name]):
            raise ValueError(f"missing value for path parameter {name!r}")
        text = stringify(values[name])
        if text == "":
            raise ValueError(f"path parameter {name!r} must not be empty")
        if text in (".", ".."):
            # Would otherwise be resolved as a relative path step by URL handling.
            return text.replace(".", "%2E")
        return urllib.parse.quote(text, safe="")

    return _PATH_PARAM.sub(replace, template)


def encode_query(*sources: Mapping[str, object] | None) -> list[tuple[str, str]]:
    """Query parameters from ``sources``; a later source replaces same-named keys.

    Omitted (``NOT_GIVEN``) and ``None`` values are dropped; lists and tuples become
    repeated keys.
    """
    merged: dict[str, list[str]] = {}
    for source in sources:
        for key, value in (source or {}).items():
            if _is_omitted(value):
                continue
            if isinstance(value, (list, tuple, set, frozenset)):
                items: Iterable[object] = value
            else:
                items = (value,)
            merged[key] = [stringify(item) for item in items if not _is_omitted(item)]
    return [(key, item) for key, items in merged.items() for item in items]


def encode_headers(headers: Mapping[str, object] | None) -> dict[str, str]:
    """Header values as text; omitted and ``None`` values dropped."""
    return {k: _scalar(v) for k, v in (headers or {}).items() if not _is_omitted(v)}


def encode_cookies(cookies: Mapping[str, object] | None) -> dict[str, str]:
    """Cookie values as text; omitted and ``None`` values dropped."""
    return {k: _scalar(v) for k, v in (cookies or {}).items() if not _is_omitted(v)}


def _scalar(value: object) -> str:
    # Headers and cookies carry arrays as comma-separated values (OpenAPI "simple").
    if isinstance(value, (list, tuple)):
        return ",".join(stringify(item) for item in value if not _is_omitted(item))
    return stringify(value)


def _prepare(value: Any) -> Any:
    # Drops NOT_GIVEN entries at any depth of plain dicts (they may come from nested
    # TypedDict arguments) and base64-encodes raw bytes, as OpenAPI's "format: byte"
    # prescribes (pydantic's own base64 mode is the URL-safe variant).
    if isinstance(value, Mapping):
        return {k: _prepare(v) for k, v in value.items() if v is not NOT_GIVEN}
    if isinstance(value, (list, tuple)):
        return [_prepare(v) for v in value if v is not NOT_GIVEN]
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    return value


def encode_json_body(
    body: object, extra_body: Mapping[str, object] | None
) -> bytes | None:
    """The JSON request body, or ``None`` for no body.

    ``body`` is ``NOT_GIVEN`` for "no body"; top-level ``NOT_GIVEN`` values are
    dropped; ``extra_body`` is merged over a JSON-object body.
    """
    if body is NOT_GIVEN and not extra_body:
        return None
    data: Any = {} if body is NOT_GIVEN else _prepare(body)
    data = pydantic_core.to_jsonable_python(data, by_alias=True)
    if extra_body:
        if not isinstance(data, dict):
            raise TypeError("extra_body can only be merged into a JSON object body")
        extra = pydantic_core.to_jsonable_python(_prepare(extra_body), by_alias=True)
        data = {**data, **extra}
    # allow_nan=False: NaN and infinity are not JSON; fail here, not on the server.
    text = jsonlib.dumps(
        data, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")
