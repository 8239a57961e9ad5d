"""JSON pointers (RFC 6901): the one way the generator names a place inside a document."""

from __future__ import annotations

from collections.abc import Iterable


def escape_token(token: str | int) -> str:
    text = str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(base: str, *tokens: str | int) -> str:
    # Called for every place the build visits: one token, needing no escape, is the usual case.
    for token in tokens:
        base += "/" + escape_token(token)
    return base


def split(pointer: str) -> list[str]:
    if pointer in ("", "#"):
        return []
    body = pointer[1:] if pointer.startswith("#") else pointer
    if not body.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    if "~" not in body:
        return body[1:].split("/")
    return [unescape_token(token) for token in body[1:].split("/")]


def from_path(tokens: Iterable[str | int]) -> str:
    return join("", *tokens)
