"""Schemas → TypeRefs and generated object types (TypedDicts for params, pydantic models for responses).

A schema is typed once per flavour and place: `components/schemas` keep their own names, inline
objects are named from where they stand (`V1LipSyncCreateBody` + `assets` → `…BodyAssets`).
Recursive schemas terminate: a class is named before its fields are built, and a schema that
reaches itself through no class (a union, a map or a list of itself) becomes a named type alias.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SpecError
from ..model import naming
from ..model.api import Field, Flavour, ObjectType, TypeRef
from ..spec import pointer as jp
from ..spec.refs import Ref, Resolver, jp_ref
from .conditions import condition_in, one_needed_of
from .context import Warnings
from .examples import coerce_example, example_of
from .options import ExampleOptions
from .places import describe
from .samples import Samples
from .trace import Ledger, Traced

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
    "byte": TypeRef("base64"),
}
# mypy reads an integer of a Literal in an annotation as a signed 64-bit value (and a negative
# one as minus a positive one): beyond this it rejects the annotation.
_LITERAL_INT_LIMIT = 2**63 - 1
# Keywords that describe or constrain a value but change nothing in its Python type.
_ANNOTATIONS = frozenset(
    {
        "$comment",
        "$id",
        "$schema",
        "$anchor",
        "title",
        "description",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "nullable",
        "type",
        "format",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)

_Key = tuple[Flavour, Ref]


class Kept(enum.Enum):
    """What a typed schema is kept as for a replay (see `trace.py`): the document's own object
    at its place, or one made there (siblings of a `$ref` merged), which no other step meets
    again. Pickled by name."""

    OWN = "own"
    MADE = "made"


@dataclass
class _Members:
    """What an object schema contributes to a class, each property with the place it is written."""

    properties: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, Ref] = field(default_factory=dict)
    required: list[str] = field(default_factory=list)
    extra: Any = None  # additionalProperties (None: not given)
    extra_at: Ref | None = None
    description: str = ""
    title: str = ""

    def absorb(self, other: _Members) -> None:
        """Merge `other` in, as allOf does: its properties win, the first description stays."""
        self.properties.update(other.properties)
        self.origins.update(other.origins)
        self.required.extend(other.required)
        if self.extra is None and other.extra is not None:
            self.extra, self.extra_at = other.extra, other.extra_at
        self.description = self.description or other.description
        self.title = self.title or other.title


class SchemaTyper:
    """Types schemas for one API, remembering the classes it had to create."""

    def __init__(
        self, resolver: Resolver, warnings: Warnings, package: str, ledger: Ledger | None = None
    ) -> None:
        self.resolver = resolver
        self._root_file = resolver.real_path(resolver.root.path)
        self.package = package
        self.warnings = warnings
        # What one operation leaves for the next lives in the ledger's containers (see
        # `trace.py`), so that an operation built before can be replayed.
        self.ledger = ledger = ledger or Ledger()
        self._names: Traced[_Key, str] = ledger.dict("names")
        self._used: dict[Flavour, Traced[str, bool]] = {
            "params": ledger.dict("used params"),
            "models": ledger.dict("used models"),
        }
        self._types: Traced[_Key, ObjectType] = ledger.dict("types")
        self._building: Traced[_Key, bool] = ledger.dict("building")
        self._by_name: Traced[tuple[Flavour, str], ObjectType] = ledger.dict("by name")
        # Decided before any schema is typed (see `reserve_component`, `share`), never after.
        self._component_names: dict[Ref, str] = ledger.fixed("component names")
        # What is being typed right now, innermost last: ("schema", key) for each `type_of`,
        # ("class", key) while a class's fields are built. A schema met again with no class
        # in between refers to itself through no class: it becomes a type alias. Empty again
        # when `type_of` returns.
        self._stack: list[tuple[str, _Key]] = []
        self._open: dict[_Key, str] = {}  # schemas being typed → the hint of their first visit
        # Schemas found to need an alias → (the alias, whether it is defined yet).
        self._aliases: Traced[_Key, tuple[TypeRef, bool]] = ledger.dict("aliases")
        self._warned: Traced[tuple[Ref, str], bool] = ledger.dict("warned")
        # A schema typed to the end → (the schema object, its type): met again (a component
        # used in many places), it is the same type; its names were decided on the first visit.
        # The object is compared too: siblings of a `$ref` (3.1) make a new schema at the place.
        # Kept for a replay with a `Kept` for the object: replayed, it is what a replay holds.
        self._own: dict[Ref, Any] = {}  # the document's value at a place (never changes)
        self._typed: Traced[_Key, tuple[Any, TypeRef]] = ledger.dict(
            "typed", encode=self._typed_kept
        )
        self.samples = Samples(resolver, ledger)
        self.example_options = ExampleOptions(resolver, self.samples, ledger)
        # Places whose schema is one model with others (see `share`): place → the first one.
        self._shared: dict[Ref, Ref] = ledger.fixed("shared")
        self._shared_descriptions: dict[Ref, tuple[str, str]] = ledger.fixed("shared descriptions")

    def _typed_kept(self, key: Any, value: tuple[Any, TypeRef]) -> tuple[Kept, TypeRef]:
        schema = value[0]
        own = schema is Kept.OWN or schema is self._own_schema(key[1])
        return (Kept.OWN if own else Kept.MADE), value[1]

    def _same_schema(self, kept: Any, schema: Any, at: Ref) -> bool:
        """Whether `schema` (at `at`) is the object typed before: `kept`, or, replayed, the
        document's own object at the place."""
        return kept is schema or (kept is Kept.OWN and schema is self._own_schema(at))

    def _own_schema(self, at: Ref) -> Any:
        """The document's own value at `at` (None: there is none, the place was made), as
        `Resolver.get` finds it, from the nearest place above it found before: schemas typed
        one after another are neighbours."""
        own = self._own
        if at in own:
            return own[at]
        below: list[Ref] = []
        place = at
        while place not in own:
            below.append(place)
            if place.pointer in ("", "#"):
                try:
                    own[place] = self.resolver.get(place)
                except SpecError:
                    own[place] = None
                below.pop()
                break
            place = Ref(place.file, place.pointer.rpartition("/")[0])
        value = own[place]
        for place in reversed(below):
            token = jp.unescape_token(place.pointer.rpartition("/")[2])
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                value = None
            own[place] = value
        return value

    # -- public -------------------------------------------------------------------------------

    def reserve_component(self, ref: Ref, name: str) -> None:
        """Give a component schema its own name before anything else can take it.

        Called in name order, so two components that collide (`Pet`, `pet`) are told apart
        the same way on every run.
        """
        unique_name = naming.first_free(name, self._used["models"])
        self._component_names[ref] = unique_name
        for flavour in ("params", "models"):
            self._used[flavour].add(unique_name.lower())
            self._names[(flavour, ref)] = unique_name

    def has_own_name(self, at: Ref) -> bool:
        """Whether the schema at `at` is named after its own place (a component schema)."""
        return at in self._component_names or _is_named_place(at, self._root_file)

    def share(self, places: list[Ref], name: str, description: str, summary: str) -> None:
        """Make the schemas at `places` (one structure) one model named `name` (made unique),
        described by `description` (its docstring's first line: `summary` when that is "").
        Called before any schema is typed, in an order that does not depend on the operations
        (see `shared.py`)."""
        first = min(places, key=lambda ref: (str(ref.file), ref.pointer))
        unique_name = self._claim("models", name)
        for place in places:
            self._shared[place] = first
        self._names[("models", first)] = unique_name
        self._shared_descriptions[first] = (description, summary)

    def object_types(self) -> list[ObjectType]:
        return sorted(self._types.values(), key=lambda item: (item.flavour, item.name))

    def object_type(self, flavour: Flavour, name: str) -> ObjectType | None:
        return self._by_name.get((flavour, name))

    def type_of(self, schema: Any, at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        """The TypeRef for `schema` (found at `at`), naming any class it needs after `hint`."""
        original = at
        schema, at = self.resolver.deref(schema, at)
        if at in self._shared:
            at = self._shared[at]
            schema = self.resolver.get(at)
        component = self._component_names.get(at)
        if component is not None:
            hint = component
        elif at != original and _is_named_place(at, self._root_file):
            # A component of another file (or a top-level entry of a schemas-only file) is
            # named after its own key there, as the root document's components are.
            hint = naming.pascal(jp.split(at.pointer)[-1], fallback=hint)
        if not isinstance(schema, dict):
            if schema is not True:
                self._warn(at, "a schema that is not an object; typed as Any")
            return ANY
        nullable = bool(schema.get("nullable")) or self._type_list_has_null(schema)
        key = (flavour, at)
        wanted = self._aliases.get(key)
        alias = wanted[0] if wanted is not None else None
        if alias is None and key in self._open and self._through_no_class(key):
            alias = self._alias_name(key)
            self._aliases[key] = (alias, False)
        if alias is not None:
            return _with_nullable(alias) if nullable else alias
        typed = self._typed.get(key)
        if typed is not None and self._same_schema(typed[0], schema, at) and key not in self._open:
            return typed[1]
        self._stack.append(("schema", key))
        first_visit = key not in self._open
        if first_visit:
            self._open[key] = hint
        try:
            type_ref = self._type_without_null(schema, at, hint, flavour)
        finally:
            self._stack.pop()
            if first_visit:
                del self._open[key]
        if key in self._aliases:
            type_ref = self._define_alias(key, type_ref, schema, at)
        if nullable and type_ref.kind not in ("any", "none"):
            type_ref = _with_nullable(type_ref)
        self._typed[key] = (schema, type_ref)
        return type_ref

    def define_model(
        self, at: Ref, hint: str, fields: tuple[Field, ...], description: str
    ) -> TypeRef:
        """A pydantic model of `fields` built elsewhere (a response's headers), defined at `at`
        and named after `hint` (made unique)."""
        key: _Key = ("models", at)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = self._claim("models", naming.pascal(hint))
            module = naming.module_name(name)
            built = ObjectType(
                name=name,
                module=module,
                path=naming.type_path(self.package, "models", module),
                flavour="models",
                description=description,
                summary=description,
                fields=fields,
                extra_values=None,
                pointer=at.pointer,
            )
            self._types[key] = built
            self._by_name[("models", name)] = built
        return TypeRef("named", name=name, module=naming.module_name(name))

    def fields_of(self, type_ref: TypeRef, flavour: Flavour) -> tuple[Field, ...]:
        """The fields of a named object type (for flattening a body or nesting doc rows)."""
        if type_ref.kind != "named":
            return ()
        object_type = self.object_type(flavour, type_ref.name)
        return object_type.fields if object_type else ()

    # -- recursion through no class: type aliases ---------------------------------------------

    def _through_no_class(self, key: _Key) -> bool:
        """Whether the way from `key`'s open visit back to it passes no class being built."""
        for frame_kind, frame_key in reversed(self._stack):
            if frame_kind == "class":
                return False
            if frame_key == key:
                return True
        return False

    def _alias_name(self, key: _Key) -> TypeRef:
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = self._claim(key[0], naming.pascal(self._open[key]))
        return TypeRef("named", name=name, module=naming.module_name(name))

    def _define_alias(self, key: _Key, value: TypeRef, schema: dict[str, Any], at: Ref) -> TypeRef:
        """The alias for the schema at `key`, defined as `value` on the first visit that ends."""
        alias, defined = self._aliases[key]
        if defined:
            return alias
        # A type cannot be one of its own options: `A = A | str` means `A = str`.
        kept = _without_member(value, alias.name)
        if kept is None:
            self._warn(at, "a schema whose only value is itself; typed as Any")
            kept = ANY
        flavour = key[0]
        description = _text(schema, "description") or _text(schema, "title")
        object_type = ObjectType(
            name=alias.name,
            module=alias.module,
            path=naming.type_path(self.package, flavour, alias.module),
            flavour=flavour,
            description=description,
            summary=description or describe(at, self.resolver.root.path.name),
            fields=(),
            extra_values=None,
            pointer=at.pointer,
            alias=kept,
        )
        self._types[key] = object_type
        self._by_name[(flavour, alias.name)] = object_type
        self._aliases[key] = (alias, True)
        return alias

    # -- internals ----------------------------------------------------------------------------

    def _type_without_null(
        self, schema: dict[str, Any], at: Ref, hint: str, flavour: Flavour
    ) -> TypeRef:
        if "const" in schema:
            return self._enum(schema, [schema["const"]], jp_ref(at, "const"), at, hint, flavour)
        if isinstance(schema.get("enum"), list):
            if not schema["enum"]:
                self._warn(
                    jp_ref(at, "enum"),
                    "an empty enum admits no value; ignored, typed from the rest of the schema",
                )
                return self._type_without_null(_without(schema, "enum"), at, hint, flavour)
            return self._enum(schema, schema["enum"], jp_ref(at, "enum"), at, hint, flavour)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, at, hint, flavour)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                if schema.get("properties") or schema.get("required"):
                    union, typed = self._distributed(schema, keyword, at, hint, flavour)
                else:
                    union, typed = self._union(schema[keyword], jp_ref(at, keyword), hint, flavour)
                discriminator = schema.get("discriminator")
                if isinstance(discriminator, dict) and union.kind == "union":
                    union = self._discriminated(union, schema, keyword, discriminator, at)
                if union.kind == "union" and flavour == "params":
                    union = self._with_example_option(union, typed, schema, keyword, at)
                return union
        listed = schema.get("type")
        if isinstance(listed, list) and len([t for t in listed if t != "null"]) > 1:
            # `type: [string, integer]` (3.1): each type with the rest of the schema, one union.
            return _union_of(
                [
                    self._type_without_null({**schema, "type": single}, at, hint, flavour)
                    for single in dict.fromkeys(str(t) for t in listed if t != "null")
                ]
            )
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
            return self._object(self._members(schema, at), at, hint, flavour)
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

    def _enum(
        self,
        schema: dict[str, Any],
        values: list[Any],
        where: Ref,
        at: Ref,
        hint: str,
        flavour: Flavour,
    ) -> TypeRef:
        """An enum or const: a Literal of its values, or its plain type where they cannot be."""
        nullable = any(value is None for value in values)
        integer = self._single_type(schema) == "integer"
        literals: list[str | int | bool] = []
        unfit: set[str] = set()
        for value in values:
            if value is None:
                continue
            if isinstance(value, float) and integer and value.is_integer():
                value = int(value)
            if isinstance(value, bool | str):
                literals.append(value)
            elif isinstance(value, int):
                if abs(value) <= _LITERAL_INT_LIMIT:
                    literals.append(value)
                else:
                    unfit.add("integers beyond 64 bits")
            elif isinstance(value, float):
                unfit.add("numbers with a fraction")
            else:
                unfit.add("objects or arrays")
        if unfit:
            plain = self._type_without_null(_without(schema, "enum", "const"), at, hint, flavour)
            if plain.kind == "any":
                plain = _plain_type_of([value for value in values if value is not None])
            self._warn(
                where,
                f"enum values a typing.Literal cannot hold ({', '.join(sorted(unfit))}); "
                "typed by their plain type",
            )
            result = plain
        elif not literals:
            return TypeRef("none")  # `enum: [null]`, `const: null`
        else:
            # 1 and True are equal in Python but not in JSON: keep both.
            unique = dict.fromkeys((type(value), value) for value in literals)
            result = TypeRef("literal", literals=tuple(value for _, value in unique))
        return _with_nullable(result) if nullable and result.kind not in ("any", "none") else result

    def _union(
        self, options: list[Any], at: Ref, hint: str, flavour: Flavour
    ) -> tuple[TypeRef, list[TypeRef]]:
        """The union of `options`, and each option's type."""
        typed = [
            self.type_of(
                option, jp_ref(at, index), hint + self._option_suffix(option, at, index), flavour
            )
            for index, option in enumerate(options)
        ]
        return _union_of(typed), typed

    def _distributed(
        self, schema: dict[str, Any], keyword: str, at: Ref, hint: str, flavour: Flavour
    ) -> tuple[TypeRef, list[TypeRef]]:
        """oneOf/anyOf beside the schema's own properties: each option with those merged in.

        `{properties: {name}, oneOf: [A, B]}` admits what `allOf: [{properties: {name}}, A]`
        or `allOf: [{properties: {name}}, B]` admits, so each option becomes that merged class.
        """
        options: list[Any] = schema[keyword]
        siblings = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        own = self._members(siblings, at)
        typed = []
        for index, option in enumerate(options):
            option_at = jp_ref(at, keyword, index)
            option_hint = hint + self._distributed_suffix(option, option_at, index)
            resolved, _ = self.resolver.deref(option, option_at)
            is_union = isinstance(resolved, dict) and ("oneOf" in resolved or "anyOf" in resolved)
            if is_union or self._shape(option, option_at) == "other":
                self._warn(
                    option_at,
                    f"the properties beside {keyword} cannot apply to an option that is not an "
                    "object; the option is typed without them",
                )
                typed.append(self.type_of(option, option_at, option_hint, flavour))
                continue
            option_members = self._merged([(option, option_at)])
            if not own.properties and set(own.required) <= set(option_members.required):
                typed.append(self.type_of(option, option_at, option_hint, flavour))
                continue
            members = self._merged([(siblings, at), (option, option_at)])
            members.description = option_members.description or own.description
            members.title = option_members.title or own.title
            typed.append(self._object(members, option_at, option_hint, flavour))
        return _union_of(typed), typed

    def _with_example_option(
        self, union: TypeRef, typed: list[TypeRef], schema: dict[str, Any], keyword: str, at: Ref
    ) -> TypeRef:
        """`union` with the option its docs' example is built from: for `oneOf`, the first whose
        example no other option accepts (see `options.py`); a located warning when none is."""
        where = [union.items.index(t) if t in union.items else None for t in typed]
        tags = [
            union.tags[index][0] if union.discriminator and index is not None else None
            for index in where
        ]
        if keyword != "oneOf":
            first = next((i for i, index in enumerate(where) if index is not None), 0)
            self.example_options.remember(at, first, tags[first] if tags else None)
            return union
        choice = self.example_options.choose(schema, at, keyword, tags)
        if choice is None:
            return union
        if not choice.told_apart:
            self._warn(
                jp_ref(at, keyword),
                "each option's example is valid under another option too (JSON Schema cannot "
                "tell them apart; a discriminator does not count), so a server that checks "
                "`oneOf` refuses the docs' example",
            )
        index = where[choice.option]
        return union if not index else dataclasses.replace(union, example_option=index)

    def _distributed_suffix(self, option: Any, at: Ref, index: int) -> str:
        if isinstance(option, dict) and isinstance(option.get("$ref"), str):
            target = self.resolver.target(option["$ref"], at)
            tokens = jp.split(target.pointer)
            if tokens:
                return naming.pascal(tokens[-1], fallback=f"Option{index + 1}")
        return self._option_suffix(option, at, index)

    def _discriminated(
        self,
        union: TypeRef,
        schema: dict[str, Any],
        keyword: str,
        discriminator: dict[str, Any],
        at: Ref,
    ) -> TypeRef:
        """Attach the discriminator: which property, and the values that select each option.

        Values come from `mapping` (to the option whose $ref it names); for an option with no
        mapping entry, from the values its own schema allows the property (`const` or `enum`),
        else from its component name, as OpenAPI prescribes.
        """
        options: list[Any] = schema[keyword]
        name = discriminator.get("propertyName")
        if not isinstance(name, str) or len(union.items) != len(options):
            return union
        targets: list[Ref | None] = []
        for index, option in enumerate(options):
            if isinstance(option, dict) and isinstance(option.get("$ref"), str):
                targets.append(self.resolver.target(option["$ref"], jp_ref(at, keyword, index)))
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
        for index, option in enumerate(options):
            if tags[index]:
                continue
            option_at = jp_ref(at, keyword, index)
            target = targets[index]
            implicit = jp.split(target.pointer)[-1] if target and target.pointer else None
            pinned = self._pinned_values(option, option_at, name)
            if pinned:
                if implicit is not None and implicit not in pinned:
                    self._warn(
                        option_at,
                        f"the discriminator value {implicit!r} (the option's schema name) is not "
                        f"one its {name!r} allows; the option is told apart by "
                        f"{', '.join(repr(value) for value in pinned)}",
                    )
                tags[index] = pinned
            elif implicit is not None:
                tags[index] = [implicit]
        if not all(tags):
            self._warn(at, "a discriminator whose options cannot all be named; plain union")
            return union
        owners: dict[str, int] = {}
        for index, values in enumerate(tags):
            for value in values:
                if owners.setdefault(value, index) != index:
                    self._warn(
                        at, f"the discriminator value {value!r} names two options; plain union"
                    )
                    return union
        return dataclasses.replace(
            union, discriminator=name, tags=tuple(tuple(values) for values in tags)
        )

    def _pinned_values(self, option: Any, at: Ref, name: str) -> list[str]:
        """The values an option allows its property `name`, when it lists them (const/enum)."""
        members = self._merged([(option, at)])
        if name not in members.properties:
            return []
        values = self._listed_values(members.properties[name], members.origins[name], set())
        return list(dict.fromkeys(value for value in values if isinstance(value, str)))

    def _listed_values(self, schema: Any, at: Ref, seen: set[Ref]) -> list[Any]:
        schema, at = self.resolver.deref(schema, at)
        if not isinstance(schema, dict) or at in seen:
            return []
        seen.add(at)
        if "const" in schema:
            return [schema["const"]]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return [value for value in schema["enum"] if value is not None]
        for index, part in enumerate(schema.get("allOf") or []):
            values = self._listed_values(part, jp_ref(at, "allOf", index), seen)
            if values:
                return values
        return []

    def _option_suffix(self, option: Any, at: Ref, index: int) -> str:
        if isinstance(option, dict) and isinstance(option.get("title"), str):
            return naming.pascal(option["title"], fallback=f"Option{index + 1}")
        return f"Option{index + 1}"

    def _all_of(self, schema: dict[str, Any], at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        """allOf: the one part that is not only annotations, or the object all parts make up.

        `allOf: [$ref X, {description: …}]` is X (an array or an enum stays one); the
        annotations' `nullable` is kept. Object parts merge into one class, each property
        typed where its part writes it (so its `$ref`s resolve against the right file).
        """
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        parts: list[tuple[Any, Ref]] = []
        annotations: list[dict[str, Any]] = []
        for index, part in enumerate(schema["allOf"]):
            part_at = jp_ref(at, "allOf", index)
            resolved, _ = self.resolver.deref(part, part_at)
            if resolved is True or (isinstance(resolved, dict) and _annotations_only(resolved)):
                annotations.append(resolved if isinstance(resolved, dict) else {})
            else:
                parts.append((part, part_at))
        nullable = any(_says_nullable(part) for part in annotations)
        if not parts:
            # Only annotations: the schema is what they and its own keywords say together.
            combined: dict[str, Any] = {}
            for part in annotations:
                combined.update({k: v for k, v in part.items() if k not in combined})
            type_ref = self._type_without_null({**combined, **rest}, at, hint, flavour)
        elif len(parts) == 1 and not self._merges_into(rest):
            type_ref = self.type_of(parts[0][0], parts[0][1], hint, flavour)
        else:
            others = [p for p in parts if self._shape(p[0], p[1]) == "other"]
            if not others:
                members = self._merged([*parts, (rest, at)])
                type_ref = self._object(members, at, hint, flavour)
                # `nullable` on a merged part is kept too (3.0 writes it anywhere in an allOf).
                resolved_parts = [self.resolver.deref(part, part_at)[0] for part, part_at in parts]
                nullable = nullable or any(
                    isinstance(part, dict) and _says_nullable(part) for part in resolved_parts
                )
            else:
                self._warn(
                    at,
                    "allOf of parts that are not all objects cannot be merged; "
                    "typed as its first part that is not an object",
                )
                type_ref = self.type_of(others[0][0], others[0][1], hint, flavour)
        if nullable and type_ref.kind not in ("any", "none"):
            type_ref = _with_nullable(type_ref)
        return type_ref

    def _merges_into(self, rest: dict[str, Any]) -> bool:
        """Whether a schema's own keywords beside allOf change the class it makes."""
        extra = rest.get("additionalProperties")
        return (
            bool(rest.get("properties"))
            or bool(rest.get("required"))
            or (isinstance(extra, dict) and bool(extra))
        )

    def _shape(self, schema: Any, at: Ref, seen: frozenset[Ref] = frozenset()) -> str:
        """ "object", "other" (a scalar, array or enum) or "" (says nothing either way)."""
        schema, at = self.resolver.deref(schema, at)
        if not isinstance(schema, dict) or at in seen:
            return ""
        seen = seen | {at}
        single = self._single_type(schema)
        if single == "object":
            return "object"
        if single not in (None, "null"):
            return "other"
        if "const" in schema or schema.get("enum") or "items" in schema:
            return "other"
        if any(
            keyword in schema
            for keyword in ("properties", "additionalProperties", "patternProperties", "required")
        ):
            return "object"
        for keyword in ("allOf", "oneOf", "anyOf"):
            parts = schema.get(keyword)
            if isinstance(parts, list):
                shapes = {
                    self._shape(part, jp_ref(at, keyword, index), seen)
                    for index, part in enumerate(parts)
                }
                if "other" in shapes:
                    return "other"
                if "object" in shapes:
                    return "object"
        return ""

    def _members(self, schema: dict[str, Any], at: Ref) -> _Members:
        properties = schema.get("properties")
        properties_at = jp_ref(at, "properties")
        if (
            isinstance(properties, dict)
            and set(properties) == {"$ref"}
            and isinstance(properties["$ref"], str)
        ):
            # Not OpenAPI (a properties map holds schemas), but tools resolve it as a
            # reference to the whole map, and specs rely on that.
            self._warn(
                properties_at,
                "a $ref standing for a whole properties map (not standard OpenAPI); "
                "resolved as the map it names",
            )
            properties, properties_at = self.resolver.deref(properties, properties_at)
        if not isinstance(properties, dict):
            properties = {}
        required = schema.get("required")
        extra_given = "additionalProperties" in schema
        return _Members(
            properties=dict(properties),
            origins={name: jp_ref(properties_at, name) for name in properties},
            required=(
                [n for n in required if isinstance(n, str)] if isinstance(required, list) else []
            ),
            extra=schema.get("additionalProperties"),
            extra_at=jp_ref(at, "additionalProperties") if extra_given else None,
            description=_text(schema, "description"),
            title=_text(schema, "title"),
        )

    def _merged(self, parts: list[tuple[Any, Ref]]) -> _Members:
        """The members of all `parts` together, nested allOf included, as allOf merges them."""
        merged = _Members()
        for part, part_at in parts:
            self._collect(part, part_at, merged, frozenset())
        return merged

    def _collect(self, schema: Any, at: Ref, into: _Members, seen: frozenset[Ref]) -> None:
        schema, at = self.resolver.deref(schema, at)
        if not isinstance(schema, dict) or at in seen:
            return
        for index, part in enumerate(schema.get("allOf") or []):
            self._collect(part, jp_ref(at, "allOf", index), into, seen | {at})
        own = self._members(schema, at)
        if seen:  # a nested part: its fields count, its description describes another schema
            own.description = own.title = ""
        into.absorb(own)

    def _object(self, members: _Members, at: Ref, hint: str, flavour: Flavour) -> TypeRef:
        if not members.properties:
            extra = members.extra
            if extra is None or extra is True or extra is False or extra == {}:
                return TypeRef("dict", items=(ANY,))
            assert members.extra_at is not None
            value = self.type_of(extra, members.extra_at, hint + "Value", flavour)
            return TypeRef("dict", items=(value,))
        key = (flavour, at)
        name = self._names.get(key)
        if name is None:
            name = self._claim(flavour, naming.pascal(hint))
            self._names[key] = name
        if key not in self._types and key not in self._building:
            self._building.add(key)  # a recursive schema refers to it while it is built
            self._stack.append(("class", key))
            try:
                built = self._build_object(members, at, name, flavour)
            finally:
                self._stack.pop()
            self._types[key] = built
            self._by_name[(flavour, name)] = built
        return TypeRef("named", name=name, module=naming.module_name(name))

    def _claim(self, flavour: Flavour, name: str) -> str:
        used = self._used[flavour]
        unique_name = naming.first_free(name, used)
        used.add(unique_name.lower())
        return unique_name

    def _build_object(self, members: _Members, at: Ref, name: str, flavour: Flavour) -> ObjectType:
        properties = members.properties
        required = set(members.required)
        reserved = naming.RESERVED_MODEL_FIELDS if flavour == "models" else frozenset()
        skip = "readOnly" if flavour == "params" else "writeOnly"
        wire_names = [
            wire
            for wire in sorted(properties)
            if not (isinstance(properties[wire], dict) and properties[wire].get(skip) is True)
        ]
        # A name `required` lists that no property defines: a request must still carry it (any
        # value: the schema says nothing of it). An answer without it is read all the same.
        undeclared = (
            sorted(name for name in required if name not in properties)
            if flavour == "params"
            else []
        )
        python_names = naming.unique(
            [naming.field_name(wire, reserved=reserved) for wire in [*wire_names, *undeclared]]
        )
        fields = [
            self._undeclared_field(wire, python_name, at)
            for wire, python_name in zip(undeclared, python_names[len(wire_names) :], strict=True)
        ]
        for wire, python_name in zip(wire_names, python_names[: len(wire_names)], strict=True):
            where = members.origins.get(wire) or jp_ref(at, "properties", wire)
            prop = properties[wire]
            resolved, resolved_at = self.resolver.deref(prop, where)
            field_type = self.type_of(
                prop, where, name + naming.pascal(wire, fallback="Field"), flavour
            )
            has_example, example = example_of(resolved)
            has_sample, sample = (False, None)
            if not has_example:
                has_sample, sample = self.samples.of(resolved, wire, field_type, resolved_at)
            fields.append(
                Field(
                    python_name=python_name,
                    wire_name=wire,
                    type=field_type,
                    required=wire in required,
                    description=self._description(resolved, resolved_at),
                    example=coerce_example(field_type, example),
                    has_example=has_example,
                    deprecated=_flag(resolved, "deprecated"),
                    pointer=where.pointer,
                    children=self._inline_children(prop, field_type, flavour),
                    sample=sample,
                    has_sample=has_sample,
                    format=_string_format(resolved),
                )
            )
        fields = self._with_conditions(fields, flavour)
        fields.sort(key=lambda field: (not field.required, field.wire_name))
        extra = members.extra
        extra_values = None
        if isinstance(extra, dict) and extra:
            assert members.extra_at is not None
            extra_values = self.type_of(extra, members.extra_at, name + "Value", flavour)
        module = naming.module_name(name)
        description = members.description or members.title
        summary = description or describe(at, self.resolver.root.path.name)
        if at in self._shared_descriptions:
            description, summary = self._shared_descriptions[at]
            summary = description or summary
        return ObjectType(
            name=name,
            module=module,
            path=naming.type_path(self.package, flavour, module),
            flavour=flavour,
            description=description,
            summary=summary,
            fields=tuple(fields),
            extra_values=extra_values,
            pointer=at.pointer,
        )

    def _undeclared_field(self, wire: str, python_name: str, at: Ref) -> Field:
        """A required property no schema defines: any value, shown as the document shows a
        property of that name elsewhere, if it does."""
        self._warn(
            jp_ref(at, "required"),
            f"{wire!r} is required but no property defines it; the SDK takes any value for it",
        )
        borrowed = self.samples.examples_named(wire)
        return Field(
            python_name=python_name,
            wire_name=wire,
            type=ANY,
            required=True,
            description="",
            example=None,
            has_example=False,
            deprecated=False,
            pointer=jp_ref(at, "required").pointer,
            sample=borrowed[0] if borrowed else None,
            has_sample=bool(borrowed),
        )

    def _with_conditions(self, fields: list[Field], flavour: Flavour) -> list[Field]:
        """The fields with the conditions their descriptions state (see `conditions.py`)."""
        values = {f.wire_name: literal_values(f.type) for f in fields}
        result = []
        for f in fields:
            if not f.description:  # no prose, no condition: the field as it is
                result.append(f)
                continue
            siblings = {name: v for name, v in values.items() if name != f.wire_name}
            inner = f.children or self.fields_of(_without_nullable(f.type), flavour)
            condition = condition_in(f.description, siblings)
            needed = one_needed_of(f.description, tuple(child.wire_name for child in inner))
            if condition is not None or needed:
                f = dataclasses.replace(f, condition=condition, one_needed_of=needed)
            result.append(f)
        return result

    def _description(self, schema: Any, at: Ref) -> str:
        """A schema's description, else its allOf annotation part's (`allOf: [$ref X,
        {description: …}]` is how 3.0 describes a property whose type is a $ref)."""
        own = _text(schema, "description")
        if own or not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
            return own
        for index, part in enumerate(schema["allOf"]):
            resolved, _ = self.resolver.deref(part, jp_ref(at, "allOf", index))
            if isinstance(resolved, dict) and _annotations_only(resolved):
                if _text(resolved, "description"):
                    return _text(resolved, "description")
        return ""

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
        # A schema typed twice (params and models, or from two places) is reported once.
        if (at, message) not in self._warned:
            self._warned.add((at, message))
            self.warnings.warn(at, message)


def _is_named_place(at: Ref, root: Path) -> bool:
    """`root`: the entry file's real path."""
    tokens = jp.split(at.pointer)
    if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
        return True
    return at.file != root and len(tokens) == 1


def _annotations_only(schema: dict[str, Any]) -> bool:
    """Whether an allOf part only describes (title, nullable, constraints…): it adds no type."""
    return all(key in _ANNOTATIONS or key.startswith("x-") for key in schema)


def _says_nullable(schema: dict[str, Any]) -> bool:
    schema_type = schema.get("type")
    return (
        schema.get("nullable") is True
        or schema_type == "null"
        or (isinstance(schema_type, list) and "null" in schema_type)
    )


def _without(schema: dict[str, Any], *keywords: str) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key not in keywords}


def _plain_type_of(values: list[Any]) -> TypeRef:
    """The type of JSON values whose schema says none: `int`, `float`, `str`…, else Any."""
    kinds = {type(value) for value in values}
    if kinds == {bool}:
        return TypeRef("bool")
    if kinds <= {int}:
        return TypeRef("int")
    if kinds <= {int, float}:
        return TypeRef("float")
    if kinds == {str}:
        return TypeRef("str")
    if kinds == {dict}:
        return TypeRef("dict", items=(ANY,))
    if kinds == {list}:
        return TypeRef("list", items=(ANY,))
    return ANY


def _union_of(typed: list[TypeRef]) -> TypeRef:
    """The union of options already typed: duplicates and `null` options folded in."""
    unique: list[TypeRef] = []
    for option in typed:
        if option not in unique:
            unique.append(option)
    nullable = any(option.kind == "none" for option in unique)
    unique = [option for option in unique if option.kind != "none"]
    if not unique:
        return TypeRef("none")
    result = unique[0] if len(unique) == 1 else TypeRef("union", items=tuple(unique))
    return _with_nullable(result) if nullable else result


def _without_member(type_ref: TypeRef, name: str) -> TypeRef | None:
    """`type_ref` with the named type `name` left out of its union (None: nothing is left)."""
    if type_ref.kind == "named" and type_ref.name == name:
        return TypeRef("none") if type_ref.nullable else None
    if type_ref.kind != "union":
        return type_ref
    items: list[TypeRef] = []
    tags: list[tuple[str, ...]] = []
    nullable = type_ref.nullable
    for index, item in enumerate(type_ref.items):
        kept = _without_member(item, name)
        if kept is None:
            continue
        if kept.kind == "none":
            nullable = True
            continue
        items.append(kept)
        if type_ref.tags:
            tags.append(type_ref.tags[index])
    if not items:
        return TypeRef("none") if nullable else None
    if len(items) == 1:
        return _with_nullable(items[0]) if nullable else items[0]
    if len(items) == len(type_ref.items):
        return dataclasses.replace(type_ref, nullable=nullable)
    return dataclasses.replace(
        type_ref,
        items=tuple(items),
        nullable=nullable,
        tags=tuple(tags),
        discriminator=type_ref.discriminator if tags else "",
    )


def _with_nullable(type_ref: TypeRef) -> TypeRef:
    return dataclasses.replace(type_ref, nullable=True)


def _without_nullable(type_ref: TypeRef) -> TypeRef:
    return dataclasses.replace(type_ref, nullable=False) if type_ref.nullable else type_ref


def _text(schema: Any, key: str) -> str:
    value = schema.get(key) if isinstance(schema, dict) else None
    return value if isinstance(value, str) else ""


def _flag(schema: Any, key: str) -> bool:
    return isinstance(schema, dict) and schema.get(key) is True


def _string_format(schema: Any) -> str:
    """The `format` of a schema, or of its one option with a format (`anyOf: [{format: uri},
    {type: "null"}]`, a nullable URL in 3.1); "" when there is none or several."""
    if not isinstance(schema, dict):
        return ""
    if isinstance(schema.get("format"), str):
        return str(schema["format"])
    options = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    formats = {o["format"] for o in options if isinstance(o, dict) and isinstance(o.get("format"), str)}
    return formats.pop() if len(formats) == 1 else ""


def literal_values(type_ref: TypeRef) -> tuple[str | int | float | bool, ...]:
    """The values a Literal type (or a union of them) admits; () for any other type."""
    if type_ref.kind == "literal":
        return tuple(type_ref.literals)
    if type_ref.kind == "union":
        found: list[str | int | float | bool] = []
        for item in type_ref.items:
            inner = literal_values(item)
            if not inner:
                return ()
            found.extend(inner)
        return tuple(found)
    return ()
