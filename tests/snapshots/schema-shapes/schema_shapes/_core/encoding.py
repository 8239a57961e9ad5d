"""Turning call arguments into the parts of an HTTP request."""

from __future__ import annotations

import base64
import datetime
import enum
import json as jsonlib
import os
import pathlib
import re
import secrets
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

import pydantic_core

from .not_given import NOT_GIVEN

__all__ = [
    "FileContent",
    "FileInput",
    "QueryStyle",
    "apply_query_styles",
    "encode_multipart",
    "form_fields",
    "read_content",
    "read_file",
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


# -- query styles, forms, multipart and raw bodies ----------------------------------

QueryStyle = tuple[str, bool]  # (OpenAPI style, explode)
# What a file argument may be: its bytes, a path, or a binary file object,
# optionally in a tuple with the file name (and the content type).
FileContent = bytes | IO[bytes] | os.PathLike[str]
FileInput = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]
_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def apply_query_styles(
    query: Mapping[str, object] | None, styles: Mapping[str, QueryStyle] | None
) -> dict[str, object]:
    """Serialize array and object query values the way each parameter's `style` says.

    Lists with `explode` stay lists (repeated keys); otherwise they are joined with the
    style's delimiter. Objects become `name[key]` (deepObject), `key=value` pairs
    (form, exploded) or `name=k1,v1,k2,v2` (form).
    """
    result: dict[str, object] = {}
    for name, value in (query or {}).items():
        style, explode = (styles or {}).get(name, ("form", True))
        if isinstance(value, Mapping):
            pairs = [(str(k), v) for k, v in value.items() if not _is_omitted(v)]
            if style == "deepObject":
                result.update({f"{name}[{k}]": v for k, v in pairs})
            elif explode:
                result.update(dict(pairs))
            else:
                result[name] = ",".join(f"{k},{stringify(v)}" for k, v in pairs)
        elif isinstance(value, (list, tuple)) and not explode:
            delimiter = _DELIMITERS.get(style, ",")
            items = [stringify(item) for item in value if not _is_omitted(item)]
            result[name] = delimiter.join(items)
        else:
            result[name] = value
    return result


def form_fields(
    fields: Mapping[str, object] | None,
) -> list[tuple[str, str, str | None]]:
    """Form fields as `(name, text, content type)`: arrays repeat the field, objects are
    sent as JSON (content type `application/json`, which multipart bodies declare)."""
    parts: list[tuple[str, str, str | None]] = []
    for name, value in (fields or {}).items():
        if _is_omitted(value):
            continue
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if _is_omitted(item):
                continue
            if isinstance(item, (Mapping, list)):
                parts.append((name, _json_text(item), "application/json"))
            else:
                parts.append((name, stringify(item), None))
    return parts


def _json_text(value: object) -> str:
    data = pydantic_core.to_jsonable_python(_prepare(value), by_alias=True)
    return jsonlib.dumps(data, ensure_ascii=False, separators=(",", ":"))


def read_file(value: object, field: str) -> tuple[str, bytes, str]:
    """A file argument (bytes, a path, a binary file object, or a tuple
    `(filename, content[, content_type])`) as `(filename, bytes, content_type)`.

    Read once, up front, so that a retried request sends the same bytes again.
    """
    filename, content, content_type = field, value, "application/octet-stream"
    if isinstance(value, tuple):
        if len(value) == 3:
            filename, content, content_type = value
        elif len(value) == 2:
            filename, content = value
        else:
            raise TypeError(
                f"{field}: a file tuple is (filename, content[, content_type])"
            )
    if isinstance(content, (bytes, bytearray)):
        data = bytes(content)
    elif isinstance(content, os.PathLike):
        path = pathlib.Path(content)
        data = path.read_bytes()
        filename = path.name if filename == field else filename
    elif hasattr(content, "read"):
        data = content.read()
        name = getattr(content, "name", None)
        if isinstance(name, str) and filename == field:
            filename = os.path.basename(name)
        if not isinstance(data, bytes):
            raise TypeError(f"{field}: open the file in binary mode ('rb')")
    else:
        raise TypeError(
            f"{field}: expected bytes, a path, a binary file object or a tuple, "
            f"not {type(content).__name__}"
        )
    return str(filename), data, str(content_type)


def _disposition_value(text: str) -> str:
    # As browsers do (WHATWG form encoding): quotes and line breaks cannot end
    # the value.
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def encode_multipart(
    fields: Sequence[tuple[str, str, str | None]],
    files: Sequence[tuple[str, tuple[str, bytes, str]]],
) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type, with a fresh random boundary.

    The boundary is new for every request and checked against the content, so that no
    field value can end the body early or inject a part.
    """
    while True:
        boundary = secrets.token_hex(16)
        marker = f"--{boundary}".encode("ascii")
        contents = [value.encode("utf-8") for _, value, _ in fields] + [
            f[1] for _, f in files
        ]
        if not any(marker in content for content in contents):
            break
    chunks: list[bytes] = []
    for name, value, content_type in fields:
        part_type = f"Content-Type: {content_type}\r\n" if content_type else ""
        chunks.append(
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{_disposition_value(name)}"\r\n{part_type}\r\n'.encode()
        )
        chunks.append(value.encode("utf-8") + b"\r\n")
    for name, (filename, data, content_type) in files:
        header = (
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{_disposition_value(name)}"; '
            f'filename="{_disposition_value(filename)}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        )
        chunks.append(header.encode("utf-8"))
        chunks.append(data + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def read_content(value: object) -> bytes:
    """A raw request body (bytes, text, a path or a binary file), read up front."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, os.PathLike):
        return pathlib.Path(value).read_bytes()
    if hasattr(value, "read"):
        data = value.read()
        if isinstance(data, bytes):
            return data
    raise TypeError("expected bytes, a path or a binary file object opened with 'rb'")
