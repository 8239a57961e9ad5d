"""Schemas → TypeRefs and generated object types (TypedDicts for params, pydantic models for responses).

A schema is typed once per flavour and place: `components/schemas` keep their own names, inline
objects are named from where they stand (`V1LipSyncCreateBody` + `assets` → `…BodyAssets`).
Recursive schemas terminate because a class is named before its fields are built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import naming
from ..model.api import Field, Flavour, ObjectType, TypeRef
from ..spec import pointer as jp
from ..spec.refs import Ref, Resolver, jp_ref
from .context import Warnings
from .examples import coerce_example, example_of
from .places import describe

ANY = TypeRef("any")
_SCALARS: dict[str, TypeRef] = {
    "integer": TypeRef("int"),
    "number": TypeRef("float"),
    "boolean": TypeRef("bool"),
    "string": TypeRef("str"),
}
_STRING_FORMATS: dict[str, TypeRef] = {
    "date-time": TypeRef("datetime"),
    "date": TypeRef("date"),
}


class SchemaTyper:
    """Types schemas for one API, remembering the classes it had to create."""

    def __init__(self, resolver: Resolver, warnings: Warnings, package: str) -> None:
        self.resolver = resolver
        self.package = package
        self.warnings = warnings
        self._names: dict[tuple[Flavour, Ref], str] = {}
        self._used: dict[Flavour, set[str]] = {"params": set(), "models": set()}
        self._types: dict[tuple[Flavour, Ref], ObjectType] = {}
        self._building: set[tuple[Flavour, Ref]] = set()
        self._by_name: dict[tuple[Flavour, str], ObjectType] = {}
        self._component_names: dict[Ref, str] = {}

    # -- public -------------------------------------------------------------------------------

    def reserve_component(self, ref: Ref, name: str) -> None:
        """Give a component schema its own name before anything else can take it.

        Called in name order, so two components that collide (`Pet`, `pet`) are told apart
        the same way on every run.
        """
        unique_name = naming.first_free(name, self._used["models"])
        self._component_names[ref] = unique_name
        for flavour in ("params", "models"):
            self._used.setdefault(flavour, set()).add(unique_name.lower())
            self._names[(flavour, ref)] = unique_name

    def object_types(self) -> list[ObjectType]:
        return sorted(self._types.values(), key=lambda item: (item.flavour, item.name))

    def object_type(self, flavour: Flavour, name: str) -> ObjectType | None:
        return self._by_name.get((flavour, name))

    def type_of(self, schema: Any, at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        """The TypeRef for `schema` (found at `at`), naming any class it needs after `hint`."""
        original = at
        schema, at = self.resolver.deref(schema, at)
        component = self._component_names.get(at)
        if component is not None:
            hint = component
        elif at != original and _is_named_place(at, self.resolver.root.path):
            # A component of another file (or a top-level entry of a schemas-only file) is
            # named after its own key there, as the root document's components are.
            hint = naming.pascal(jp.split(at.pointer)[-1], fallback=hint)
        if not isinstance(schema, dict):
            if schema is not True:
                self._warn(at, "a schema that is not an object; typed as Any")
            return ANY
        nullable = bool(schema.get("nullable")) or self._type_list_has_null(schema)
        type_ref = self._type_without_null(schema, at, hint, flavour)
        if nullable and type_ref.kind not in ("any", "none"):
            type_ref = _with_nullable(type_ref)
        return type_ref

    def fields_of(self, type_ref: TypeRef, flavour: Flavour) -> tuple[Field, ...]:
        """The fields of a named object type (for flattening a body or nesting doc rows)."""
        if type_ref.kind != "named":
            return ()
        object_type = self.object_type(flavour, type_ref.name)
        return object_type.fields if object_type else ()

    # -- internals ----------------------------------------------------------------------------

    def _type_without_null(
        self, schema: dict[str, Any], at: Ref, hint: str, flavour: Flavour
    ) -> TypeRef:
        if "const" in schema:
            return self._literal([schema["const"]], at)
        if isinstance(schema.get("enum"), list):
            return self._literal(schema["enum"], at)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, at, hint, flavour)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                union = self._union(schema[keyword], jp_ref(at, keyword), hint, flavour)
                discriminator = schema.get("discriminator")
                if isinstance(discriminator, dict) and union.kind == "union":
                    return self._discriminated(union, schema[keyword], discriminator, at)
                return union
        schema_type = self._single_type(schema)
        if schema_type == "array":
            if "prefixItems" in schema:
                self._warn(at, "a tuple (prefixItems) is typed as a list of Any")
                return TypeRef("list", items=(ANY,))
            items = schema.get("items", True)
            return TypeRef(
                "list", items=(self.type_of(items, jp_ref(at, "items"), hint + "Item", flavour),)
            )
        if schema_type == "object" or (schema_type is None and "properties" in schema):
            return self._object(schema, at, hint, flavour)
        if schema_type == "string":
            string_format = str(schema.get("format", ""))
            # A file: `format: binary` (3.0), or 3.1's contentMediaType without an encoding.
            is_file = string_format == "binary" or (
                "contentMediaType" in schema and "contentEncoding" not in schema
            )
            if is_file and flavour == "params":
                return TypeRef("file")
            return _STRING_FORMATS.get(string_format, _SCALARS["string"])
        if schema_type in _SCALARS:
            return _SCALARS[schema_type]
        if schema_type == "null":
            return TypeRef("none")
        return ANY

    def _single_type(self, schema: dict[str, Any]) -> str | None:
        schema_type = schema.get("type")
        if isinstance(schema_type, list):
            non_null = [item for item in schema_type if item != "null"]
            if len(non_null) == 1:
                return str(non_null[0])
            return None if non_null else "null"
        return str(schema_type) if schema_type is not None else None

    @staticmethod
    def _type_list_has_null(schema: dict[str, Any]) -> bool:
        schema_type = schema.get("type")
        return isinstance(schema_type, list) and "null" in schema_type and len(schema_type) > 1

    def _literal(self, values: list[Any], at: Ref) -> TypeRef:
        kept = tuple(value for value in values if isinstance(value, str | int | float | bool))
        if len(kept) != len([value for value in values if value is not None]):
            self._warn(at, "enum values that are not strings, numbers or booleans; typed as Any")
            return ANY
        literal = TypeRef("literal", literals=tuple(dict.fromkeys(kept)))
        return _with_nullable(literal) if None in values else literal

    def _union(self, options: list[Any], at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        typed: list[TypeRef] = []
        for index, option in enumerate(options):
            option_hint = hint + self._option_suffix(option, at, index)
            option_type = self.type_of(option, jp_ref(at, index), option_hint, flavour)
            if option_type not in typed:
                typed.append(option_type)
        nullable = any(option.kind == "none" for option in typed)
        typed = [option for option in typed if option.kind != "none"]
        if not typed:
            return TypeRef("none")
        result = typed[0] if len(typed) == 1 else TypeRef("union", items=tuple(typed))
        return _with_nullable(result) if nullable else result

    def _discriminated(
        self, union: TypeRef, options: list[Any], discriminator: dict[str, Any], at: Ref
    ) -> TypeRef:
        """Attach the discriminator: which property, and the values that select each option.

        Values come from `mapping` (to the option whose $ref it names) and, for options with no
        mapping entry, from the option's component name, as OpenAPI prescribes.
        """
        name = discriminator.get("propertyName")
        if not isinstance(name, str) or len(union.items) != len(options):
            return union
        targets: list[Ref | None] = []
        for index, option in enumerate(options):
            if isinstance(option, dict) and isinstance(option.get("$ref"), str):
                targets.append(self.resolver.target(option["$ref"], jp_ref(at, index)))
            else:
                targets.append(None)
        tags: list[list[str]] = [[] for _ in options]
        for value, ref_text in sorted((discriminator.get("mapping") or {}).items()):
            text = str(ref_text)
            if "#" not in text and "/" not in text:  # a bare schema name
                text = f"#/components/schemas/{jp.escape_token(text)}"
            mapped = self.resolver.target(text, jp_ref(at, "discriminator"))
            if mapped in targets:
                tags[targets.index(mapped)].append(str(value))
        for index, option_ref in enumerate(targets):
            if not tags[index] and option_ref is not None and option_ref.pointer:
                tags[index].append(jp.split(option_ref.pointer)[-1])
        if not all(tags):
            self._warn(at, "a discriminator whose options cannot all be named; plain union")
            return union
        return TypeRef(
            "union",
            items=union.items,
            nullable=union.nullable,
            discriminator=name,
            tags=tuple(tuple(values) for values in tags),
        )

    def _option_suffix(self, option: Any, at: Ref, index: int) -> str:
        if isinstance(option, dict) and isinstance(option.get("title"), str):
            return naming.pascal(option["title"], fallback=f"Option{index + 1}")
        return f"Option{index + 1}"

    def _all_of(self, schema: dict[str, Any], at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        parts = schema["allOf"]
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        if len(parts) == 1 and not rest.get("properties"):
            return self.type_of(parts[0], jp_ref(at, "allOf", 0), hint, flavour)
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for index, part in enumerate([*parts, rest]):
            resolved, _ = self.resolver.deref(part, jp_ref(at, "allOf", index))
            if not isinstance(resolved, dict):
                continue
            if isinstance(resolved.get("allOf"), list):
                resolved = {**resolved, **_flatten_all_of(resolved, self.resolver, at)}
            merged["properties"].update(resolved.get("properties") or {})
            merged["required"].extend(resolved.get("required") or [])
            for key in ("description", "additionalProperties", "title"):
                if key in resolved and key not in merged:
                    merged[key] = resolved[key]
        return self._object(merged, at, hint, flavour)

    def _object(self, schema: dict[str, Any], at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not properties:
            if extra is None or extra is True or extra == {}:
                return TypeRef("dict", items=(ANY,))
            if extra is False:
                return TypeRef("dict", items=(ANY,))
            value = self.type_of(extra, jp_ref(at, "additionalProperties"), hint + "Value", flavour)
            return TypeRef("dict", items=(value,))
        key = (flavour, at)
        name = self._names.get(key)
        if name is None:
            name = self._claim(flavour, naming.pascal(hint))
            self._names[key] = name
        if key not in self._types and key not in self._building:
            self._building.add(key)  # a recursive schema refers to it while it is built
            built = self._build_object(schema, at, name, flavour)
            self._types[key] = built
            self._by_name[(flavour, name)] = built
        return TypeRef("named", name=name, module=naming.module_name(name))

    def _claim(self, flavour: Flavour, name: str) -> str:
        used = self._used.setdefault(flavour, set())
        unique_name = naming.first_free(name, used)
        used.add(unique_name.lower())
        return unique_name

    def _build_object(
        self, schema: dict[str, Any], at: Ref, name: str, flavour: Flavour
    ) -> ObjectType:
        properties: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        reserved = naming.RESERVED_MODEL_FIELDS if flavour == "models" else frozenset()
        skip = "readOnly" if flavour == "params" else "writeOnly"
        wire_names = [
            wire
            for wire in sorted(properties)
            if not (isinstance(properties[wire], dict) and properties[wire].get(skip) is True)
        ]
        python_names = naming.unique(
            [naming.field_name(wire, reserved=reserved) for wire in wire_names]
        )
        fields = []
        for wire, python_name in zip(wire_names, python_names, strict=True):
            where = jp_ref(at, "properties", wire)
            prop = properties[wire]
            resolved, _ = self.resolver.deref(prop, where)
            field_type = self.type_of(
                prop, where, name + naming.pascal(wire, fallback="Field"), flavour
            )
            has_example, example = example_of(resolved)
            fields.append(
                Field(
                    python_name=python_name,
                    wire_name=wire,
                    type=field_type,
                    required=wire in required,
                    description=_text(resolved, "description"),
                    example=coerce_example(field_type, example),
                    has_example=has_example,
                    deprecated=_flag(resolved, "deprecated"),
                    pointer=where.pointer,
                    children=self._inline_children(prop, field_type, flavour),
                )
            )
        fields.sort(key=lambda field: (not field.required, field.wire_name))
        extra = schema.get("additionalProperties")
        extra_values = None
        if isinstance(extra, dict) and extra:
            extra_values = self.type_of(
                extra, jp_ref(at, "additionalProperties"), name + "Value", flavour
            )
        module = naming.module_name(name)
        description = _text(schema, "description") or _text(schema, "title")
        return ObjectType(
            name=name,
            module=module,
            path=naming.type_path(self.package, flavour, module),
            flavour=flavour,
            description=description,
            summary=description or describe(at, self.resolver.root.path.name),
            fields=tuple(fields),
            extra_values=extra_values,
            pointer=at.pointer,
        )

    def _inline_children(
        self, schema: Any, type_ref: TypeRef, flavour: Flavour
    ) -> tuple[Field, ...]:
        """Fields shown as nested rows in the docs: only for objects written inline (no $ref)."""
        if isinstance(schema, dict) and "$ref" in schema:
            return ()
        inner = type_ref
        while inner.kind == "list":
            inner = inner.items[0]
        return self.fields_of(_without_nullable(inner), flavour)

    def _warn(self, at: Ref, message: str) -> None:
        self.warnings.warn(at, message)


def _is_named_place(at: Ref, root: Path) -> bool:
    tokens = jp.split(at.pointer)
    if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
        return True
    return at.file != root.resolve() and len(tokens) == 1


def _flatten_all_of(schema: dict[str, Any], resolver: Resolver, at: Ref) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for index, part in enumerate(schema["allOf"]):
        resolved, _ = resolver.deref(part, jp_ref(at, "allOf", index))
        if isinstance(resolved, dict):
            if isinstance(resolved.get("allOf"), list):
                resolved = {**resolved, **_flatten_all_of(resolved, resolver, at)}
            properties.update(resolved.get("properties") or {})
            required.extend(resolved.get("required") or [])
    properties.update(schema.get("properties") or {})
    required.extend(schema.get("required") or [])
    return {"properties": properties, "required": required}


def _with_nullable(type_ref: TypeRef) -> TypeRef:
    return TypeRef(
        type_ref.kind, type_ref.literals, type_ref.items, type_ref.name, type_ref.module, True
    )


def _without_nullable(type_ref: TypeRef) -> TypeRef:
    return TypeRef(
        type_ref.kind, type_ref.literals, type_ref.items, type_ref.name, type_ref.module, False
    )


def _text(schema: Any, key: str) -> str:
    value = schema.get(key) if isinstance(schema, dict) else None
    return value if isinstance(value, str) else ""


def _flag(schema: Any, key: str) -> bool:
    return isinstance(schema, dict) and schema.get(key) is True
