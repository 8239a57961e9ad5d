"""Where the values of a JSON text are written (line and column), found pointer by pointer.

A document is read without positions; a message needs a few (GitHub's description: 270
warnings in 13 MB). Reading the whole text again with positions (libyaml composing every
node, then converting each) took seconds; here only the objects and arrays on the way to a
pointer are read, member by member, and each member off the way is skipped by the C JSON
decoder. What was read is kept: the next pointer continues where the last one stopped.

A place is where YAML's reading puts it (`load.py`): an object member at its key, an array
item and the root at their first character.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import re
from collections.abc import Callable

from . import pointer as jp

# The C decoder's reader of one string (after its opening quote): (text, offset after it).
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")
_NEWLINE = re.compile(r"\n")


class NotJson(Exception):
    """The text is not the JSON it seemed: its positions must be found otherwise."""


class JsonPlaces:
    """The line and column of pointers into one JSON text (line breaks already "\\n")."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._decoder = json.JSONDecoder()
        self._containers: dict[str, _Container] = {}
        self._line_starts: list[int] | None = None

    def position(self, pointer: str) -> tuple[int, int] | None:
        """(line, column), from 1, of the place of `pointer`; None when nothing is written
        there. Raises NotJson where the text is not JSON."""
        text = self._text
        place = offset = _SPACE.match(text).end()  # type: ignore[union-attr] # always matches
        container_at = ""
        for token in jp.split(pointer):
            container = self._containers.get(container_at)
            if container is None:
                if offset >= len(text) or text[offset] not in "{[":
                    return None  # a pointer into a scalar
                container = self._containers[container_at] = _Container(text, offset, self._decoder)
            found = container.find(token)
            if found is None:
                return None
            place, offset = found
            container_at = jp.join(container_at, token)
        return self._line_and_column(place)

    def _line_and_column(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self._text))]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


class _Container:
    """An object or array of the text, read member by member as far as a lookup needed."""

    def __init__(self, text: str, start: int, decoder: json.JSONDecoder) -> None:
        self._text = text
        self._decoder = decoder
        self._is_object = text[start] == "{"
        self._next = start + 1  # where the next member (or the end) is
        self._count = 0
        self._done = False
        self._members: dict[str, tuple[int, int]] = {}  # token → (place, value's offset)

    def find(self, token: str) -> tuple[int, int] | None:
        """(place, value's offset) of the member named `token` (a key, or an array index)."""
        found = self._members.get(token)
        if found is not None:
            return found
        if not self._is_object and not (token.isdigit() and token == str(int(token))):
            return None
        while not self._done:
            name, place, value = self._read_member()
            if name == token:
                return place, value
        return None

    def _read_member(self) -> tuple[str | None, int, int]:
        text = self._text
        try:
            at = _SPACE.match(text, self._next).end()  # type: ignore[union-attr]
            if text[at] in "}]":
                self._done = True
                return None, at, at
            if self._count:
                if text[at] != ",":
                    raise NotJson(f"',' expected at offset {at}")
                at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
            place = at
            if self._is_object:
                if text[at] != '"':
                    raise NotJson(f"a key expected at offset {at}")
                name, at = _scanstring(text, at + 1)
                at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
                if text[at] != ":":
                    raise NotJson(f"':' expected at offset {at}")
                value = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
            else:
                name, value = str(self._count), at
            self._next = self._decoder.raw_decode(text, value)[1]  # skipped by the C decoder
        except (IndexError, ValueError) as error:  # ValueError: JSONDecodeError too
            raise NotJson(str(error)) from None
        self._count += 1
        self._members.setdefault(name, (place, value))  # a repeated key: its first place
        return name, place, value
