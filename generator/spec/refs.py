"""`$ref` resolution: local pointers and other files relative to the referring one.

Every reference is checked before anything is built, so an unresolved or cyclic `$ref` is reported
with the place that wrote it. Recursive *schemas* (a property that refers back to its own schema)
are legal and left to the builder; only a chain of `$ref`s that leads back to itself is an error.

A spec is untrusted, so the files it can make the generator read are confined: only regular files
inside the spec's root folder (the entry file's folder, or `--spec-root`), after symbolic links are
resolved, and each read with a hard size limit (`load.read_spec_file`). Messages quote the spec's
own text (the `$ref` and where it was written), never the content of a file that failed to load.
`$ref`s inside `x-` extensions are the extension's data: not followed, not checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple
from urllib.parse import unquote

from ..errors import Location, SpecError, UsageError
from . import pointer as jp
from .load import Document, load_document

# Far above real specs (DigitalOcean's refers to about 2,850 files), low enough to fail fast.
MAX_DOCUMENTS = 10_000
MAX_REF_CHAIN = 64
_MAX_REF_SHOWN = 200
# Pseudo-filesystems whose "files" are devices or the process's own state: never read.
_PSEUDO_FOLDERS = tuple(Path(p) for p in ("/proc", "/sys", "/dev")) if os.name == "posix" else ()


def shown_ref(ref_text: str) -> str:
    """A `$ref` as the spec wrote it, quoted (and shortened when very long) for a message."""
    if len(ref_text) > _MAX_REF_SHOWN:
        ref_text = ref_text[: _MAX_REF_SHOWN - 1] + "…"
    return repr(ref_text)


class Ref(NamedTuple):
    """Where a value lives: the file and the JSON pointer inside it.

    A named tuple: the build makes and hashes hundreds of thousands of them, at a C tuple's
    cost (a frozen dataclass costs three times more)."""

    file: Path
    pointer: str

    def __str__(self) -> str:
        return f"{self.file.name}#{self.pointer}"


class Resolver:
    """Holds every loaded document and follows `$ref`s between them.

    `spec_root` is the folder `$ref`s may read files from (default: the entry file's folder).
    """

    def __init__(self, root: Document, spec_root: Path | None = None) -> None:
        self.root = root
        root_file = root.path.resolve()
        self.spec_root = (spec_root if spec_root is not None else root_file.parent).resolve()
        if not root_file.is_relative_to(self.spec_root):
            raise UsageError(f"the spec {root.path} is not inside --spec-root {spec_root}")
        self._documents: dict[Path, Document] = {root_file: root}
        # Paths already resolved, to themselves: `resolve()` asks the file system each time,
        # and every `$ref` followed asks it again (tens of thousands of times on a large spec).
        self._real: dict[Path, Path] = {root_file: root_file, root.path: root_file}
        # A value put in place of its `$ref` (`mount_paths`) → where it is written.
        self._mounts: dict[Ref, Ref] = {}
        self._mounted_files: set[Path] = set()
        # (a referring file, a relative path it names) → the file, real path: each `$ref` to
        # another file would ask the file system for every folder on the way.
        self._files: dict[tuple[Path, str], Path] = {}
        self._inside: dict[Path, bool] = {}

    def real_path(self, file: Path) -> Path:
        """`file.resolve()`, asked of the file system once per path."""
        real = self._real.get(file)
        if real is None:
            real = self._real[file] = file.resolve()
            self._real.setdefault(real, real)
        return real

    def document(self, file: Path) -> Document:
        file = self.real_path(file)
        document = self._documents.get(file)
        if document is None:
            if len(self._documents) >= MAX_DOCUMENTS:
                raise SpecError(f"more than {MAX_DOCUMENTS:,} files are referenced")
            if self._outside(file):
                raise SpecError(f"outside the spec's folder {self.spec_root}", Location(str(file)))
            document = load_document(file, referenced=True)
            self._documents[file] = document
        return document

    def _outside(self, file: Path) -> bool:
        inside = self._inside.get(file)
        if inside is None:
            inside = self._inside[file] = file.is_relative_to(self.spec_root) and not any(
                file.is_relative_to(folder) for folder in _PSEUDO_FOLDERS
            )
        return not inside

    def locate(self, ref: Ref) -> Location:
        ref = self.written(ref)
        return self.document(ref.file).locate(ref.pointer)

    def written(self, ref: Ref) -> Ref:
        """Where the value at `ref` is written: `ref` itself, unless it lies in a value that
        `mount_paths` put in place of its `$ref`."""
        for _ in range(MAX_REF_CHAIN):
            if ref.file not in self._mounted_files:
                return ref
            tokens = ref.pointer.split("/")
            for length in range(len(tokens), 0, -1):
                mounted = self._mounts.get(Ref(ref.file, "/".join(tokens[:length])))
                if mounted is not None:
                    rest = "/".join(tokens[length:])
                    ref = Ref(mounted.file, mounted.pointer + ("/" + rest if rest else ""))
                    break
            else:
                return ref
        return ref

    def mount_paths(self) -> list[Ref]:
        """Put each path item and each operation given by a `$ref` in place of the reference,
        so that every later reader finds them under `paths`; places inside keep their own file
        for the `$ref`s and messages that name them. Returns where operations were references
        (not OpenAPI: only path items may be, but multi-file specs do it)."""
        paths = self.root.data.get("paths") if isinstance(self.root.data, dict) else None
        if not isinstance(paths, dict):
            return []
        operation_refs: list[Ref] = []
        root = Ref(self.root.path.resolve(), "")
        for path in list(paths):
            at = jp_ref(root, "paths", path)
            paths[path] = self._mount(paths[path], at)
            item = paths[path]
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict) and isinstance(operation.get("$ref"), str):
                    operation_refs.append(self.written(jp_ref(at, method)))
                    item[method] = self._mount(operation, jp_ref(at, method))
        return operation_refs

    def _mount(self, value: Any, at: Ref) -> Any:
        if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
            return value
        site = self.written(at)
        target, written = self.deref(value, site)
        self._mounts[at] = self._mounts[site] = written
        self._mounted_files.update((at.file, site.file))
        return target

    def target(self, ref_text: str, site: Ref) -> Ref:
        """Where `ref_text`, written at `site`, points to."""
        site = self.written(site)
        file_part, _, fragment = ref_text.partition("#")
        if file_part:
            if "://" in file_part:
                raise SpecError(
                    f"remote $ref {shown_ref(ref_text)} is not followed; save the document "
                    "beside the spec",
                    self.locate(site),
                )
            relative = unquote(file_part)
            file = self._files.get((site.file, relative))
            if file is None:
                try:
                    file = (site.file.parent / relative).resolve()
                except (OSError, RuntimeError):  # a loop of symbolic links
                    raise SpecError(
                        f"$ref {shown_ref(ref_text)} names a path that cannot be resolved",
                        self.locate(site),
                    ) from None
            if self._outside(file):
                how = "an absolute path" if PurePosixPath(relative).is_absolute() else "a path"
                raise SpecError(
                    f"$ref {shown_ref(ref_text)} is {how} outside the spec's folder "
                    f"{self.spec_root} (symbolic links resolved); only files inside it are read "
                    "(--spec-root sets a wider folder)",
                    self.locate(site),
                )
            self._files[(site.file, relative)] = file
        else:
            file = self.real_path(site.file)
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise SpecError(
                f"$ref {shown_ref(ref_text)} has a fragment that is not a JSON pointer",
                self.locate(site),
            )
        return Ref(file, pointer)

    def get(self, ref: Ref, site: Ref | None = None, ref_text: str | None = None) -> Any:
        """The value at `ref`; `site` is the `$ref` that led here (`ref_text` is what it says),
        for the error message."""
        try:
            document = self.document(ref.file)
        except SpecError as error:
            if site is None:
                raise
            # The loader's message names the file and what is wrong with it, never its content.
            written = shown_ref(ref_text) if ref_text is not None else str(ref)
            raise SpecError(
                f"$ref {written} cannot be loaded: {error}", self.locate(site)
            ) from None
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

    def follow(self, tokens: Iterable[str | int], at: Ref | None = None) -> Ref:
        """The place a path of keys reaches from `at` (default: the root), through every `$ref`
        on the way: the validator names places by the path it walked, which crosses `$ref`s and
        files. A key the value does not have ends the walk where it stands."""
        at = at if at is not None else Ref(self.root.path.resolve(), "")
        value = self.get(at)
        for raw in tokens:
            token = str(raw)
            steps = 0
            while isinstance(value, dict) and token not in value and steps <= MAX_REF_CHAIN:
                ref_text = value.get("$ref")
                if not isinstance(ref_text, str):
                    break
                at = self.target(ref_text, at)
                value = self.get(at)
                steps += 1
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                return at
            at = jp_ref(at, token)
        return at

    def deref(self, value: Any, at: Ref) -> tuple[Any, Ref]:
        """Follow `$ref` until a value that is not a bare reference; returns it and where it lives.

        Siblings of a `$ref` (allowed in 3.1) are merged over the target: the referring side wins.
        """
        if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
            return value, at  # most values the builders read are no reference
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
            value = self.get(target, site=jp_ref(at, "$ref"), ref_text=value["$ref"])
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
                self._chain_length(target, site, ends, ref_text)
                if target.file not in seen:
                    pending.append(target.file)

    def _chain_length(self, start: Ref, site: Ref, ends: dict[Ref, int], ref_text: str) -> int:
        chain: list[Ref] = []
        at, origin = start, site
        while at not in ends:
            if at in chain:
                loop = " -> ".join(str(step) for step in [*chain, at])
                raise SpecError(f"cyclic $ref chain: {loop}", self.locate(site))
            if len(chain) > MAX_REF_CHAIN:
                raise SpecError(f"$ref chain longer than {MAX_REF_CHAIN} steps", self.locate(site))
            chain.append(at)
            value = self.get(at, site=jp_ref(origin, "$ref"), ref_text=ref_text)
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                ends[chain.pop()] = 0
                break
            ref_text = value["$ref"]
            origin, at = at, self.target(ref_text, at)
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
    # Only objects and arrays are visited (no scalar holds a `$ref`), each with its pointer:
    # a Ref is made only for the places that hold one.
    stack: list[tuple[Any, str, bool]] = [(value, at.pointer, False)]
    while stack:
        current, where, keys_are_names = stack.pop()
        if isinstance(current, dict):
            ref_text = current.get("$ref")
            # A name map that is only {"$ref": "..."} stands for the whole map (not standard,
            # but `properties: {$ref: ...}` is common): a reference, not a property named "$ref".
            if isinstance(ref_text, str) and (not keys_are_names or len(current) == 1):
                yield Ref(at.file, where), ref_text
            for key, child in current.items():
                if not isinstance(child, dict | list):
                    continue
                if not keys_are_names and (key in _LITERAL_KEYWORDS or key.startswith("x-")):
                    # Literal data: a "$ref" inside an example is not a reference, and an
                    # extension's content is opaque to OpenAPI.
                    continue
                names = key in NAME_MAPS and not keys_are_names
                stack.append((child, jp.join(where, key), names))
        elif isinstance(current, list):
            stack.extend(
                (child, jp.join(where, index), False)
                for index, child in enumerate(current)
                if isinstance(child, dict | list)
            )


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords whose value is data, not more OpenAPI.
_LITERAL_KEYWORDS = frozenset({"example", "default", "const", "enum", "value"})
# Keywords whose value maps user-chosen names to objects: a property called "example" is a schema.
NAME_MAPS = frozenset(
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
