"""Validation remembered unit by unit, so that regeneration re-validates only what changed.

openapi-spec-validator stays the judge; this module only decides which parts it must look at.
The document is cut into units: each path item (`/paths/<url>`) and each component entry
(`/components/<section>/<name>`); what is left (info, servers, tags, webhooks, extensions) is the
skeleton, validated whole on every run (it is small). A unit is checked the way the whole document
is: the OpenAPI JSON schema over a document that holds only that unit, then the validator's own
keyword checks (path parameters, schemas, defaults), which follow `$ref`s through the real
document. So a unit's verdict depends on its content and on the content of every unit its `$ref`s
reach, transitively: all of that goes into its key, with the validator's version and the
source of this module and of validate.py. A document with a unit that refers to another file, or
to a place that is not a unit, is validated whole every time.

Only passes are remembered. When anything fails, or a whole-document rule is broken (an
operationId used twice), the caller validates the whole document as before: the error and its
place are exactly what a cold run reports. The cache holds, per document, the keys that passed:
safe to delete, never read as anything but "this unit, with these dependencies, passed".
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import pointer as jp

# Raise when the way units are cut or checked changes: old entries then never match.
CACHE_VERSION = "2"
MAX_KEYS = 20_000
_MAX_WALKED = 100
_REF = re.compile(r'"\$ref":\s*"((?:[^"\\]|\\.)*)"')
_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Unit = tuple[str, ...]  # ("paths", url) or ("components", section, name)


def units_of(data: dict[str, Any]) -> dict[Unit, Any]:
    """Every path item and component entry of the document, by where it stands."""
    units: dict[Unit, Any] = {}
    paths = data.get("paths")
    if isinstance(paths, dict):
        for url, item in paths.items():
            if url.startswith("/"):
                units[("paths", url)] = item
    components = data.get("components")
    if isinstance(components, dict):
        for section, entries in components.items():
            if isinstance(entries, dict) and not section.startswith("x-"):
                for name, entry in entries.items():
                    units[("components", section, name)] = entry
    return units


def skeleton_of(data: dict[str, Any], units: Iterable[Unit]) -> dict[str, Any]:
    """The document without its units (their maps left empty)."""
    skeleton = dict(data)
    sections = set()
    for unit in units:
        if unit[0] == "paths":
            if skeleton["paths"] is data["paths"]:  # once, not once per path
                skeleton["paths"] = {
                    k: v for k, v in data["paths"].items() if not k.startswith("/")
                }
        else:
            sections.add(unit[1])
    if sections:
        skeleton["components"] = {**data["components"], **{section: {} for section in sections}}
    return skeleton


def alone(data: dict[str, Any], unit: Unit, value: Any) -> dict[str, Any]:
    """A minimal document holding only `unit`, for the OpenAPI JSON schema."""
    document: dict[str, Any] = {"openapi": data["openapi"], "info": {"title": "", "version": ""}}
    if "jsonSchemaDialect" in data:
        document["jsonSchemaDialect"] = data["jsonSchemaDialect"]
    if unit[0] == "paths":
        document["paths"] = {unit[1]: value}
    else:
        document["paths"] = {}
        document["components"] = {unit[1]: {unit[2]: value}}
    return document


def _unit_of_ref(ref_text: str, units: dict[Unit, Any]) -> Unit | None:
    """The unit a local `$ref` points into; None for another file or a place that is no unit."""
    file_part, _, fragment = ref_text.partition("#")
    if file_part:
        return None
    try:
        tokens = jp.split(unquote(fragment))
    except ValueError:
        return None
    for size in (2, 3):
        candidate = tuple(tokens[:size])
        if candidate in units:
            return candidate
    return None


def _refs(text: str) -> Iterator[str]:
    """Every string written under a `$ref` key in a unit's JSON (examples too: a superset)."""
    for match in _REF.finditer(text):
        raw = match.group(1)
        yield json.loads(f'"{raw}"') if "\\" in raw else raw


class ValidationCache:
    """The keys of units that passed, in one file under `folder`, most recent first, rewritten
    whole after each pass: one read and one write per run, where thousands of small files cost
    seconds on a busy disk. It keeps the `MAX_KEYS` most recent (several versions of several
    large specs); a key it dropped only means that unit is validated again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        salt = (
            f"{CACHE_VERSION}|openapi-spec-validator {version('openapi-spec-validator')}|"
            f"jsonschema {version('jsonschema')}|"
            # The checks a unit passed are this module's and validate.py's (which adds its own).
            f"{hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}|"
            f"{hashlib.sha256(Path(__file__).with_name('validate.py').read_bytes()).hexdigest()}"
        )
        self.salt = salt.encode()
        # The last document's unit texts and keys: a run asks twice (what to check beside the
        # build, then what passed), and equal texts give equal keys.
        self._last: tuple[tuple[str, dict[Unit, str]], dict[Unit, str | None]] | None = None

    def keys(self, data: dict[str, Any], units: dict[Unit, Any]) -> dict[Unit, str | None]:
        """Each unit's key: its content and its dependencies' content; None when not cacheable.

        Units that reach each other (recursive schemas) form one group, keyed by all their
        contents and by the keys of the groups they reach: each unit's key commits to everything
        it reaches, and every group is hashed once however many units reach it."""
        texts = {unit: json.dumps(value, separators=(",", ":")) for unit, value in units.items()}
        context = json.dumps([data.get("openapi"), data.get("jsonSchemaDialect")])
        if self._last is not None and self._last[0] == (context, texts):
            return self._last[1]
        direct: dict[Unit, set[Unit] | None] = {}
        for unit, text in texts.items():
            targets: set[Unit] | None = set()
            for ref_text in _refs(text):
                target = _unit_of_ref(ref_text, units)
                if target is None:
                    targets = None
                    break
                assert targets is not None
                targets.add(target)
            direct[unit] = targets
        group_keys: dict[int, str | None] = {}
        group_of: dict[Unit, int] = {}
        # Groups come out after every group they reach (Tarjan's order).
        for number, group in enumerate(_groups(list(units), direct)):
            for unit in group:
                group_of[unit] = number
            reached = {
                group_of[target]
                for unit in group
                for target in direct[unit] or ()
                if group_of[target] != number
            }
            if any(direct[unit] is None for unit in group) or any(
                group_keys[other] is None for other in reached
            ):
                group_keys[number] = None
                continue
            hasher = hashlib.sha256(self.salt)
            hasher.update(context.encode())
            for unit in sorted(group):
                hasher.update(jp.from_path(unit).encode("utf-8", "surrogatepass") + b"\0")
                hasher.update(texts[unit].encode("utf-8", "surrogatepass") + b"\0")
            for key in sorted(str(group_keys[other]) for other in reached):
                hasher.update(key.encode())
            group_keys[number] = hasher.hexdigest()
        keys: dict[Unit, str | None] = {}
        for unit in units:
            group_key = group_keys[group_of[unit]]
            keys[unit] = (
                None
                if group_key is None
                else hashlib.sha256(
                    f"{group_key}|{jp.from_path(unit)}".encode("utf-8", "surrogatepass")
                ).hexdigest()
            )
        self._last = ((context, texts), keys)
        return keys

    @property
    def _file(self) -> Path:
        return self.folder / "passed.keys"

    @property
    def _walked_file(self) -> Path:
        return self.folder / "walked.keys"

    def walked(self, digest: str) -> bool:
        """Whether the document of `digest` did not pass by units (it has a problem, or only
        warnings): the whole walk decides for it, and nothing is gained by checking units."""
        try:
            return digest in self._walked_file.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return False

    def remember_walked(self, digest: str) -> None:
        try:
            known = self._walked_file.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            known = []
        self._write(self._walked_file, [digest, *(k for k in known if k != digest)][:_MAX_WALKED])

    def _read(self) -> list[str]:
        try:
            return self._file.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return []

    def passed(self) -> set[str]:
        """The keys of every unit remembered as passing."""
        return set(self._read())

    def keep(self, keys: Iterable[str]) -> None:
        """Remember `keys` (the units of the document just validated) as the most recent."""
        recent = list(dict.fromkeys(keys))
        present = set(recent)
        recent += [key for key in self._read() if key not in present]
        self._write(self._file, recent[:MAX_KEYS])

    def _write(self, file: Path, keys: list[str]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Written beside, then renamed: a reader never sees half a list.
            with tempfile.NamedTemporaryFile(
                "w", encoding="ascii", dir=self.folder, delete=False, suffix=".tmp"
            ) as handle:
                handle.write("".join(f"{key}\n" for key in keys))
            os.replace(handle.name, file)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower


def _groups(units: list[Unit], direct: dict[Unit, set[Unit] | None]) -> Iterator[list[Unit]]:
    """The strongly connected groups of the `$ref` graph, each after every group it reaches
    (Tarjan's algorithm, without recursion: a chain of thousands of schemas is no problem)."""
    index: dict[Unit, int] = {}
    low: dict[Unit, int] = {}
    on_stack: set[Unit] = set()
    stack: list[Unit] = []
    for start in units:
        if start in index:
            continue
        work: list[tuple[Unit, Iterator[Unit]]] = [(start, iter(sorted(direct[start] or ())))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            unit, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(direct[target] or ()))))
                elif target in on_stack:
                    low[unit] = min(low[unit], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[unit])
            if low[unit] == index[unit]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == unit:
                        break
                yield group


def operation_ids(paths: Any) -> list[Any]:
    """Every operationId in document order, as the validator's uniqueness rule sees them."""
    found: list[Any] = []
    if not isinstance(paths, dict):
        return found
    for item in paths.values():
        if isinstance(item, dict):
            for method, operation in item.items():
                if method in _OPERATIONS and isinstance(operation, dict):
                    if operation.get("operationId") is not None:
                        found.append(operation["operationId"])
    return found


def to_check(data: Any, cache: ValidationCache) -> int | None:
    """How many units of the document `passes` would check now (not remembered as passing);
    None when it would not check by units at all (the whole walk decides)."""
    if not isinstance(data, dict) or not isinstance(data.get("openapi"), str):
        return None
    units = units_of(data)
    keys = cache.keys(data, units)
    if any(key is None for key in keys.values()) or cache.walked(_digest(cache, data, units, keys)):
        return None
    known = cache.passed()
    return sum(1 for key in keys.values() if key not in known)


def _digest(
    cache: ValidationCache,
    data: dict[str, Any],
    units: dict[Unit, Any],
    keys: dict[Unit, str | None],
) -> str:
    """The whole document's, for this validator: its units' keys and its skeleton."""
    hasher = hashlib.sha256(cache.salt)
    hasher.update(json.dumps(skeleton_of(data, units), sort_keys=True).encode())
    for key in sorted(str(k) for k in keys.values()):
        hasher.update(key.encode())
    return hasher.hexdigest()


def _skeleton_key(cache: ValidationCache, skeleton: dict[str, Any]) -> str:
    hasher = hashlib.sha256(cache.salt)
    hasher.update(b"skeleton\0")
    hasher.update(json.dumps(skeleton, sort_keys=True).encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def passes(validator_class: Any, data: Any, base_uri: str, cache: ValidationCache) -> bool:
    """True when the whole document passes `validator_class`: the skeleton, the whole-document
    rules, then every unit (remembered, or checked now). False means "validate it all"."""
    if not isinstance(data, dict) or not isinstance(data.get("openapi"), str):
        return False
    units = units_of(data)
    keys = cache.keys(data, units)
    if any(key is None for key in keys.values()):
        # A unit that reaches another file (a path item given by `$ref`, ...) is checked in
        # place by the whole walk, which a unit alone cannot stand for.
        return False
    digest = _digest(cache, data, units, keys)
    if cache.walked(digest):
        return False  # as before: the whole walk decides
    known = cache.passed()
    skeleton = skeleton_of(data, units)
    skeleton_key = _skeleton_key(cache, skeleton)
    if skeleton_key not in known and any(
        True for _ in _first_error(validator_class(skeleton, base_uri=base_uri).iter_errors())
    ):
        cache.remember_walked(digest)
        return False
    ids = operation_ids(data.get("paths"))
    if len(ids) != len(set(map(json.dumps, ids))):
        cache.remember_walked(digest)
        return False
    passing: list[str] = [skeleton_key]
    validator: Any = None  # made only when a unit must be checked: it walks the document
    for unit, value in units.items():
        key = keys[unit]
        if key is not None and key in known:
            passing.append(key)
            continue
        if validator is None:
            validator = validator_class(data, base_uri=base_uri)
        registry = validator.keyword_validators_registry
        spec = validator.schema_path
        errors: Iterable[Any] = validator.schema_validator.iter_errors(alone(data, unit, value))
        if unit[0] == "paths":
            keyword_errors = registry["path"](unit[1], spec / "paths" / unit[1])
        elif unit[1] == "schemas":
            keyword_errors = registry["schema"](spec / "components" / "schemas" / unit[2])
        else:
            keyword_errors = iter(())
        if any(True for _ in _first_error(errors)) or any(
            True for _ in _first_error(keyword_errors)
        ):
            cache.remember_walked(digest)
            return False
        if key is not None:
            passing.append(key)
    cache.keep(passing)
    return True


def _first_error(errors: Iterable[Any]) -> Iterator[Any]:
    for error in errors:
        yield error
        return


def default_folder(format_cache: Path) -> Path:
    """Beside the format cache (whose folder `SDK_GENERATOR_CACHE_DIR` names)."""
    return format_cache.parent / "validate"
