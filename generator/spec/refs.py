"""`$ref` resolution: local pointers and other files relative to the referring one.

Every reference is checked before anything is built, so an unresolved or cyclic `$ref` is reported
with the place that wrote it. Recursive *schemas* (a property that refers back to its own schema)
are legal and left to the builder; only a chain of `$ref`s that leads back to itself is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..errors import Location, SpecError
from . import pointer as jp
from .load import Document, load_document

MAX_DOCUMENTS = 500
MAX_REF_CHAIN = 64


@dataclass(frozen=True)
class Ref:
    """Where a value lives: the file and the JSON pointer inside it."""

    file: Path
    pointer: str

    def __str__(self) -> str:
        return f"{self.file.name}#{self.pointer}"


class Resolver:
    """Holds every loaded document and follows `$ref`s between them."""

    def __init__(self, root: Document) -> None:
        self.root = root
        self._documents: dict[Path, Document] = {root.path.resolve(): root}

    def document(self, file: Path) -> Document:
        file = file.resolve()
        document = self._documents.get(file)
        if document is None:
            if len(self._documents) >= MAX_DOCUMENTS:
                raise SpecError(f"more than {MAX_DOCUMENTS} files are referenced")
            document = load_document(file)
            self._documents[file] = document
        return document

    def locate(self, ref: Ref) -> Location:
        return self.document(ref.file).locate(ref.pointer)

    def target(self, ref_text: str, site: Ref) -> Ref:
        """Where `ref_text`, written at `site`, points to."""
        file_part, _, fragment = ref_text.partition("#")
        if file_part:
            if "://" in file_part:
                raise SpecError(
                    f"remote $ref {ref_text!r} is not followed; save the document beside the spec",
                    self.locate(site),
                )
            file = (site.file.parent / unquote(file_part)).resolve()
        else:
            file = site.file.resolve()
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise SpecError(
                f"$ref {ref_text!r} has a fragment that is not a JSON pointer", self.locate(site)
            )
        return Ref(file, pointer)

    def get(self, ref: Ref, site: Ref | None = None) -> Any:
        """The value at `ref`; `site` is the `$ref` that led here, for the error message."""
        try:
            document = self.document(ref.file)
        except SpecError as error:
            if site is None:
                raise
            raise SpecError(f"$ref to {ref} cannot be loaded: {error}", self.locate(site)) from None
        value: Any = document.data
        for token in jp.split(ref.pointer):
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                message = f"unresolved $ref: {ref} does not exist (no {token!r})"
                raise SpecError(message, self.locate(site) if site else None)
        return value

    def deref(self, value: Any, at: Ref) -> tuple[Any, Ref]:
        """Follow `$ref` until a value that is not a bare reference; returns it and where it lives.

        Siblings of a `$ref` (allowed in 3.1) are merged over the target: the referring side wins.
        """
        chain = [at]
        siblings: dict[str, Any] = {}
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            for key, sibling in value.items():
                if key != "$ref":
                    siblings.setdefault(key, sibling)
            target = self.target(value["$ref"], at)
            if target in chain:
                loop = " -> ".join(str(step) for step in [*chain, target])
                raise SpecError(f"cyclic $ref chain: {loop}", self.locate(chain[0]))
            if len(chain) > MAX_REF_CHAIN:
                raise SpecError(
                    f"$ref chain longer than {MAX_REF_CHAIN} steps", self.locate(chain[0])
                )
            value = self.get(target, site=jp_ref(at, "$ref"))
            at = target
            chain.append(at)
        if siblings and isinstance(value, dict):
            value = {**value, **siblings}
        return value, at

    def check_all(self) -> None:
        """Follow every `$ref` reachable from the root document once; raise on the first bad one.

        Chains are followed with memory of where each reference ends, so a long chain costs
        one pass, not one pass per link.
        """
        seen: set[Path] = set()
        pending = [self.root.path.resolve()]
        ends: dict[Ref, int] = {}  # a checked reference target → links left to a plain value
        while pending:
            file = pending.pop()
            if file in seen:
                continue
            seen.add(file)
            for site, ref_text in _refs_in(self.document(file).data, Ref(file, "")):
                target = self.target(ref_text, site)
                self._chain_length(target, site, ends)
                if target.file not in seen:
                    pending.append(target.file)

    def _chain_length(self, start: Ref, site: Ref, ends: dict[Ref, int]) -> int:
        chain: list[Ref] = []
        at, origin = start, site
        while at not in ends:
            if at in chain:
                loop = " -> ".join(str(step) for step in [*chain, at])
                raise SpecError(f"cyclic $ref chain: {loop}", self.locate(site))
            if len(chain) > MAX_REF_CHAIN:
                raise SpecError(f"$ref chain longer than {MAX_REF_CHAIN} steps", self.locate(site))
            chain.append(at)
            value = self.get(at, site=jp_ref(origin, "$ref"))
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                ends[chain.pop()] = 0
                break
            origin, at = at, self.target(value["$ref"], at)
        length = ends[at]
        for step in reversed(chain):
            length += 1
            if length > MAX_REF_CHAIN:
                raise SpecError(f"$ref chain longer than {MAX_REF_CHAIN} steps", self.locate(site))
            ends[step] = length
        return ends[start]


def jp_ref(ref: Ref, *tokens: str | int) -> Ref:
    return Ref(ref.file, jp.join(ref.pointer, *tokens))


def _refs_in(value: Any, at: Ref) -> Iterator[tuple[Ref, str]]:
    """Every `$ref` string under `value`, with the place of the object that holds it."""
    stack: list[tuple[Any, Ref, bool]] = [(value, at, False)]
    while stack:
        current, where, keys_are_names = stack.pop()
        if isinstance(current, dict):
            ref_text = current.get("$ref")
            # A name map that is only {"$ref": "..."} stands for the whole map (not standard,
            # but `properties: {$ref: ...}` is common): a reference, not a property named "$ref".
            if isinstance(ref_text, str) and (not keys_are_names or len(current) == 1):
                yield where, ref_text
            for key, child in current.items():
                if not keys_are_names and key in _LITERAL_KEYWORDS:
                    continue  # literal data: a "$ref" key inside an example is not a reference
                stack.append((child, jp_ref(where, key), key in _NAME_MAPS and not keys_are_names))
        elif isinstance(current, list):
            stack.extend(
                (child, jp_ref(where, index), False) for index, child in enumerate(current)
            )


# Keywords whose value is data, not more OpenAPI.
_LITERAL_KEYWORDS = frozenset({"example", "default", "const", "enum", "value"})
# Keywords whose value maps user-chosen names to objects: a property called "example" is a schema.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "$defs",
        "definitions",
        "encoding",
        "variables",
    }
)
