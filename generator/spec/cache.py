"""Validation remembered unit by unit, so that regeneration re-validates only what changed.

openapi-spec-validator stays the judge; this module only decides which parts it must look at.
The document is cut into units: each path item (`/paths/<url>`) and each component entry
(`/components/<section>/<name>`); what is left (info, servers, tags, webhooks, extensions) is the
skeleton. A unit is checked the way the whole document is: the OpenAPI JSON schema over a
document that holds only that unit, then the validator's own keyword checks (path parameters,
schemas, defaults, examples), which follow `$ref`s through the real document. So a unit's verdict
depends on its content and on the content of every unit its `$ref`s reach, transitively: all of
that goes into its key, with the validator's version and the source of the modules that check.

Units are checked in the order of the `$ref` graph (what a unit reaches first), and every error
of every unit is reported, so a document with warnings is validated by units too: the units that
passed are remembered, and the next run checks only the others. A unit that passes reaches no
place with a problem (a check that skipped a schema whose problem another unit reported is no
pass), so leaving it out changes neither which errors the others find nor their order: a warm
run reports exactly what a cold one does. A document with a unit that refers to another file,
or an operationId used twice, is validated whole, every time.

A unit that did not pass is remembered too, with what its check found, as the caller's
`Findings` write it (validate.py: each problem's place, message and repair, as data), when
all of it can be written and its check skipped nothing another unit had reported: the findings
are then a function of its key alone, and are given again, in its place in the order, without
a check. What a later unit's check skipped because this one reported it is then found by that
check again, and said once by the caller (which says each place's problem once).

The cache holds the keys that passed, the findings of those that did not, and the keys of
documents and units that did not pass (so no check that can only fail is started beside the
build): safe to delete; a file that cannot be read is as if absent.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import marshal
import os
import re
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote

from ..graph import strongly_connected
from . import pointer as jp

# Raise when the way units are cut or checked changes: old entries then never match.
CACHE_VERSION = "2"
MAX_KEYS = 20_000
MAX_FAILED = 5_000  # units remembered with their findings
# Errors read to judge every unit (a hostile document can have millions).
MAX_JUDGED = 10_000
_MAX_WALKED = 100
_REF = re.compile(r'"\$ref":\s*"((?:[^"\\]|\\.)*)"')
_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Unit = tuple[str, ...]  # ("paths", url) or ("components", section, name)


class Findings(Protocol):
    """What the caller makes of the validator's errors, and how it writes that down."""

    def of(self, error: Any) -> Any:
        """The finding `error` gives (what `unit_errors` yields)."""

    def record(self, finding: Any) -> Any:
        """`finding` as a JSON value to remember it by; None: it cannot be remembered."""

    def recalled(self, record: Any) -> Any:
        """The finding `record` was written from (raises on anything `record` never gave)."""


class _Errors:
    """The validator's errors as they are, never remembered."""

    def of(self, error: Any) -> Any:
        return error

    def record(self, finding: Any) -> Any:
        return None

    def recalled(self, record: Any) -> Any:
        raise ValueError("errors are not remembered")


ERRORS = _Errors()


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

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder  # None: nothing is read or remembered
        salt = (
            f"{CACHE_VERSION}|openapi-spec-validator {version('openapi-spec-validator')}|"
            f"jsonschema {version('jsonschema')}|"
            # The checks a unit passed are this module's, validate.py's and validator.py's.
            + "|".join(
                hashlib.sha256(Path(__file__).with_name(name).read_bytes()).hexdigest()
                for name in ("cache.py", "validate.py", "validator.py")
            )
        )
        self.salt = salt.encode()
        # The last document's units, as marshal writes them, and their keys: a run asks three
        # times (what to check beside the build, what passed, what the build may reuse), and
        # equal bytes are equal content (marshal writes them ten times faster than JSON).
        self._last: tuple[bytes, dict[Unit, str | None]] | None = None

    def keys(self, data: dict[str, Any], units: dict[Unit, Any]) -> dict[Unit, str | None]:
        """Each unit's key: its content and its dependencies' content; None when not cacheable.
        In the order of the `$ref` graph: a unit comes after every unit it reaches.

        Units that reach each other (recursive schemas) form one group, keyed by all their
        contents and by the keys of the groups they reach: each unit's key commits to everything
        it reaches, and every group is hashed once however many units reach it."""
        context = json.dumps([data.get("openapi"), data.get("jsonSchemaDialect")])
        try:
            written: bytes | None = marshal.dumps((context, list(units.items())))
        except ValueError:  # a value marshal cannot write: never remembered
            written = None
        if written is not None and self._last is not None and self._last[0] == written:
            return self._last[1]
        texts = {unit: json.dumps(value, separators=(",", ":")) for unit, value in units.items()}
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
        groups = strongly_connected(units, lambda unit: sorted(direct[unit] or ()))
        for number, group in enumerate(groups):
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
        for unit in sorted(units, key=group_of.__getitem__):  # what a unit reaches comes first
            group_key = group_keys[group_of[unit]]
            keys[unit] = (
                None
                if group_key is None
                else hashlib.sha256(
                    f"{group_key}|{jp.from_path(unit)}".encode("utf-8", "surrogatepass")
                ).hexdigest()
            )
        self._last = None if written is None else (written, keys)
        return keys

    @property
    def _file(self) -> Path | None:
        return None if self.folder is None else self.folder / "passed.keys"

    @property
    def _walked_file(self) -> Path | None:
        return None if self.folder is None else self.folder / "walked.keys"

    @property
    def _failed_file(self) -> Path | None:
        return None if self.folder is None else self.folder / "failed.json"

    def failed(self) -> dict[str, list[Any]]:
        """What the units remembered as failing found, by key (see the module)."""
        if self._failed_file is None:
            return {}
        try:
            found = json.loads(self._failed_file.read_text(encoding="ascii"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def keep_failed(self, found: dict[str, list[Any]], known: dict[str, list[Any]]) -> None:
        """Remember `found` (the failing units of the document just validated) as the most
        recent, before the others `known` holds."""
        if not found or list(found.items()) == list(known.items())[: len(found)]:
            return  # nothing new, nor newly recent
        kept = {**found, **{key: value for key, value in known.items() if key not in found}}
        text = json.dumps(dict(itertools.islice(kept.items(), MAX_FAILED)), separators=(",", ":"))
        self._write_text(self._failed_file, text)

    def walked(self, *digests: str) -> bool:
        """Whether any of `digests` (a whole document's, or a unit's key) is remembered as not
        passing (a problem, or only warnings): no check by units can pass for its document, so
        none is started beside the build."""
        return not set(_keys_in(self._walked_file)).isdisjoint(digests)

    def remember_walked(self, *digests: str) -> None:
        recent = list(dict.fromkeys(digests))
        known = [key for key in _keys_in(self._walked_file) if key not in recent]
        self._write(self._walked_file, [*recent, *known][:_MAX_WALKED])

    def passed(self) -> set[str]:
        """The keys of every unit remembered as passing."""
        return set(_keys_in(self._file))

    def keep(self, keys: Iterable[str]) -> None:
        """Remember `keys` (the units of the document just validated) as the most recent."""
        recent = list(dict.fromkeys(keys))
        present = set(recent)
        recent += [key for key in _keys_in(self._file) if key not in present]
        self._write(self._file, recent[:MAX_KEYS])

    def _write(self, file: Path | None, keys: list[str]) -> None:
        self._write_text(file, "".join(f"{key}\n" for key in keys))

    def _write_text(self, file: Path | None, text: str) -> None:
        if file is None:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            # Written beside, then renamed: a reader never sees half a file.
            with tempfile.NamedTemporaryFile(
                "w", encoding="ascii", dir=file.parent, delete=False, suffix=".tmp"
            ) as handle:
                handle.write(text)
            os.replace(handle.name, file)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower


def _keys_in(file: Path | None) -> list[str]:
    """The keys listed in `file`; none when there is no file or it cannot be read."""
    if file is None:
        return []
    try:
        return file.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []


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
    if any(key is None for key in keys.values()) or _walked_before(cache, data, units, keys):
        return None
    known = cache.passed() | cache.failed().keys()
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


def _walked_before(
    cache: ValidationCache,
    data: dict[str, Any],
    units: dict[Unit, Any],
    keys: dict[Unit, str | None],
) -> bool:
    """Whether this document, or one of its units as it is now, did not pass before."""
    unit_keys = (key for key in keys.values() if key is not None)
    return cache.walked(_digest(cache, data, units, keys), *unit_keys)


def _skeleton_key(cache: ValidationCache, skeleton: dict[str, Any]) -> str:
    hasher = hashlib.sha256(cache.salt)
    hasher.update(b"skeleton\0")
    hasher.update(json.dumps(skeleton, sort_keys=True).encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def passes(
    validator_class: Callable[[], Any],
    data: Any,
    base_uri: str,
    cache: ValidationCache,
    findings: Findings = ERRORS,
) -> bool:
    """True when the whole document passes the class `validator_class()` gives, checked unit
    by unit (the units that pass are remembered, whatever the others do, and so are those that
    fail, with their `findings`)."""
    if isinstance(data, dict):
        units = units_of(data)
        keys = cache.keys(data, units)
        if all(key is not None for key in keys.values()) and _walked_before(
            cache, data, units, keys
        ):
            return False
    errors = unit_errors(validator_class, data, base_uri, cache, findings)
    if errors is None:
        return False
    passed = True
    for _ in itertools.islice(errors, MAX_JUDGED):  # all: every unit is judged
        passed = False
    return passed


def unit_errors(
    validator_class: Callable[[], Any],
    data: Any,
    base_uri: str,
    cache: ValidationCache,
    findings: Findings = ERRORS,
) -> Iterator[Any] | None:
    """Every error of the document as `findings` makes it, found unit by unit: the
    skeleton's, then each unit's that is not remembered as passing, in the order of the `$ref`
    graph; None when the units cannot stand for the document (a unit reaches another file, an
    operationId is used twice) and the whole walk must decide. The class is asked for only
    when something must be checked.

    Units that passed before are not checked: a unit that passes reaches no place with a
    problem (its key commits to all it reaches), so leaving it out hides none of the errors
    the others find, and the errors come in the same order on every run. A unit remembered
    with its findings gives them again (see the module). What passed and what failed is
    remembered once every error has been read."""
    if not isinstance(data, dict) or not isinstance(data.get("openapi"), str):
        return None
    units = units_of(data)
    keys = cache.keys(data, units)
    if any(key is None for key in keys.values()):
        # A unit that reaches another file (a path item given by `$ref`, ...) is checked in
        # place by the whole walk, which a unit alone cannot stand for.
        return None
    digest = _digest(cache, data, units, keys)
    ids = operation_ids(data.get("paths"))
    if len(ids) != len(set(map(json.dumps, ids))):
        cache.remember_walked(digest)
        return None
    return _unit_errors(validator_class, data, base_uri, cache, units, keys, digest, findings)


def _unit_errors(
    validator_class: Callable[[], Any],
    data: dict[str, Any],
    base_uri: str,
    cache: ValidationCache,
    units: dict[Unit, Any],
    keys: dict[Unit, str | None],
    digest: str,
    findings: Findings,
) -> Iterator[Any]:
    known = cache.passed()
    failed_before = cache.failed()
    skeleton = skeleton_of(data, units)
    skeleton_key = _skeleton_key(cache, skeleton)
    passing: list[str] = []
    failing: dict[str, list[Any] | None] = {}  # key → its findings' records (None: not kept)
    incomplete: dict[Unit, str] = {}
    recalled = _recalled(failed_before.get(skeleton_key), findings)
    if skeleton_key in known:
        passing.append(skeleton_key)
    elif recalled is not None:
        yield from recalled
        failing[skeleton_key] = failed_before[skeleton_key]
    else:
        errors = validator_class()(skeleton, base_uri=base_uri).iter_errors()
        records = yield from _found(errors, findings, [])
        if records == []:
            passing.append(skeleton_key)
        else:
            failing[skeleton_key] = records
    validator: Any = None  # made only when a unit must be checked: it walks the document
    places: dict[tuple[str, ...], dict[str, Any]] = {}
    # What a unit reaches is checked before it: the first unit that fails holds the problem
    # itself, and its key stays the same while only units that reach it change.
    for unit, key in keys.items():
        assert key is not None
        if key in known:
            passing.append(key)
            continue
        recalled = _recalled(failed_before.get(key), findings)
        if recalled is not None:
            yield from recalled
            failing[key] = failed_before[key]
            continue
        if validator is None:
            validator = validator_class()(data, base_uri=base_uri)
            places = _places(validator.schema_path)
        validator.begin_unit()
        skipped = validator.skipped_problems()
        errors = _errors_of(validator, places, unit, alone(data, unit, units[unit]))
        records = yield from _found(errors, findings, [])
        if validator.skipped_problems() == skipped and records == []:
            passing.append(key)
        elif validator.skipped_problems() == skipped:
            failing[key] = records
        else:
            # It skipped a problem another unit's check reported: no pass, and what it found
            # is not all it would find alone. Checked alone once the others are, for the
            # record; what it adds was said already.
            failing[key] = None
            incomplete[unit] = key
    for unit, key in incomplete.items():
        assert validator is not None
        validator.begin_alone()
        errors = _errors_of(validator, places, unit, alone(data, unit, units[unit]))
        failing[key] = _records(errors, findings)
    cache.keep(passing)
    if failing:
        # While the first unit that failed is unchanged, no check beside the build can pass.
        cache.remember_walked(digest, next(iter(failing)))
        kept = {key: records for key, records in failing.items() if records}
        cache.keep_failed(kept, failed_before)


def _places(spec: Any) -> dict[tuple[str, ...], dict[str, Any]]:
    """The path items and component schemas by key, as the library walks to them (`spec / key`
    would read a `#` in a key as a separator)."""
    return {
        ("paths",): dict((spec / "paths").items()) if "paths" in spec else {},
        ("components", "schemas"): _schemas_of(spec),
    }


def _errors_of(
    validator: Any, places: dict[tuple[str, ...], dict[str, Any]], unit: Unit, alone: Any
) -> Iterator[Any]:
    """A unit's check: the OpenAPI schema over the document holding it `alone`, then the
    library's own checks of a path item or a schema, reading the whole document."""
    registry = validator.keyword_validators_registry
    yield from validator.schema_validator.iter_errors(alone)
    if unit[0] == "paths":
        yield from registry["path"](unit[1], places["paths",][unit[1]])
    elif unit[1] == "schemas":
        yield from registry["schema"](places["components", "schemas"][unit[2]])


def _records(errors: Iterable[Any], findings: Findings) -> list[Any] | None:
    """The records of the findings of `errors`; None when one cannot be remembered."""
    records = []
    for error in errors:
        record = findings.record(findings.of(error))
        if record is None:
            return None
        records.append(record)
    return records


def _recalled(records: Any, findings: Findings) -> list[Any] | None:
    """The findings remembered as `records`; None when there are none, or they cannot be
    read (the unit is then checked)."""
    if not isinstance(records, list) or not records:
        return None
    try:
        return [findings.recalled(record) for record in records]
    except Exception:  # noqa: BLE001 - written by another version, or damaged: not used
        return None


def _found(
    errors: Iterable[Any], findings: Findings, records: list[Any] | None
) -> Generator[Any, None, list[Any] | None]:
    """`errors` made findings, passed on; returns `records` with theirs added (None once one
    cannot be remembered)."""
    for error in errors:
        finding = findings.of(error)
        yield finding
        record = findings.record(finding) if records is not None else None
        if record is None:
            records = None
        else:
            assert records is not None
            records.append(record)
    return records


def _schemas_of(spec: Any) -> dict[str, Any]:
    if "components" not in spec:
        return {}
    components = spec / "components"
    return dict((components / "schemas").items()) if "schemas" in components else {}


def default_folder(format_cache: Path) -> Path:
    """Beside the format cache (whose folder `SDK_GENERATOR_CACHE_DIR` names)."""
    return format_cache.parent / "validate"
