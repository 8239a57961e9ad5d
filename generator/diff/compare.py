"""What a new spec changes in the SDK of an old one, as a Python caller of that SDK sees it.

Both specs are built into `model.Api`s (`pipeline.load_api`) and compared by the names a caller
writes: `client.v1.lip_sync.create(height=...)`, `models.V1LipSyncCreateResponse.id`,
`params.V1LipSyncCreateBodyAssets["video_source"]`. Each change says whether it breaks such a
caller (sync `Client` and `AsyncClient` alike), and the report says which semantic-version bump the
changes imply. The rules, as a table: docs/diff.md.

Inputs (method arguments, request TypedDicts) and outputs (return values, response models) are
judged in opposite directions: an input may accept more and an output may promise less.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from ..emit.escape import md_code_span as _code
from ..emit.escape import md_inline, py_literal
from ..emit.type_exprs import Spelling, annotation
from ..errors import GeneratorError, Location
from ..model.api import Api, Field, Flavour, ObjectType, Operation, Parameter, Resource, TypeRef
from ..pipeline import load_api

ChangeKind = Literal[
    "package_renamed",
    "resource_added",
    "resource_removed",
    "method_added",
    "method_removed",
    "response_type_changed",
    "parameter_added",
    "parameter_removed",
    "parameter_renamed",
    "parameter_made_required",
    "parameter_made_optional",
    "parameter_type_narrowed",
    "parameter_type_widened",
    "parameter_type_changed",
    "enum_values_added",
    "enum_values_removed",
    "request_field_added",
    "request_field_removed",
    "request_field_made_required",
    "request_field_made_optional",
    "request_field_type_narrowed",
    "request_field_type_widened",
    "request_field_type_changed",
    "response_field_added",
    "response_field_removed",
    "response_field_made_optional",
    "response_field_made_required",
    "response_field_made_nullable",
    "response_field_type_narrowed",
    "response_field_type_widened",
    "response_field_type_changed",
    "model_added",
    "model_removed",
    "model_renamed",
]
BumpLevel = Literal["major", "minor", "patch"]


@dataclass(frozen=True)
class Change:
    """One difference in the SDK's public surface."""

    kind: ChangeKind
    where: str  # what the caller writes: `client.v1.lip_sync.create(height=...)`
    detail: str  # markdown
    breaking: bool

    @property
    def label(self) -> str:
        """The kind in words: `parameter_made_required` → "Parameter made required"."""
        return self.kind.replace("_", " ").capitalize()


# Non-breaking changes that give the caller something new: they make the bump at least "minor".
# Every other non-breaking change (an output that promises less) is a "patch".
_ADDITIONS: frozenset[ChangeKind] = frozenset(
    {
        "resource_added",
        "method_added",
        "response_type_changed",
        "parameter_added",
        "parameter_made_optional",
        "parameter_type_widened",
        "enum_values_added",
        "request_field_added",
        "request_field_made_optional",
        "request_field_type_widened",
        "response_field_added",
        "model_added",
    }
)


def is_addition(change: Change) -> bool:
    return not change.breaking and change.kind in _ADDITIONS


@dataclass(frozen=True)
class Bump:
    """The semantic-version bump a set of changes implies."""

    level: BumpLevel  # the part of the version to increase
    label: str  # "major", "minor (0.x: breaking)", "minor" or "patch"


def implied_bump(changes: Iterable[Change], version: str) -> Bump:
    """major for a breaking change (minor while the version is 0.x), minor for an addition, else
    patch (also when nothing in the public surface changed)."""
    changes = list(changes)
    if any(change.breaking for change in changes):
        parsed = parse_version(version)
        if parsed is not None and parsed[0] == 0:
            return Bump("minor", "minor (0.x: breaking)")
        return Bump("major", "major")
    if any(is_addition(change) for change in changes):
        return Bump("minor", "minor")
    return Bump("patch", "patch")


_VERSION = re.compile(r"^(v?)(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$")


def parse_version(version: str) -> tuple[int, int, int] | None:
    """`1.2.3`, `v1.2`, `2.0.0-beta.1` → (major, minor, patch); None if it does not start so."""
    match = _VERSION.match(version.strip())
    if match is None:
        return None
    return int(match[2]), int(match[3] or 0), int(match[4] or 0)


def bump_version(version: str, level: BumpLevel) -> str | None:
    """The next version at `level`, keeping a leading `v`; a pre-release suffix is dropped."""
    match = _VERSION.match(version.strip())
    parsed = parse_version(version)
    if match is None or parsed is None:
        return None
    major, minor, patch = parsed
    if level == "major":
        major, minor, patch = major + 1, 0, 0
    elif level == "minor":
        minor, patch = minor + 1, 0
    else:
        patch += 1
    return f"{match[1]}{major}.{minor}.{patch}"


@dataclass(frozen=True)
class Report:
    """The changes between two specs, in report order, and what they mean for the version."""

    title: str
    package: str
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    bump: Bump

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.breaking)

    @property
    def others(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if not change.breaking)

    @property
    def suggested_version(self) -> str | None:
        """The old version bumped per the report; None if it is not `X.Y.Z`-like."""
        return bump_version(self.old_version, self.bump.level)

    @property
    def release_version(self) -> str:
        """The version a changelog entry is for: the new spec's `info.version` if it changed (or
        nothing changed), else the old version bumped per the report."""
        if self.new_version != self.old_version or not self.changes:
            return self.new_version
        suggested = self.suggested_version
        if suggested is None:
            raise GeneratorError(
                f"info.version {self.new_version!r} did not change and is not a version this "
                "generator can bump (MAJOR.MINOR.PATCH); set info.version in the new spec"
            )
        return suggested

    @property
    def version_note(self) -> str:
        """A warning when the new spec's version rises by less than the changes call for."""
        suggested = self.suggested_version
        new = parse_version(self.new_version)
        if self.new_version == self.old_version or suggested is None or new is None:
            return ""
        wanted = parse_version(suggested)
        if wanted is None or new >= wanted:
            return ""
        return (
            f"Note: info.version goes from {self.old_version} to {self.new_version}, but these "
            f"changes call for a {self.bump.label} bump, to at least {suggested}."
        )


def diff_specs(old_spec: Path, new_spec: Path, package: str | None = None) -> Report:
    """Load both specs (any error names its file) and compare their SDKs."""
    return report(load_api(old_spec, package), load_api(new_spec, package))


def report(old: Api, new: Api) -> Report:
    changes = diff_apis(old, new)
    return Report(
        title=new.title,
        package=new.package,
        old_version=old.version,
        new_version=new.version,
        changes=tuple(changes),
        bump=implied_bump(changes, old.version),
    )


def diff_apis(old: Api, new: Api) -> list[Change]:
    """Every change, breaking ones first, then by where and kind: the order of the report."""
    changes = list(_Differ(old, new).changes())
    return sorted(set(changes), key=lambda c: (not c.breaking, c.where, c.kind, c.detail))


# -- markdown -------------------------------------------------------------------------------------


def render_report(result: Report) -> str:
    """The report as markdown: a summary line with the bump, then breaking and other changes."""
    lines = [
        f"# SDK changes: {md_inline(result.title)} {md_inline(result.old_version)} → "
        f"{md_inline(result.new_version)}",
        "",
        summary_line(result),
    ]
    if result.version_note:
        lines += ["", result.version_note]
    for heading, changes in (
        ("Breaking changes", result.breaking),
        ("Other changes", result.others),
    ):
        lines += ["", f"## {heading}", ""]
        lines += change_lines(changes) or ["None."]
    return "\n".join(lines) + "\n"


def summary_line(result: Report) -> str:
    if not result.changes:
        return (
            f"Implied version bump: **{result.bump.label}**: "
            "no change to the SDK's public surface."
        )
    return (
        f"Implied version bump: **{result.bump.label}**: "
        f"{_count(len(result.breaking), 'breaking change')}, "
        f"{_count(len(result.others), 'other change')} "
        f"(for callers of `{result.package}`, `Client` and `AsyncClient` alike)."
    )


def change_lines(changes: Iterable[Change]) -> list[str]:
    return [f"- {change.label}: {_code(change.where)}: {change.detail}" for change in changes]


def write_report(text: str, path: Path) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        raise GeneratorError(
            f"cannot write the report: {error.strerror or error}", Location(str(path))
        ) from error


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# -- comparison -----------------------------------------------------------------------------------

Position = Literal["input", "output"]
_Delta = Literal["same", "narrowed", "widened", "changed", "nullable"]
_MODELS = Spelling("models", qualified=True)
_PARAMS = Spelling("params", qualified=True)
_INPUT_BREAKS = {"narrowed": True, "widened": False, "changed": True, "nullable": False}
_OUTPUT_BREAKS = {"narrowed": False, "widened": True, "changed": True, "nullable": True}


@dataclass(frozen=True)
class _Atom:
    """One alternative of the values a type admits (a union is a set of these)."""

    tag: str  # a TypeRef kind, or "literal" with `value`, or "named" with `value` = class name
    value: str | int | float | bool = ""
    item: TypeRef | None = None  # the item of a list or the value of a dict


def _value_tag(value: str | int | float | bool) -> str:
    return type(value).__name__  # bool before int: bool is its own tag


class _Side:
    """One API indexed by what a caller names."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.resources: dict[tuple[str, ...], Resource] = {}
        self.types: dict[tuple[Flavour, str], ObjectType] = {
            (object_type.flavour, object_type.name): object_type for object_type in api.object_types
        }
        # TypedDicts of bodies flattened into keyword arguments: their changes are parameter changes
        self.flattened: set[str] = set()
        stack = list(api.resources)
        while stack:
            resource = stack.pop()
            self.resources[resource.path] = resource
            stack.extend(resource.children)
            for op in resource.operations:
                if op.body is not None and op.body.flattened and op.body.type.kind == "named":
                    self.flattened.add(op.body.type.name)

    def type_names(self, flavour: Flavour) -> set[str]:
        return {name for type_flavour, name in self.types if type_flavour == flavour}


class _Differ:
    def __init__(self, old: Api, new: Api) -> None:
        self.old = _Side(old)
        self.new = _Side(new)
        # old class name → new class name, per flavour, for classes renamed with identical fields
        self.renames: dict[Flavour, dict[str, str]] = {
            flavour: self._find_renames(flavour) for flavour in ("models", "params")
        }

    def changes(self) -> Iterator[Change]:
        old, new = self.old.api, self.new.api
        if old.package != new.package:
            yield Change(
                "package_renamed",
                f"import {old.package}",
                f"the package is now `{new.package}` (distribution `{new.dist_name}`)",
                True,
            )
        yield from self._resources()
        for flavour in ("models", "params"):
            yield from self._types(flavour)

    # -- resources and methods ---------------------------------------------------------------

    def _resources(self) -> Iterator[Change]:
        removed = set(self.old.resources) - set(self.new.resources)
        added = set(self.new.resources) - set(self.old.resources)
        cases: tuple[tuple[set[tuple[str, ...]], _Side, ChangeKind, bool], ...] = (
            (removed, self.old, "resource_removed", True),
            (added, self.new, "resource_added", False),
        )
        for paths, side, kind, breaking in cases:
            for path in paths:
                if any(path[:index] in paths for index in range(1, len(path))):
                    continue  # reported with the resource above it
                methods = ", ".join(f"`{name}`" for name in _method_names(side.resources[path]))
                verb = "removed" if breaking else "added"
                yield Change(
                    kind,
                    _client(path),
                    f"{verb}, with its methods {methods}" if methods else verb,
                    breaking,
                )
        for path in set(self.old.resources) & set(self.new.resources):
            old_ops = {op.method: op for op in self.old.resources[path].operations}
            new_ops = {op.method: op for op in self.new.resources[path].operations}
            for method in set(old_ops) - set(new_ops):
                op = old_ops[method]
                yield Change(
                    "method_removed",
                    _client(path, method),
                    f"removed (was {_code(f'{op.http_method} {op.path}')})",
                    True,
                )
            for method in set(new_ops) - set(old_ops):
                op = new_ops[method]
                yield Change(
                    "method_added",
                    _client(path, method),
                    f"added: {_code(f'{op.http_method} {op.path}')}",
                    False,
                )
            for method in set(old_ops) & set(new_ops):
                yield from self._operation(_client(path, method), old_ops[method], new_ops[method])

    def _operation(self, where: str, old: Operation, new: Operation) -> Iterator[Change]:
        yield from self._returns(where, old, new)
        old_params = {p.python_name: p for p in old.parameters}
        new_params = {p.python_name: p for p in new.parameters}
        removed = sorted(set(old_params) - set(new_params))
        added = sorted(set(new_params) - set(old_params))
        for name in removed:  # renamed: the same type at the same wire location
            before = old_params[name]
            for candidate in added:
                after = new_params[candidate]
                if after.location == before.location and self._same_shape(before.type, after.type):
                    yield self._renamed_parameter(where, before, after)
                    added.remove(candidate)
                    del old_params[name]
                    break
        for name in set(old_params) - set(new_params):
            before = old_params[name]
            yield Change(
                "parameter_removed",
                _argument(where, name),
                f"removed (was {_required(before.required)} {_code(_params(before.type))})",
                True,
            )
        for name in added:
            after = new_params[name]
            yield Change(
                "parameter_added",
                _argument(where, name),
                f"added, {_required(after.required)}: {_code(_params(after.type))}",
                after.required,
            )
        for name in set(old_params) & set(new_params):
            before, after = old_params[name], new_params[name]
            argument = _argument(where, name)
            if before.required != after.required:
                kind: ChangeKind = (
                    "parameter_made_required" if after.required else "parameter_made_optional"
                )
                detail = "now required" if after.required else "now optional"
                yield Change(kind, argument, detail, after.required)
            yield from self._input_type(argument, before.type, after.type, "parameter")

    def _renamed_parameter(self, where: str, before: Parameter, after: Parameter) -> Change:
        detail = (
            f"renamed to {_code(after.python_name + '=')} (same type {_code(_params(after.type))}"
        )
        if before.wire_name != after.wire_name:
            detail += f", sent as {before.location} {_code(after.wire_name)}"
        if before.required != after.required:
            detail += f", now {_required(after.required)}"
        return Change("parameter_renamed", _argument(where, before.python_name), detail + ")", True)

    def _returns(self, where: str, old: Operation, new: Operation) -> Iterator[Change]:
        old_kind, old_type = _returned(old)
        new_kind, new_type = _returned(new)
        old_text, new_text = _return_text(old_kind, old_type), _return_text(new_kind, new_type)
        if old_kind == new_kind and old_type is not None and new_type is not None:
            delta = self._delta(old_type, new_type, "models")
            if delta == "same":
                return
            breaking = _OUTPUT_BREAKS[delta]
        elif old_text == new_text:
            return
        else:
            # None → a value is an addition (a caller that ignored None is unaffected)
            breaking = not (old_kind == "none" or (old_kind == "json" and old_type is None))
        yield Change(
            "response_type_changed",
            where,
            f"returns {_code(new_text)} (was {_code(old_text)})",
            breaking,
        )

    # -- object types --------------------------------------------------------------------------

    def _find_renames(self, flavour: Flavour) -> dict[str, str]:
        old_names = self.old.type_names(flavour)
        new_names = self.new.type_names(flavour)
        added = sorted(new_names - old_names)
        renames: dict[str, str] = {}
        for name in sorted(old_names - new_names):
            shape = _shape(TypeRef("named", name=name), self.old, flavour, ())
            for candidate in added:
                if _shape(TypeRef("named", name=candidate), self.new, flavour, ()) == shape:
                    renames[name] = candidate
                    added.remove(candidate)
                    break
        return renames

    def _types(self, flavour: Flavour) -> Iterator[Change]:
        renames = self.renames[flavour]
        old_names = self.old.type_names(flavour)
        new_names = self.new.type_names(flavour)
        for name in old_names - new_names:
            if name in renames:
                yield Change(
                    "model_renamed",
                    f"{flavour}.{name}",
                    f"renamed to `{flavour}.{renames[name]}` (same fields)",
                    True,
                )
            else:
                yield Change("model_removed", f"{flavour}.{name}", "removed", True)
        for name in new_names - old_names - set(renames.values()):
            yield Change("model_added", f"{flavour}.{name}", "added", False)
        pairs = [(name, name) for name in old_names & new_names] + list(renames.items())
        for old_name, new_name in pairs:
            before = self.old.types[(flavour, old_name)]
            after = self.new.types[(flavour, new_name)]
            if flavour == "models":
                yield from self._model_fields(before, after)
            elif old_name not in self.old.flattened and new_name not in self.new.flattened:
                yield from self._request_fields(before, after)

    def _model_fields(self, old: ObjectType, new: ObjectType) -> Iterator[Change]:
        old_fields = {f.python_name: f for f in old.fields}
        new_fields = {f.python_name: f for f in new.fields}
        for name in set(old_fields) | set(new_fields):
            where = f"models.{new.name}.{name}"
            before, after = old_fields.get(name), new_fields.get(name)
            if after is None:
                assert before is not None
                yield Change(
                    "response_field_removed", where, f"removed (was {_code(_field(before))})", True
                )
            elif before is None:
                yield Change("response_field_added", where, f"added: {_code(_field(after))}", False)
            else:
                yield from self._model_field(where, before, after)

    def _model_field(self, where: str, before: Field, after: Field) -> Iterator[Change]:
        if before.required and not after.required:
            could_be_none = before.type.nullable or before.type.kind in ("any", "none")
            detail = "may now be absent: read as `None`"
            if could_be_none:
                detail += " (not breaking: it could already be `None`)"
            yield Change("response_field_made_optional", where, detail, not could_be_none)
        elif after.required and not before.required:
            yield Change(
                "response_field_made_required",
                where,
                "now always sent (not breaking: it is no longer `None` for being absent)",
                False,
            )
        enum = self._enum_change(before.type, after.type, "models")
        if enum is not None:
            added, removed = enum
            reason = (
                "not breaking: response enums are open (`typing.Literal[...] | str`), "
                "so values the SDK does not list still parse"
            )
            if added:
                yield Change("enum_values_added", where, f"{added} added; {reason}", False)
            if removed:
                yield Change("enum_values_removed", where, f"{removed} removed; {reason}", False)
            return
        delta = self._delta(before.type, after.type, "models")
        if delta == "same":
            return
        kinds: dict[_Delta, ChangeKind] = {
            "narrowed": "response_field_type_narrowed",
            "widened": "response_field_type_widened",
            "changed": "response_field_type_changed",
            "nullable": "response_field_made_nullable",
        }
        detail = f"{_code(_models(before.type))} → {_code(_models(after.type))}"
        if delta == "nullable":
            detail = f"may now be `None`: {detail}"
        yield Change(kinds[delta], where, detail, _OUTPUT_BREAKS[delta])

    def _request_fields(self, old: ObjectType, new: ObjectType) -> Iterator[Change]:
        old_fields = {f.wire_name: f for f in old.fields}
        new_fields = {f.wire_name: f for f in new.fields}
        for key in set(old_fields) | set(new_fields):
            where = f"params.{new.name}[{py_literal(key)}]"
            before, after = old_fields.get(key), new_fields.get(key)
            if after is None:
                assert before is not None
                yield Change(
                    "request_field_removed",
                    where,
                    f"removed (was {_required(before.required)} {_code(_params(before.type))})",
                    True,
                )
            elif before is None:
                yield Change(
                    "request_field_added",
                    where,
                    f"added, {_required(after.required)}: {_code(_params(after.type))}",
                    after.required,
                )
            else:
                if before.required != after.required:
                    kind: ChangeKind = (
                        "request_field_made_required"
                        if after.required
                        else "request_field_made_optional"
                    )
                    detail = "now required" if after.required else "now optional"
                    yield Change(kind, where, detail, after.required)
                yield from self._input_type(where, before.type, after.type, "request_field")

    # -- types ---------------------------------------------------------------------------------

    def _input_type(
        self, where: str, old: TypeRef, new: TypeRef, subject: Literal["parameter", "request_field"]
    ) -> Iterator[Change]:
        """A change to what an argument or a request TypedDict key accepts."""
        enum = self._enum_change(old, new, "params")
        if enum is not None:
            added, removed = enum
            types = f"{_code(_params(old))} → {_code(_params(new))}"
            if added:
                yield Change(
                    "enum_values_added", where, f"{added} added (accepts more: {types})", False
                )
            if removed:
                yield Change(
                    "enum_values_removed",
                    where,
                    f"{removed} removed (narrowed: a call passing a removed value no longer "
                    f"type-checks; {types})",
                    True,
                )
            return
        delta = self._delta(old, new, "params")
        if delta == "same":
            return
        if delta == "nullable":
            delta = "widened"
        kinds: dict[str, ChangeKind] = {
            "parameter_narrowed": "parameter_type_narrowed",
            "parameter_widened": "parameter_type_widened",
            "parameter_changed": "parameter_type_changed",
            "request_field_narrowed": "request_field_type_narrowed",
            "request_field_widened": "request_field_type_widened",
            "request_field_changed": "request_field_type_changed",
        }
        detail = f"{_code(_params(old))} → {_code(_params(new))}"
        yield Change(kinds[f"{subject}_{delta}"], where, detail, _INPUT_BREAKS[delta])

    def _enum_change(self, old: TypeRef, new: TypeRef, flavour: Flavour) -> tuple[str, str] | None:
        """(values added, values removed) when two types differ only in their enum values."""
        before_shape = _erase_literals(self._canonical(old, flavour))
        if before_shape != _erase_literals(self._canonical(new, flavour)):
            return None
        before, after = _literal_values(old), _literal_values(new)
        added = [value for key, value in after.items() if key not in before]
        removed = [value for key, value in before.items() if key not in after]
        if not added and not removed:
            return None
        return _values(added), _values(removed)

    def _delta(self, old: TypeRef, new: TypeRef, flavour: Flavour) -> _Delta:
        wider = self._is_sub(old, new, flavour)  # every old value is a new value
        narrower = self._is_sub(new, old, flavour)
        if wider and narrower:
            return "same"
        if wider:
            plain = replace(new, nullable=False)
            if not old.nullable and new.nullable:
                if self._canonical(old, flavour) == self._canonical(plain, flavour):
                    return "nullable"
            return "widened"
        return "narrowed" if narrower else "changed"

    def _is_sub(self, sub: TypeRef, sup: TypeRef, flavour: Flavour) -> bool:
        """Whether every value `sub` admits is admitted by `sup` (as the SDK annotates them)."""
        wide = _atoms(sup, flavour)
        if any(atom.tag == "any" for atom in wide):
            return True
        narrow = _atoms(sub, flavour)
        if any(atom.tag == "any" for atom in narrow):
            return False
        return all(any(self._covers(b, a, flavour) for b in wide) for a in narrow)

    def _covers(self, wide: _Atom, narrow: _Atom, flavour: Flavour) -> bool:
        if narrow.tag == "literal":
            if wide.tag == "literal":
                return type(wide.value) is type(narrow.value) and wide.value == narrow.value
            tag = _value_tag(narrow.value)
            return wide.tag == tag or (wide.tag == "float" and tag == "int")
        if narrow.tag == "int" and wide.tag == "float":
            return True
        if narrow.tag != wide.tag:
            return False
        if narrow.item is not None and wide.item is not None:  # lists and dicts: by their items
            return self._is_sub(narrow.item, wide.item, flavour)
        if narrow.tag == "named":
            renames = self.renames[flavour]
            return renames.get(str(narrow.value), str(narrow.value)) == renames.get(
                str(wide.value), str(wide.value)
            )
        return True

    def _canonical(self, type_ref: TypeRef, flavour: Flavour) -> TypeRef:
        """The type with renamed classes under their new names."""
        name = type_ref.name
        if type_ref.kind == "named":
            name = self.renames[flavour].get(name, name)
        return replace(
            type_ref,
            name=name,
            module="",
            items=tuple(self._canonical(item, flavour) for item in type_ref.items),
        )

    def _same_shape(self, old: TypeRef, new: TypeRef) -> bool:
        return _shape(old, self.old, "params", ()) == _shape(new, self.new, "params", ())


def _atoms(type_ref: TypeRef, flavour: Flavour) -> list[_Atom]:
    atoms = [_Atom("none")] if type_ref.nullable else []
    kind = type_ref.kind
    if kind == "uuid":
        atoms.append(_Atom("str"))
    elif kind in ("datetime", "date"):
        atoms.append(_Atom(kind))
        if flavour == "params":  # callers may pass an ISO string
            atoms.append(_Atom("str"))
    elif kind == "literal":
        atoms.extend(_Atom("literal", value) for value in type_ref.literals)
        if flavour == "models":  # open: an unlisted value parses as its plain type
            atoms.extend(_Atom(tag) for tag in sorted({_value_tag(v) for v in type_ref.literals}))
    elif kind in ("list", "dict"):
        atoms.append(_Atom(kind, item=type_ref.items[0]))
    elif kind == "named":
        atoms.append(_Atom("named", type_ref.name))
    elif kind == "union":
        for option in type_ref.items:
            atoms.extend(_atoms(option, flavour))
    else:
        atoms.append(_Atom(kind))
    return atoms


def _shape(type_ref: TypeRef, side: _Side, flavour: Flavour, seen: tuple[str, ...]) -> object:
    """The structure of a type with class names left out (to recognise a renamed class)."""
    if type_ref.kind == "named":
        if type_ref.name in seen:
            return ("recursive", seen.index(type_ref.name), type_ref.nullable)
        object_type = side.types.get((flavour, type_ref.name))
        if object_type is None:
            return ("named", type_ref.name, type_ref.nullable)
        inner = (*seen, type_ref.name)
        fields = tuple(
            (f.python_name, f.wire_name, f.required, _shape(f.type, side, flavour, inner))
            for f in object_type.fields
        )
        extra = object_type.extra_values
        extra_shape = _shape(extra, side, flavour, inner) if extra is not None else None
        return ("object", fields, extra_shape, type_ref.nullable)
    return (
        type_ref.kind,
        frozenset((_value_tag(value), value) for value in type_ref.literals),
        tuple(_shape(item, side, flavour, seen) for item in type_ref.items),
        type_ref.nullable,
    )


def _erase_literals(type_ref: TypeRef) -> TypeRef:
    return replace(
        type_ref,
        literals=(),
        items=tuple(_erase_literals(item) for item in type_ref.items),
    )


def _literal_values(type_ref: TypeRef) -> dict[tuple[str, str | int | float | bool], str]:
    """Every enum value in a type, keyed so that `1` and `True` stay apart, spelled in Python."""
    values = {(_value_tag(value), value): py_literal(value) for value in type_ref.literals}
    for item in type_ref.items:
        values.update(_literal_values(item))
    return values


def _values(values: list[str]) -> str:
    return ", ".join(_code(value) for value in values)


def _returned(op: Operation) -> tuple[str, TypeRef | None]:
    """(response kind, type) of what the method returns."""
    kind = op.success.kind
    return kind, op.success.type if kind in ("json", "stream") else None


def _return_text(kind: str, type_ref: TypeRef | None) -> str:
    if kind == "stream":
        return f"Stream[{_models(type_ref) if type_ref else 'ServerSentEvent'}]"
    if kind in ("bytes", "text"):
        return "bytes" if kind == "bytes" else "str"
    return _models(type_ref) if type_ref is not None else "None"


def _method_names(resource: Resource, prefix: str = "") -> list[str]:
    names = [prefix + op.method for op in resource.operations]
    for child in resource.children:
        names.extend(_method_names(child, f"{prefix}{child.attr}."))
    return sorted(names)


def _client(path: tuple[str, ...], method: str = "") -> str:
    return ".".join(["client", *path, *([method] if method else [])])


def _argument(method_where: str, name: str) -> str:
    return f"{method_where}({name}=...)"


def _required(required: bool) -> str:
    return "required" if required else "optional"


def _params(type_ref: TypeRef) -> str:
    return annotation(type_ref, _PARAMS)


def _models(type_ref: TypeRef) -> str:
    return annotation(type_ref, _MODELS)


def _field(field: Field) -> str:
    """A response model field as the caller reads it: optional fields default to None."""
    text = _models(field.type)
    if field.required or text.endswith("| None") or text in ("None", "typing.Any"):
        return text
    return f"{text} | None"
