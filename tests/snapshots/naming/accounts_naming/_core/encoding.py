"""Turning call arguments into the parts of an HTTP request."""

from __future__ import annotations

import base64
import datetime
import enum
import functools
import io
import json as jsonlib
import os
import pathlib
import re
import stat
import urllib.parse
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import IO, Any, NamedTuple

import pydantic_core

from .errors import InvalidRequestError
from .not_given import NOT_GIVEN

__all__ = [
    "BodyAttempt",
    "FileContent",
    "FileInput",
    "FilePart",
    "MultipartBody",
    "QueryStyle",
    "StreamedBody",
    "apply_query_styles",
    "check_header",
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
    pieces = _path_pieces(template)
    parts = [pieces[0]]
    for index in range(1, len(pieces), 2):
        name = pieces[index]
        if name not in values or _is_omitted(values[name]):
            raise InvalidRequestError(f"missing value for path parameter {name!r}")
        text = stringify(values[name])
        if text == "":
            raise InvalidRequestError(f"path parameter {name!r} must not be empty")
        if text in (".", ".."):
            # Would otherwise be resolved as a relative path step by URL handling.
            parts.append(text.replace(".", "%2E"))
        else:
            parts.append(urllib.parse.quote(text, safe=""))
        parts.append(pieces[index + 1])
    return "".join(parts)


@functools.lru_cache(maxsize=1024)
def _path_pieces(template: str) -> tuple[str, ...]:
    """The template split once: literal text, then placeholder name and literal text
    in turn (a path template is split on every call otherwise)."""
    return tuple(_PATH_PARAM.split(template))


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


# An HTTP token (a header or cookie name), and a header value h11 will send: visible
# ASCII, with spaces or tabs only between visible characters.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e]+(?:[ \t]+[\x21-\x7e]+)*)?")
_COOKIE_VALUE = re.compile(r"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*")


def _shown_name(name: object) -> str:
    text = ascii(name)
    return text if len(text) <= 60 else text[:57] + "..."


def _value_problem(value: str) -> str:
    if not value.isascii():
        return "contains a non-ASCII character (encode it first)"
    if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):
        return "contains a line break or another control character"
    if value != value.strip(" \t"):
        return "starts or ends with whitespace"
    return "contains a character it cannot hold"


def check_header(name: object, value: str, where: str) -> None:
    """Raise ``InvalidRequestError`` unless ``name: value`` can be sent as a header.

    The message names the header and ``where`` it came from, never the value (it
    may be a secret).
    """
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise InvalidRequestError(
            f"{where}: {_shown_name(name)} is not a valid HTTP header name"
        )
    if not _HEADER_VALUE.fullmatch(value):
        raise InvalidRequestError(
            f"{where}: the value of header {name!r} {_value_problem(value)}, "
            "so it cannot be sent"
        )


def encode_headers(
    headers: Mapping[str, object] | None, where: str = "headers"
) -> dict[str, str]:
    """Header values as text; omitted and ``None`` values dropped.

    Raises:
        InvalidRequestError: a name or value cannot be sent in an HTTP header.
    """
    encoded = {k: _scalar(v) for k, v in (headers or {}).items() if not _is_omitted(v)}
    for name, value in encoded.items():
        check_header(name, value, where)
    return encoded


def encode_cookies(
    cookies: Mapping[str, object] | None, where: str = "cookies"
) -> dict[str, str]:
    """Cookie values as text; omitted and ``None`` values dropped.

    Raises:
        InvalidRequestError: a name or value cannot be sent in a ``Cookie`` header.
    """
    encoded = {k: _scalar(v) for k, v in (cookies or {}).items() if not _is_omitted(v)}
    for name, value in encoded.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise InvalidRequestError(
                f"{where}: {_shown_name(name)} is not a valid cookie name"
            )
        if not _COOKIE_VALUE.fullmatch(value):
            problem = (
                'contains a character a cookie cannot hold (; , " \\ or a space)'
                if value.isascii() and value.isprintable()
                else _value_problem(value)
            )
            raise InvalidRequestError(
                f"{where}: the value of cookie {name!r} {problem}, so it cannot be sent"
            )
    return encoded


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
# What a file argument may be: its bytes, a path, a binary file object, or an
# iterable of byte chunks (an async iterable for the async client), optionally in a
# tuple with the file name (and the content type). Files and iterables are streamed.
FileContent = (
    bytes | IO[bytes] | os.PathLike[str] | Iterable[bytes] | AsyncIterable[bytes]
)
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


# -- request bodies streamed from files and iterators ---------------------------------

_CHUNK_SIZE = 64 * 1024


class _Source:
    """Where the bytes of one file (or of a raw body) come from.

    Bytes and paths are read afresh for every attempt (a path is opened again), and
    a seekable file object is rewound to where it stood when the call began, so that
    a retried or redirected request sends the same bytes again. An iterator, or a
    file that cannot seek, is read once: after it began to be sent, the request
    cannot be sent again.
    """

    def __init__(self, content: object, field: str) -> None:
        self.field = field
        self.name: str | None = None  # the file name it suggests, if any
        self.length: int | None = None  # None when unknown until read
        self.started = False
        self._data: bytes | None = None
        self._path: pathlib.Path | None = None
        self._file: IO[bytes] | None = None
        self._start: int | None = None  # where a seekable file is rewound to
        self._iterable: Iterable[Any] | AsyncIterable[Any] | None = None
        self._once = False
        if isinstance(content, (bytes, bytearray, memoryview)):
            self._data = bytes(content)
            self.length = len(self._data)
        elif isinstance(content, os.PathLike):
            self._path = pathlib.Path(content)
            self.name = self._path.name
            info = self._path.stat()
            if stat.S_ISREG(info.st_mode):
                self.length = info.st_size
        elif isinstance(content, io.TextIOBase):
            raise TypeError(f"{field}: open the file in binary mode ('rb')")
        elif hasattr(content, "read"):
            self._file = content  # type: ignore[assignment]
            name = getattr(content, "name", None)
            if isinstance(name, str):
                self.name = os.path.basename(name)
            self._start, self.length = _file_position(content)
            self._once = self._start is None
        elif isinstance(content, AsyncIterable):
            self._iterable = content
            self._once = aiter(content) is content
        elif isinstance(content, Iterable) and not isinstance(content, (str, Mapping)):
            self._iterable = content
            self._once = iter(content) is content
        else:
            raise TypeError(
                f"{field}: expected bytes, a path, a binary file object, an iterable "
                f"of bytes or a tuple, not {type(content).__name__}"
            )

    def can_send(self) -> bool:
        """Whether the bytes can be sent (again)."""
        return not (self._once and self.started)

    @property
    def is_async(self) -> bool:
        """Whether only the async client can read it (an async iterable)."""
        return isinstance(self._iterable, AsyncIterable)

    def chunks(self) -> Iterator[bytes]:
        """The bytes, in chunks, for the synchronous client."""
        self.started = True
        if self._data is not None:
            yield self._data
        elif self._path is not None:
            with self._path.open("rb") as file:
                yield from _read_chunks(file, self.field)
        elif self._file is not None:
            if self._start is not None:
                self._file.seek(self._start)
            yield from _read_chunks(self._file, self.field)
        elif isinstance(self._iterable, Iterable):
            for chunk in self._iterable:
                yield _chunk(chunk, self.field)

    async def achunks(self) -> AsyncIterator[bytes]:
        """The bytes, in chunks, for the asynchronous client.

        Files are read with ordinary (blocking) reads of 64 KiB, as httpx does.
        """
        if isinstance(self._iterable, AsyncIterable):
            self.started = True
            async for chunk in self._iterable:
                yield _chunk(chunk, self.field)
        else:
            for chunk in self.chunks():
                yield chunk


def _file_position(file: Any) -> tuple[int | None, int | None]:
    """Where a file object stands and how many bytes are left, when it can seek."""
    try:
        if not file.seekable():
            return None, None
        start = int(file.tell())
    except (AttributeError, OSError, ValueError):
        return None, None
    try:
        info = os.fstat(file.fileno())
        if stat.S_ISREG(info.st_mode):
            return start, max(info.st_size - start, 0)
    except (AttributeError, OSError, ValueError):
        pass
    end = int(file.seek(0, os.SEEK_END))
    file.seek(start)
    return start, max(end - start, 0)


def _read_chunks(file: IO[bytes], field: str) -> Iterator[bytes]:
    while True:
        data = file.read(_CHUNK_SIZE)
        if not data:
            return
        yield _chunk(data, field)


def _chunk(data: object, field: str) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(
        f"{field}: read {type(data).__name__}, not bytes "
        "(open files in binary mode, 'rb'; iterables must give bytes)"
    )


class FilePart(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """One file of a multipart body: its file name, bytes and content type."""

    filename: str
    source: _Source
    content_type: str


def read_file(value: object, field: str) -> FilePart:
    """A file argument (bytes, a path, a binary file object, an iterable of bytes, or
    a tuple `(filename, content[, content_type])`), ready to be streamed."""
    filename: object = None
    content, content_type = value, "application/octet-stream"
    if isinstance(value, tuple):
        if len(value) == 3:
            filename, content, content_type = value
        elif len(value) == 2:
            filename, content = value
        else:
            raise TypeError(
                f"{field}: a file tuple is (filename, content[, content_type])"
            )
    source = _Source(content, field)
    name = filename if filename is not None else source.name or field
    return FilePart(str(name), source, str(content_type))


class BodyAttempt(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """The body of one attempt: its content type, its length when known (else it is
    sent chunked), and its pieces: bytes, or sources read while sending."""

    content_type: str | None
    length: int | None
    pieces: tuple[bytes | _Source, ...]

    def sync_chunks(self) -> Iterator[bytes]:
        """The chunks, for the sync client; raises ``TypeError`` at once (before anything
        is sent) if a piece is an async iterable."""
        for piece in self.pieces:
            if isinstance(piece, _Source) and piece.is_async:
                raise TypeError(
                    f"{piece.field}: an async iterable can only be sent by the async client"
                )
        return self._sync_chunks()

    def _sync_chunks(self) -> Iterator[bytes]:
        for piece in self.pieces:
            if isinstance(piece, bytes):
                yield piece
            else:
                yield from piece.chunks()

    async def async_chunks(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            if isinstance(piece, bytes):
                yield piece
            else:
                async for chunk in piece.achunks():
                    yield chunk


class StreamedBody:
    """A request body streamed from files or iterators, made afresh per attempt."""

    def __init__(self, sources: Sequence[_Source]) -> None:
        self._sources = tuple(sources)

    def can_send(self) -> bool:
        """Whether it can be sent (again): no one-time source has been read yet."""
        return all(source.can_send() for source in self._sources)

    def start(self) -> BodyAttempt:
        """The body for the next attempt."""
        (source,) = self._sources
        return BodyAttempt(None, source.length, (source,))


def _disposition_value(text: str) -> str:
    # As browsers do (WHATWG form encoding): quotes and line breaks cannot end
    # the value.
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody(StreamedBody):
    """A multipart/form-data body: text fields, then files streamed from their source.

    Every attempt gets a fresh random boundary, checked against the field values, so
    that no field can end the body early or inject a part (file contents cannot know
    a boundary made after they were chosen).
    """

    def __init__(
        self,
        fields: Sequence[tuple[str, str, str | None]],
        files: Sequence[tuple[str, FilePart]],
    ) -> None:
        super().__init__([part.source for _, part in files])
        self._fields = tuple(fields)
        self._files = tuple(files)

    def start(self) -> BodyAttempt:
        import secrets  # here: its hmac and hashlib wait for the first multipart body

        values = [value.encode("utf-8") for _, value, _ in self._fields]
        while True:
            boundary = secrets.token_hex(16)
            marker = f"--{boundary}".encode("ascii")
            if not any(marker in value for value in values):
                break
        pieces: list[bytes | _Source] = []
        for (name, _, content_type), value in zip(self._fields, values, strict=True):
            part_type = f"Content-Type: {content_type}\r\n" if content_type else ""
            head = (
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="{_disposition_value(name)}"\r\n{part_type}\r\n'
            )
            pieces.append(head.encode("utf-8") + value + b"\r\n")
        for name, part in self._files:
            head = (
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="{_disposition_value(name)}"; '
                f'filename="{_disposition_value(part.filename)}"\r\n'
                f"Content-Type: {part.content_type}\r\n\r\n"
            )
            pieces.extend([head.encode("utf-8"), part.source, b"\r\n"])
        pieces.append(f"--{boundary}--\r\n".encode("ascii"))
        lengths = [
            len(piece) if isinstance(piece, bytes) else piece.length for piece in pieces
        ]
        length = sum(n for n in lengths if n is not None)
        return BodyAttempt(
            f"multipart/form-data; boundary={boundary}",
            None if None in lengths else length,
            tuple(pieces),
        )


def read_content(value: object) -> bytes | StreamedBody:
    """A raw request body: text and bytes as they are, anything else (a path, a
    binary file, an iterable of bytes) streamed."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return StreamedBody([_Source(value, "content")])
