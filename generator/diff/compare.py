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

from collections.abc import Iterator
from typing import Literal

from ..emit.escape import md_code_span as _code
from ..emit.escape import py_literal
from ..emit.type_exprs import Spelling, annotation
from ..model.api import Api, Field, Flavour, ObjectType, Operation, Parameter, Resource, TypeRef
from .changes import Change, ChangeKind
from .renames import find_renames, shape
from .sides import Side
from .types import INPUT_BREAKS, OUTPUT_BREAKS, Delta, TypeComparer

_MODELS = Spelling("models", qualified=True)
_PARAMS = Spelling("params", qualified=True)


def diff_apis(old: Api, new: Api) -> list[Change]:
    """Every change, breaking ones first, then by where and kind: the order of the report."""
    changes = list(_Differ(old, new).changes())
    return sorted(set(changes), key=lambda c: (not c.breaking, c.where, c.kind, c.detail))


class _Differ:
    def __init__(self, old: Api, new: Api) -> None:
        self.old = Side(old)
        self.new = Side(new)
        # old class name → new class name, per flavour, for classes renamed with identical fields
        self.renames: dict[Flavour, dict[str, str]] = {
            flavour: find_renames(self.old, self.new, flavour) for flavour in ("models", "params")
        }
        self.types = TypeComparer(self.renames)

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
        cases: tuple[tuple[set[tuple[str, ...]], Side, ChangeKind, bool], ...] = (
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
                if after.location == before.location and shape(
                    before.type, self.old, "params", ()
                ) == shape(after.type, self.new, "params", ()):
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
            delta = self.types.delta(old_type, new_type, "models")
            if delta == "same":
                return
            breaking = OUTPUT_BREAKS[delta]
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
        enum = self.types.enum_change(before.type, after.type, "models")
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
        delta = self.types.delta(before.type, after.type, "models")
        if delta == "same":
            return
        kinds: dict[Delta, ChangeKind] = {
            "narrowed": "response_field_type_narrowed",
            "widened": "response_field_type_widened",
            "changed": "response_field_type_changed",
            "nullable": "response_field_made_nullable",
        }
        detail = f"{_code(_models(before.type))} → {_code(_models(after.type))}"
        if delta == "nullable":
            detail = f"may now be `None`: {detail}"
        yield Change(kinds[delta], where, detail, OUTPUT_BREAKS[delta])

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
        enum = self.types.enum_change(old, new, "params")
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
        delta = self.types.delta(old, new, "params")
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
        yield Change(kinds[f"{subject}_{delta}"], where, detail, INPUT_BREAKS[delta])


def _returned(op: Operation) -> tuple[str, TypeRef | None]:
    """(response kind, type) of what the method returns; a paginated method's is "page"."""
    kind = "page" if op.pagination is not None else op.success.kind
    return kind, op.success.type if kind in ("json", "stream", "page") else None


def _return_text(kind: str, type_ref: TypeRef | None) -> str:
    if kind == "stream":
        return f"Stream[{_models(type_ref) if type_ref else 'ServerSentEvent'}]"
    if kind == "page":  # the first page, its `body` the declared type
        return f"SyncPage[..., {_models(type_ref) if type_ref else 'None'}]"
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
