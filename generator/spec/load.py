"""Load a spec file (YAML or JSON) into plain Python values, remembering where each value stood.

YAML is composed into nodes and converted by hand rather than with `yaml.safe_load` so that
- every JSON pointer maps to its line and column (errors later in the pipeline can say where);
- mapping keys become strings (`200:` unquoted is an int in YAML, but a status code in OpenAPI);
- timestamps stay strings (an unquoted `2024-07-25` example must reach the wire unchanged);
- plain scalars are read by YAML 1.2's core schema, as OpenAPI says and the tools that write
  specs do: `1e-08` is a number, `yes`/`no`/`on`/`off` are words, `010` is ten (PyYAML reads
  YAML 1.1, where `1e-08` is a string that later breaks the validator);
- alias expansion and nesting depth are bounded (a "billion laughs" document fails fast).

rapidyaml (C++) reads a typical spec some twenty times faster than libyaml composes it; it is the
fast path wherever its reading provably equals the one above (`_read_fast`), and everything else
(a problem to report at its place included) is read by the careful path.

Positions cost as much as the values, and only a message needs them: a document is read without
them, and read again with them the first time one is asked for (as JSON is).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Location, SpecError
from . import pointer as jp
from .parsed import ParsedCache
from .places import JsonPlaces, NotJson

# Bounds against hostile documents: far above any real API (Stripe's spec has ~1.5M values).
MAX_VALUES = 5_000_000
MAX_DEPTH = 200
MAX_FILE_BYTES = 64 * 1024 * 1024
# libyaml's parser when PyYAML was built with it (the wheels are): about ten times faster.
_PARSER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN = "tag:yaml.org,2002:str"


class _Loader(_PARSER):  # type: ignore[misc]
    """The parser, with the tag of a plain scalar left undecided: `_Converter` reads plain
    scalars by YAML 1.2's rules itself, so PyYAML's YAML 1.1 regular expressions (tried on every
    scalar, in Python) would be wasted. Only `<<` keeps its tag: a merge key is applied."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0] and value != "<<":
            return _PLAIN
        return super().resolve(kind, value, implicit)


_LOADER: Any = _Loader


@dataclass(frozen=True)
class Document:
    """One loaded file: its parsed content and the line/column of each JSON pointer in it.

    The positions are found only when a message needs one (`text` is kept for that): a run
    without warnings never computes them.
    """

    path: Path
    data: Any
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    text: str | None = None  # the file's text, whose positions are computed on demand
    _json: JsonPlaces | None = field(default=None, repr=False, compare=False)

    def locate(self, pointer: str) -> Location:
        """The nearest known position at or above `pointer`."""
        probe = pointer
        while True:
            position = self._position(probe)
            if position is not None:
                return Location(str(self.path), pointer, position[0], position[1])
            if not probe:
                return Location(str(self.path), pointer)
            probe = probe.rsplit("/", 1)[0]

    def _position(self, pointer: str) -> tuple[int, int] | None:
        if pointer in self.positions or self.text is None:
            return self.positions.get(pointer)
        if self._json is None and self.text.lstrip().startswith(("{", "[")):
            object.__setattr__(self, "_json", JsonPlaces(self.text))
        if self._json is not None:
            try:
                position = self._json.position(pointer)
            except NotJson:
                object.__setattr__(self, "_json", None)
            else:
                if position is not None:
                    self.positions[pointer] = position
                return position
        # YAML: every position found in one reading, once (a document whose positions cannot
        # be found is not read again for every message).
        text = self.text
        object.__setattr__(self, "text", None)
        if self.path.suffix.lower() == ".json":
            text = _SURROGATE_ESCAPE.sub(r"\\u0041", text)  # as long, and YAML reads it
        try:
            self.positions.update(_parse_yaml(self.path, text, located=True).positions)
        except SpecError:
            pass  # a JSON file YAML cannot read: the error names the file only
        return self.positions.get(pointer)


# A JSON escape of half a surrogate pair (`"\ud83d\ude00"` is an emoji in JSON): libyaml refuses
# it. Positions only need the text's shape, so each becomes an escape of the same length.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _Unlocated(Exception):
    """A problem found while converting without positions: converted again, with them, it is
    raised as a SpecError at its place."""


class _Converter:
    """Turns composed YAML nodes into Python values, counting every value it makes; `located`,
    it also records the line and column of every JSON pointer."""

    def __init__(self, path: Path, located: bool) -> None:
        self.path = path
        self.located = located
        self.positions: dict[str, tuple[int, int]] = {}
        self.count = 0
        self._scalars = yaml.SafeLoader("")

    def expanded_size(self, root: yaml.Node) -> int:
        """How many values `root` becomes once aliases are expanded, without expanding them."""
        sizes: dict[int, int] = {}
        # Post-order over the node graph; an alias is the same node object reached twice.
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if id(node) in sizes:
                continue
            children = _children(node)
            if children_done or not children:
                total = 1 + sum(sizes.get(id(child), 0) for child in children)
                sizes[id(node)] = min(total, MAX_VALUES + 1)
            else:
                stack.append((node, True))
                stack.extend((child, False) for child in children if id(child) not in sizes)
        return sizes[id(root)]

    def convert(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        """`node` as a value; `pointer` is its place (when `located`; "" otherwise)."""
        self.count += 1
        if self.count > MAX_VALUES:
            raise self._problem(
                f"the document expands to more than {MAX_VALUES:,} values "
                "(YAML aliases that repeat each other?)",
                node,
                pointer,
            )
        if depth > MAX_DEPTH:
            raise self._problem(
                f"values are nested more than {MAX_DEPTH} levels deep", node, pointer
            )
        located = self.located
        if located:
            self.positions.setdefault(
                pointer, (node.start_mark.line + 1, node.start_mark.column + 1)
            )
        if isinstance(node, yaml.MappingNode):
            own = sum(1 for key_node, _ in node.value if key_node.tag != _MERGE)
            self._scalars.flatten_mapping(node)  # applies YAML merge keys (<<): merged first
            merged = len(node.value) - own
            result: dict[str, Any] = {}
            written: set[str] = set()
            for index, (key_node, value_node) in enumerate(node.value):
                key = self._key(key_node, pointer)
                # A merged key is overridden by a later merge or by the mapping's own key; only
                # the mapping's own keys must be unique.
                child = jp.join(pointer, key) if located else ""
                if index >= merged:
                    if key in written:
                        raise self._problem(f"duplicate key {key!r}", key_node, child)
                    written.add(key)
                if located:
                    self.positions[child] = (
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                    )
                result[key] = self.convert(value_node, child, depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [
                self.convert(item, jp.join(pointer, index) if located else "", depth + 1)
                for index, item in enumerate(node.value)
            ]
        return self._scalar(node)

    def _key(self, node: yaml.Node, pointer: str) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self._problem("a mapping key must be a plain value", node, pointer)
        value = self._scalar(node)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return str(node.value)  # as written: `010:` is the key "010"
        return "null" if value is None else str(value)

    def _scalar(self, node: yaml.Node) -> Any:
        assert isinstance(node, yaml.ScalarNode)
        if not node.style and node.tag in _IMPLICIT_TAGS:  # plain (libyaml says "", PyYAML None)
            return core_scalar(node.value)
        if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            return self._scalars.construct_object(node, deep=True)  # an explicit !!int, !!float
        return node.value

    def _problem(self, message: str, node: yaml.Node, pointer: str) -> Exception:
        if not self.located:
            return _Unlocated(message)
        return SpecError(
            message,
            Location(str(self.path), pointer, node.start_mark.line + 1, node.start_mark.column + 1),
        )


_MERGE = "tag:yaml.org,2002:merge"
# What PyYAML's resolver (YAML 1.1) gives a plain scalar; each is read again by YAML 1.2's rules.
_IMPLICIT_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_CORE_INT = re.compile(r"[-+]?[0-9]+")
_CORE_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_CORE_SPECIAL = {
    **{text: None for text in ("", "~", "null", "Null", "NULL")},
    **{text: True for text in ("true", "True", "TRUE")},
    **{text: False for text in ("false", "False", "FALSE")},
    **{
        sign + text: float(sign + "inf")
        for sign in ("", "+", "-")
        for text in (".inf", ".Inf", ".INF")
    },
    **{text: float("nan") for text in (".nan", ".NaN", ".NAN")},
}


def core_scalar(text: str) -> Any:
    """A plain scalar by YAML 1.2's core schema: null, a boolean, an integer, a float or text."""
    if text in _CORE_SPECIAL:
        return _CORE_SPECIAL[text]
    if _CORE_INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # more digits than Python converts: kept as written
            return text
    if text[:2] in ("0o", "0x") and len(text) > 2:
        try:
            return int(text[2:], 8 if text[1] == "o" else 16)
        except ValueError:
            return text
    if _CORE_FLOAT.fullmatch(text):
        return float(text)
    return text


def read_spec_file(path: Path, *, regular_only: bool = False) -> str:
    """The text of one spec file, read with a hard limit: at most `MAX_FILE_BYTES` + 1 bytes.

    With `regular_only` (files a `$ref` names) anything but a regular file is refused before a
    byte is read (a device, a pipe, a socket), and the file is opened without following a
    symbolic link or waiting for a pipe's writer. Line breaks are read as Python's text mode
    reads them (CRLF and CR become LF).
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if regular_only:
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    where = Location(str(path))
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise SpecError("no such file", where) from None
    except IsADirectoryError:
        raise SpecError("this is a folder, not a spec file", where) from None
    except OSError as error:
        raise SpecError(f"cannot read: {error.strerror}", where) from None
    # Checked before fdopen, which refuses a folder with an OSError of its own.
    mode = os.fstat(descriptor).st_mode
    if stat.S_ISDIR(mode) or (regular_only and not stat.S_ISREG(mode)):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise SpecError("this is a folder, not a spec file", where)
        raise SpecError("not a regular file (a device, a pipe or a socket?)", where)
    with os.fdopen(descriptor, "rb") as file:
        try:
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise SpecError(f"cannot read: {error.strerror}", where) from None
    if len(data) > MAX_FILE_BYTES:
        raise SpecError(f"the file is larger than {MAX_FILE_BYTES:,} bytes, the limit", where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SpecError(f"not UTF-8 text (byte {error.start})", where) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_document(
    path: Path, *, referenced: bool = False, parsed: ParsedCache | None = None
) -> Document:
    """Read and parse one spec file; every failure is a SpecError naming the file and place.

    `referenced` files (reached through a `$ref`) must be regular files. With `parsed`, a YAML
    text read before is not parsed again (`parsed.py`).
    """
    text = read_spec_file(path, regular_only=referenced)
    if "\x00" in text:
        raise SpecError("the file contains a NUL byte", Location(str(path)))

    if path.suffix.lower() == ".json":
        _check_json_depth(path, text)
        try:
            return Document(path=path, data=json.loads(text), text=text)
        except json.JSONDecodeError as error:
            raise SpecError(
                f"invalid JSON: {error.msg}", Location(str(path), "", error.lineno, error.colno)
            ) from None
        except RecursionError:
            raise SpecError(
                f"values are nested more than {MAX_DEPTH} levels deep", Location(str(path))
            ) from None
    known = parsed.get(text) if parsed is not None else None
    if known is not None:
        return Document(path=path, data=known, text=text)
    fast = _read_fast(text)
    document = (
        Document(path=path, data=fast, text=text)
        if fast is not None
        else _parse_yaml(path, text, located=False)
    )
    if parsed is not None:
        parsed.put(text, document.data)
    return document


# What rapidyaml writes for a plain scalar YAML 1.2's core schema (`core_scalar`) reads otherwise:
# a string where the core schema has null, a boolean or a number, and its rewriting of infinity
# and NaN (of a key, even quoted). Found by comparing the two on every short string of digits,
# signs, letters and punctuation (tests/unit/spec/test_load.py); a quoted string that looks the
# same only sends the document the careful way.
_READ_OTHERWISE = re.compile(
    rb'"(?:~|True|TRUE|False|FALSE|Null|NULL|[-+]?\.inf|\.nan)"|"[-+]?0[0-9eEoxX_]'
)
# A merge key, YAML 1.1's extra line breaks (NEL, LS, PS; YAML 1.2 reads them as text): the careful
# path reads them as it always has.
_CAREFUL_ONLY = ("<<", "\x85", "\u2028", "\u2029")


def _read_fast(text: str) -> Any:
    """The document, read by rapidyaml, or None where its reading could differ from
    `_Converter`'s: a plain scalar typed otherwise, a tag, a merge key, an alias as a key, a
    repeated anchor name, a duplicate key, an escaped surrogate, more than one document, a
    directive or byte order mark, no line break at the end (a block scalar there would gain one),
    nesting deeper than rapidyaml writes (64 levels: far below `MAX_DEPTH`), more than
    `MAX_VALUES` values once aliases are expanded, or anything it cannot parse."""
    if (
        not text.endswith("\n")
        or text.startswith(("\ufeff", "%"))
        or any(mark in text for mark in _CAREFUL_ONLY)
    ):
        return None
    import ryml  # type: ignore[import-untyped]  # only YAML needs it: imported when read

    try:
        with _stderr_silenced():  # it prints its own messages before it raises
            tree = ryml.parse_in_arena(text.encode("utf-8"))
            root = tree.root_id()
            if tree.is_stream(root) and tree.num_children(root) == 1:  # after a `---`
                root = tree.first_child(root)
            if not tree.is_map(root) or tree.size() > MAX_VALUES:  # documents, a scalar, a list
                return None
            node_types = [tree.type(node) for node in range(tree.size())]
            size = _expanded_size(tree, node_types, ryml)
            if size is None or size > MAX_VALUES:
                return None
            if size != len(node_types):
                tree.resolve()
            # Strict UTF-8: an escaped lone surrogate (`"\ud800"`, which libyaml refuses) fails.
            emitted = ryml.emit_json_malloc(tree, root).encode("utf-8")
        if _READ_OTHERWISE.search(emitted):
            return None
        # Not strict: a control character it writes as it is (a tab) is that character.
        return json.loads(emitted, object_pairs_hook=_unique_keys, strict=False)
    except Exception:  # noqa: BLE001  # whatever went wrong, the careful path says it well
        return None


def _expanded_size(tree: Any, node_types: list[int], ryml: Any) -> int | None:
    """How many nodes the tree has once its aliases are expanded, without expanding them; None
    where the careful path must read it (a tag, an alias or anchor on a key, an anchor name used
    twice, an alias inside its own anchor)."""
    careful = ryml.KEYTAG | ryml.VALTAG | ryml.KEYREF | ryml.KEYANCH
    anchors: dict[bytes, int] = {}
    aliases: list[int] = []
    for node, node_type in enumerate(node_types):
        if node_type & careful:
            return None
        if node_type & ryml.VALANCH:
            name = bytes(tree.val_anchor(node))
            if name in anchors:
                return None
            anchors[name] = node
        if node_type & ryml.VALREF:
            aliases.append(node)
    if not aliases:
        return len(node_types)
    sizes: dict[int, int] = {}
    started: set[int] = set()

    def size_of(node: int) -> int:
        """Nodes under `node` and itself, an alias counting as what it names."""
        if node in sizes:
            return sizes[node]
        if node in started:
            raise RecursionError  # an alias inside its own anchor
        started.add(node)
        total, stack = 0, [node]
        while stack and total <= MAX_VALUES:
            current = stack.pop()
            if node_types[current] & ryml.VALREF:
                total += size_of(anchors[bytes(tree.val_ref(current))])
                continue
            total += 1
            child = tree.first_child(current)
            while child != _NO_NODE:
                stack.append(child)
                child = tree.next_sibling(child)
        sizes[node] = total
        return total

    try:
        return len(node_types) + sum(
            size_of(anchors[bytes(tree.val_ref(alias))]) - 1 for alias in aliases
        )
    except (KeyError, RecursionError):
        return None


_NO_NODE = 2**64 - 1  # rapidyaml's "no such node"


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _DuplicateKey  # the careful path names the key and its place
    return mapping


@contextlib.contextmanager
def _stderr_silenced() -> Iterator[None]:
    """rapidyaml writes its messages to file descriptor 2 itself; while it parses, they go to
    a scratch file (the careful path reports the problem, at its place)."""
    try:
        saved = os.dup(2)
    except OSError:  # no standard error at all: nothing to silence
        yield
        return
    try:
        with tempfile.TemporaryFile() as scratch:
            os.dup2(scratch.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
    finally:
        os.close(saved)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


# A string, to its closing quote or, unterminated, to the end: one pass whatever the text.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?')
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def _check_json_depth(path: Path, text: str) -> None:
    """Refuse nesting deeper than YAML may have, before parsing: json.loads itself goes down to
    Python's recursion limit, and everything after would fail on it."""
    depth = 0
    # Brackets inside strings do not nest: each string is skipped whole.
    position = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub(_blank, text)):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                position = match.start()
                line = text.count("\n", 0, position) + 1
                column = position - (text.rfind("\n", 0, position) + 1) + 1
                raise SpecError(
                    f"values are nested more than {MAX_DEPTH} levels deep",
                    Location(str(path), "", line, column),
                )
        else:
            depth -= 1


def _blank(match: re.Match[str]) -> str:
    """A JSON string as blanks of the same length, so that offsets stay where they were."""
    return " " * len(match.group())


def _check_depth(path: Path, text: str) -> bool:
    """Refuse deep nesting before composing: libyaml slows down badly on it, so stop early.
    Returns whether the text has any alias (without one, no value is made twice)."""
    depth = 0
    aliases = False
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            aliases = True
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                where = Location(str(path))
                if mark is not None:
                    where = Location(str(path), "", mark.line + 1, mark.column + 1)
                raise SpecError(f"values are nested more than {MAX_DEPTH} levels deep", where)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return aliases


def _parse_yaml(path: Path, text: str, located: bool) -> Document:
    """The document in `text`; `located`, with the position of every pointer (else the text is
    kept, and they are found when `locate` first needs one)."""
    try:
        aliases = _check_depth(path, text)
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "syntax error"
        if mark is None:
            raise SpecError(f"invalid YAML: {problem}", Location(str(path))) from None
        raise SpecError(
            f"invalid YAML: {problem}",
            Location(str(path), "", mark.line + 1, mark.column + 1),
        ) from None
    except yaml.YAMLError as error:
        raise SpecError(f"invalid YAML: {error}", Location(str(path))) from None
    except RecursionError:
        raise SpecError(
            f"values are nested more than {MAX_DEPTH} levels deep", Location(str(path))
        ) from None
    if root is None:
        raise SpecError("the file is empty", Location(str(path)))
    converter = _Converter(path, located)
    if aliases and converter.expanded_size(root) > MAX_VALUES:
        raise SpecError(
            f"the document expands to more than {MAX_VALUES:,} values "
            "(YAML aliases that repeat each other?)",
            Location(str(path), "", root.start_mark.line + 1, root.start_mark.column + 1),
        )
    try:
        data = converter.convert(root, "", 0)
    except RecursionError:
        raise SpecError(
            f"values are nested more than {MAX_DEPTH} levels deep", Location(str(path))
        ) from None
    except _Unlocated as problem:
        _parse_yaml(path, text, located=True)  # raises it at its place
        raise SpecError(str(problem), Location(str(path))) from None
    if located:
        return Document(path=path, data=data, positions=converter.positions)
    return Document(path=path, data=data, text=text)
