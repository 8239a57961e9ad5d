"""Schemas → TypeRefs, and the classes they need: scalars, nullability, enums, unions with their
discriminators, allOf, arrays, maps, objects and their fields, and the names of it all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support.model import context_of, named, openapi

from generator.build.context import Warnings
from generator.build.schemas import Kept, SchemaTyper
from generator.model.api import Field, ObjectType, TypeRef, Warning
from generator.spec.load import load_document
from generator.spec.refs import Ref, Resolver, jp_ref

STR, INT, ANY = TypeRef("str"), TypeRef("int"), TypeRef("any")


def obj(*names: str, **more: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}, **more}


class Typer:
    """A SchemaTyper over a spec holding `schemas`, typing schemas written at /x/<hint>."""

    def __init__(self, **schemas: Any) -> None:
        self.ctx, self.root = context_of(openapi(schemas=schemas or None))

    @property
    def typer(self) -> SchemaTyper:
        return self.ctx.typer

    def __call__(self, schema: Any, flavour: str = "models", hint: str = "Hint") -> TypeRef:
        return self.typer.type_of(schema, self.at(hint), hint, flavour)  # type: ignore[arg-type]

    def at(self, *tokens: str) -> Ref:
        return jp_ref(self.root, "x", *tokens)

    def object_type(self, name: str, flavour: str = "models") -> ObjectType:
        found = self.typer.object_type(flavour, name)  # type: ignore[arg-type]
        assert found is not None, f"no {flavour} class {name}"
        return found

    @property
    def warnings(self) -> list[Warning]:
        return self.ctx.warnings.items


@pytest.fixture
def typer() -> Typer:
    return Typer()


# -- scalars and nullability ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "models", "params"),
    [
        ({"type": "string"}, STR, STR),
        ({"type": "integer"}, INT, INT),
        ({"type": "number"}, TypeRef("float"), TypeRef("float")),
        ({"type": "boolean"}, TypeRef("bool"), TypeRef("bool")),
        ({"type": "string", "format": "date-time"}, TypeRef("datetime"), TypeRef("datetime")),
        ({"type": "string", "format": "date"}, TypeRef("date"), TypeRef("date")),
        # base64 text on the wire, bytes in the SDK
        ({"type": "string", "format": "byte"}, TypeRef("base64"), TypeRef("base64")),
        ({"type": "string", "format": "uuid"}, STR, STR),
        # A file is uploaded (params) but never parsed from JSON (models).
        ({"type": "string", "format": "binary"}, STR, TypeRef("file")),
        ({"type": "string", "contentMediaType": "image/png"}, STR, TypeRef("file")),
        (
            {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
            STR,
            STR,
        ),
        ({"type": "null"}, TypeRef("none"), TypeRef("none")),
        ({}, ANY, ANY),
        (True, ANY, ANY),
    ],
)
def test_scalars(typer: Typer, schema: Any, models: TypeRef, params: TypeRef) -> None:
    assert typer(schema, "models") == models
    assert typer(schema, "params") == params
    assert typer.warnings == []


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "nullable": True},  # 3.0
        {"type": ["string", "null"]},  # 3.1
        {"type": ["null", "string"]},
        {"anyOf": [{"type": "string"}, {"type": "null"}]},
        {"oneOf": [{"type": "string"}, {"type": "null"}]},
    ],
)
def test_nullable_scalars(typer: Typer, schema: Any) -> None:
    assert typer(schema) == TypeRef("str", nullable=True)


def test_any_and_none_are_never_nullable(typer: Typer) -> None:
    assert typer({"nullable": True}) == ANY
    assert typer({"type": ["null"]}) == TypeRef("none")
    assert typer({"anyOf": [{"type": "null"}]}) == TypeRef("none")


def test_a_schema_that_is_not_an_object_is_any_with_a_warning(typer: Typer) -> None:
    assert typer(5) == ANY
    assert typer.warnings == [Warning("spec.yaml#/x/Hint", "a schema that is not an object; typed as Any")]


def test_a_type_list_of_several_types_is_exact_or_warned(typer: Typer) -> None:
    result = typer({"type": ["string", "integer"]})
    assert result == TypeRef("union", items=(STR, INT)) or typer.warnings != []
    # Exact: each type with the rest of the schema; null folded in as nullable.
    assert result == TypeRef("union", items=(STR, INT))
    assert typer({"type": ["array", "string", "null"], "items": {"type": "integer"}}) == TypeRef(
        "union", items=(TypeRef("list", items=(INT,)), STR), nullable=True
    )


# -- enums ----------------------------------------------------------------------------------------


def test_enums_and_consts_are_literals(typer: Typer) -> None:
    assert typer({"type": "string", "enum": ["a", "b", "a"]}) == TypeRef("literal", literals=("a", "b"))
    assert typer({"enum": [1, 2, "1"]}) == TypeRef("literal", literals=(1, 2, "1"))
    assert typer({"const": "fixed"}) == TypeRef("literal", literals=("fixed",))
    assert typer({"enum": ["a", None]}) == TypeRef("literal", literals=("a",), nullable=True)


def test_a_component_met_again_is_its_type_and_siblings_of_its_ref_are_read_each_time() -> None:
    typer = Typer(Status={"type": "string", "enum": ["a", "b"]})
    ref = {"$ref": "#/components/schemas/Status"}
    both = TypeRef("literal", literals=("a", "b"))
    assert typer(ref) == both
    # 3.1: keywords beside a `$ref` apply over its target, wherever it is met.
    assert typer({**ref, "enum": ["a"]}) == TypeRef("literal", literals=("a",))
    assert typer({**ref, "nullable": True}) == TypeRef(
        "literal", literals=("a", "b"), nullable=True
    )
    assert typer(ref) == both


def test_enum_values_equal_in_python_but_not_in_json_are_kept(typer: Typer) -> None:
    assert typer({"enum": [1, True, 0, False]}) == TypeRef("literal", literals=(1, True, 0, False))


@pytest.mark.parametrize(
    ("schema", "plain", "unfit"),
    [
        ({"enum": [{"x": 1}]}, TypeRef("dict", items=(ANY,)), "objects or arrays"),
        ({"type": "number", "enum": [0.5, 1.5]}, TypeRef("float"), "numbers with a fraction"),
        ({"enum": [2**70]}, TypeRef("int"), "integers beyond 64 bits"),
    ],
)
def test_enum_values_a_literal_cannot_hold_give_their_plain_type_and_a_warning(
    typer: Typer, schema: dict[str, Any], plain: TypeRef, unfit: str
) -> None:
    assert typer(schema) == plain
    assert typer.warnings == [
        Warning(
            "spec.yaml#/x/Hint/enum",
            f"enum values a typing.Literal cannot hold ({unfit}); typed by their plain type",
        )
    ]


# -- unions ---------------------------------------------------------------------------------------


def test_one_of_and_any_of_are_unions_without_repeats(typer: Typer) -> None:
    union = TypeRef("union", items=(STR, INT))
    assert typer({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "string"}]}) == union
    assert typer({"anyOf": [{"type": "string"}, {"type": "integer"}]}) == union
    assert typer({"oneOf": [{"type": "string"}]}) == STR
    assert typer({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True}) == (
        TypeRef("union", items=(STR, INT), nullable=True)
    )


def test_inline_options_are_named_by_title_else_by_position(typer: Typer) -> None:
    union = typer({"oneOf": [{"title": "First One", **obj("a")}, obj("b")]}, hint="U")
    assert union == TypeRef("union", items=(named("UFirstOne"), named("UOption2")))


PETS = {"Cat": obj("kind", "meow"), "Dog": obj("kind", "bark")}
CAT, DOG = {"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}


def test_a_discriminator_tags_each_option_by_mapping_else_by_component_name() -> None:
    typer = Typer(**PETS)
    schema = {
        "oneOf": [CAT, DOG],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"cat": "#/components/schemas/Cat", "kitty": "Cat"},  # a bare name too
        },
    }
    assert typer(schema) == TypeRef(
        "union",
        items=(named("Cat"), named("Dog")),
        discriminator="kind",
        tags=(("cat", "kitty"), ("Dog",)),
    )


def test_a_discriminator_whose_options_cannot_all_be_named_is_a_plain_union_with_a_warning() -> None:
    typer = Typer(**PETS)
    result = typer({"oneOf": [CAT, obj("x")], "discriminator": {"propertyName": "kind"}})
    assert result.kind == "union" and result.discriminator == "" and result.tags == ()
    assert typer.warnings == [
        Warning("spec.yaml#/x/Hint", "a discriminator whose options cannot all be named; plain union")
    ]


def test_a_nullable_discriminated_union_keeps_its_discriminator() -> None:
    typer = Typer(**PETS)
    result = typer({"oneOf": [CAT, DOG], "discriminator": {"propertyName": "kind"}, "nullable": True})
    assert result == TypeRef(
        "union",
        items=(named("Cat"), named("Dog")),
        nullable=True,
        discriminator="kind",
        tags=(("Cat",), ("Dog",)),
    )


# -- allOf ----------------------------------------------------------------------------------------


def test_all_of_merges_properties_and_required_of_every_part() -> None:
    typer = Typer(
        Base=obj("id", required=["id"]),
        Mid={"allOf": [{"$ref": "#/components/schemas/Base"}, obj("name", required=["name"])]},
    )
    schema = {
        "allOf": [{"$ref": "#/components/schemas/Mid"}, obj("extra")],
        "description": "Merged.",
    }
    assert typer(schema, hint="All") == named("All")
    merged = typer.object_type("All")
    assert [(f.wire_name, f.required) for f in merged.fields] == [
        ("id", True),
        ("name", True),
        ("extra", False),
    ]
    assert merged.description == "Merged."


def test_all_of_with_one_part_is_that_part() -> None:
    typer = Typer(**PETS)
    assert typer({"allOf": [CAT]}) == named("Cat")
    assert typer({"allOf": [CAT], "description": "just a cat"}) == named("Cat")


# -- arrays and maps ------------------------------------------------------------------------------


def test_arrays(typer: Typer) -> None:
    assert typer({"type": "array", "items": {"type": "string"}}) == TypeRef("list", items=(STR,))
    assert typer({"type": "array"}) == TypeRef("list", items=(ANY,))
    assert typer({"type": "array", "items": obj("a")}, hint="Things") == TypeRef(
        "list", items=(named("ThingsItem"),)
    )
    assert typer.warnings == []


def test_a_tuple_is_a_list_of_any_with_a_warning(typer: Typer) -> None:
    assert typer({"type": "array", "prefixItems": [{"type": "string"}]}) == TypeRef("list", items=(ANY,))
    assert typer.warnings == [Warning("spec.yaml#/x/Hint", "a tuple (prefixItems) is typed as a list of Any")]


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "object"}, ANY),
        ({"type": "object", "additionalProperties": True}, ANY),
        ({"type": "object", "additionalProperties": {}}, ANY),
        ({"type": "object", "additionalProperties": False}, ANY),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, INT),
    ],
)
def test_objects_without_properties_are_maps(typer: Typer, schema: Any, value: TypeRef) -> None:
    assert typer(schema) == TypeRef("dict", items=(value,))


# -- objects and their classes --------------------------------------------------------------------


def test_an_object_becomes_a_class_with_its_fields() -> None:
    typer = Typer()
    schema = {
        "type": "object",
        "title": "A title",
        "required": ["zeta"],
        "properties": {
            "alpha": {"type": "number", "description": "First.", "example": 1, "deprecated": True},
            "zeta": {"type": "string"},
        },
        "additionalProperties": {"type": "integer"},
    }
    assert typer(schema, hint="Thing") == named("Thing")
    thing = typer.object_type("Thing")
    assert (thing.name, thing.module, thing.path, thing.flavour) == (
        "Thing",
        "thing",
        "acme/types/models/thing.py",
        "models",
    )
    assert (thing.description, thing.summary, thing.pointer) == ("A title", "A title", "/x/Thing")
    assert thing.extra_values == INT
    # Required fields first, then by wire name.
    assert thing.fields == (
        Field(
            "zeta",
            "zeta",
            STR,
            True,
            "",
            None,
            False,
            False,
            "/x/Thing/properties/zeta",
            sample="example",  # for the docs: a string its schema accepts
            has_sample=True,
        ),
        Field(
            "alpha",
            "alpha",
            TypeRef("float"),
            False,
            "First.",
            1.0,
            True,
            True,
            "/x/Thing/properties/alpha",
        ),
    )
    assert typer.typer.fields_of(named("Thing"), "models") == thing.fields
    assert typer.typer.fields_of(STR, "models") == ()


def test_a_class_the_spec_does_not_describe_says_where_it_is_defined() -> None:
    typer = Typer(Pet={"type": "object", "properties": {"owner": obj("name")}})
    typer({"$ref": "#/components/schemas/Pet"})
    assert typer.object_type("Pet").summary == "The `Pet` schema."
    assert typer.object_type("PetOwner").summary == "The `owner` field of the `Pet` schema."


def test_read_only_fields_are_not_sent_and_write_only_fields_not_read(typer: Typer) -> None:
    schema = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "password": {"type": "string", "writeOnly": True},
            "name": {"type": "string"},
        },
    }
    typer(schema, "params", "NewUser")
    typer(schema, "models", "User")
    assert [f.wire_name for f in typer.object_type("NewUser", "params").fields] == ["name", "password"]
    assert [f.wire_name for f in typer.object_type("User").fields] == ["id", "name"]


def test_a_required_name_no_property_defines_is_sent_as_any_value(typer: Typer) -> None:
    """Issue 11: Mistral's `SharingDelete` and DigitalOcean's uptime check require `level` and
    `method` without defining them; a request without them is refused."""
    schema = {"type": "object", "required": ["name", "level"], "properties": {"name": {}}}
    typer(schema, "params", "Share")
    typer(schema, "models", "Shared")
    level = next(f for f in typer.object_type("Share", "params").fields if f.wire_name == "level")
    assert (level.type, level.required, level.has_sample) == (ANY, True, False)
    assert [f.wire_name for f in typer.object_type("Shared").fields] == ["name"]  # read as before
    assert typer.warnings == [
        Warning(
            "spec.yaml#/x/Share/required",
            "'level' is required but no property defines it; the SDK takes any value for it",
        )
    ]


def test_a_field_keeps_its_string_format_also_through_a_nullable_option(typer: Typer) -> None:
    uri = {"type": "string", "format": "uri"}
    schema = {
        "type": "object",
        "properties": {
            "plain": uri,
            "nullable": {"anyOf": [uri, {"type": "null"}]},
            "either": {"oneOf": [uri, {"type": "string", "format": "email"}]},
            "none": {"type": "string"},
        },
    }
    typer(schema, "models", "Page")
    formats = {f.wire_name: f.format for f in typer.object_type("Page").fields}
    assert formats == {"plain": "uri", "nullable": "uri", "either": "", "none": ""}


def test_field_names_are_unique_and_never_shadow_pydantic(typer: Typer) -> None:
    schema = obj("a-b", "a_b", "model_config", "class")
    typer(schema, "models", "M")
    typer(schema, "params", "P")
    assert [f.python_name for f in typer.object_type("M").fields] == ["a_b", "a_b_2", "class_", "model_config_"]
    # A TypedDict key is the wire name itself: only the python name for docs changes.
    assert [f.python_name for f in typer.object_type("P", "params").fields] == [
        "a_b",
        "a_b_2",
        "class_",
        "model_config",
    ]


def test_inline_objects_show_their_fields_as_children_referenced_ones_do_not() -> None:
    typer = Typer(Owner=obj("name"))
    schema = {
        "type": "object",
        "properties": {
            "inline": obj("a"),
            "many": {"type": "array", "items": obj("b")},
            "ref": {"$ref": "#/components/schemas/Owner"},
        },
    }
    typer(schema, "params", "Body")
    fields = {f.wire_name: f for f in typer.object_type("Body", "params").fields}
    assert [c.wire_name for c in fields["inline"].children] == ["a"]
    assert [c.wire_name for c in fields["many"].children] == ["b"]
    assert fields["ref"].children == ()


def test_a_schema_is_one_class_per_flavour() -> None:
    typer = Typer(Pet=obj("name"))
    ref = {"$ref": "#/components/schemas/Pet"}
    assert typer(ref, "models") == typer(ref, "models", hint="Other") == named("Pet")
    assert typer(ref, "params") == named("Pet")
    assert [(t.flavour, t.name) for t in typer.typer.object_types()] == [
        ("models", "Pet"),
        ("params", "Pet"),
    ]


def test_a_recursive_schema_terminates() -> None:
    typer = Typer(Node={"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}})
    assert typer({"$ref": "#/components/schemas/Node"}) == named("Node")
    (next_field,) = typer.object_type("Node").fields
    assert next_field.type == named("Node")


def test_class_names_differing_only_in_case_are_told_apart(typer: Typer) -> None:
    assert typer(obj("a"), hint="pet") == named("Pet")
    assert typer(obj("b"), hint="PET") == named("Pet2")


def test_a_reserved_component_keeps_its_name_before_inline_classes_take_it() -> None:
    typer = Typer(Pet=obj("name"))
    root = Ref(typer.root.file, "/components/schemas/Pet")
    typer.typer.reserve_component(root, "Pet")
    assert typer(obj("x"), hint="Pet") == named("Pet2")
    assert typer({"$ref": "#/components/schemas/Pet"}, hint="Anything") == named("Pet")


def test_a_component_of_another_file_is_named_after_its_key(tmp_path: Path) -> None:
    (tmp_path / "models.yaml").write_text(
        "Owner:\n  type: object\n  properties:\n    name: {type: string}\n", encoding="utf-8"
    )
    (tmp_path / "spec.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    resolver = Resolver(load_document(tmp_path / "spec.yaml"))
    typer = SchemaTyper(resolver, Warnings(), "acme")
    at = Ref((tmp_path / "spec.yaml").resolve(), "/x")
    assert typer.type_of({"$ref": "models.yaml#/Owner"}, at, "Hint", "models") == named("Owner")


def test_a_typed_schema_is_replayed_as_the_documents_own_object_or_a_made_one() -> None:
    """What a replayed step kept of a typed schema: whether it was the document's own object at
    its place, found as `Resolver.get` finds it (None where there is none)."""
    spec = obj("name", tags={"type": "array", "items": [{"a/b": {"~x": 1}}, None]})
    t = Typer(Pet=spec)
    typer = t.typer
    root = Ref(t.root.file, "")
    document = typer.resolver.get(root)
    places = [
        "",
        "/components/schemas/Pet/properties/name",
        "/components/schemas/Pet/tags/items/0/a~1b/~0x",
        "/components/schemas/Pet/tags/items/1",
        "/components/schemas/Pet/tags/items/2",
        "/components/schemas/Pet/properties/missing/deeper",
        "/components/schemas/Pet/properties/name/type/0",
    ]
    for pointer in places:
        at = Ref(t.root.file, pointer)
        try:
            expected = typer.resolver.get(at)
        except Exception:
            expected = None
        assert typer._own_schema(at) is expected, pointer
    assert typer._own_schema(root) is document
    own = document["components"]["schemas"]["Pet"]
    at = Ref(t.root.file, "/components/schemas/Pet")
    assert typer._typed_kept(("models", at), (own, STR)) == (Kept.OWN, STR)
    assert typer._typed_kept(("models", at), (dict(own), STR)) == (Kept.MADE, STR)
    # Replayed, it is met again as the document's own object only.
    assert typer._same_schema(Kept.OWN, own, at)
    assert not typer._same_schema(Kept.OWN, dict(own), at)
    assert not typer._same_schema(Kept.MADE, own, at)
