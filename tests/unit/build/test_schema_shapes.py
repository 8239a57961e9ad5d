"""SchemaTyper on the schema shapes real specs use that broke it (issue 11, field studies A and B):
recursion through no class, enums with no usable value, allOf with annotation parts, oneOf beside
properties, allOf parts from other files, `properties: {$ref}`, and discriminator values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build.context import Warnings
from generator.build.schemas import SchemaTyper
from generator.model import naming
from generator.model.api import Flavour, ObjectType, TypeRef
from generator.spec.load import Document, load_document
from generator.spec.refs import Ref, Resolver, jp_ref

STR, INT, ANY = TypeRef("str"), TypeRef("int"), TypeRef("any")


def named(name: str, nullable: bool = False) -> TypeRef:
    return TypeRef("named", name=name, module=naming.module_name(name), nullable=nullable)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


class Typer:
    """A SchemaTyper over one document, with its components reserved as `build_api` does."""

    def __init__(self, document: Document) -> None:
        self.resolver = Resolver(document)
        self.root = Ref(document.path.resolve(), "")
        self.warnings = Warnings()
        self.typer = SchemaTyper(self.resolver, self.warnings, "acme")
        for name in sorted(((document.data.get("components") or {}).get("schemas")) or {}):
            self.typer.reserve_component(self.component(name), naming.pascal(name))

    @classmethod
    def of(cls, **schemas: Any) -> Typer:
        spec = {"openapi": "3.1.0", "components": {"schemas": schemas}}
        return cls(Document(Path("spec.yaml"), spec))

    def component(self, name: str) -> Ref:
        return jp_ref(self.root, "components", "schemas", name)

    def of_component(self, name: str, flavour: Flavour = "models") -> TypeRef:
        return self.typer.type_of(ref(name), jp_ref(self.root, "x"), "Hint", flavour)

    def __call__(self, schema: Any, flavour: Flavour = "models") -> TypeRef:
        return self.typer.type_of(schema, jp_ref(self.root, "x"), "Hint", flavour)

    def object_type(self, name: str, flavour: Flavour = "models") -> ObjectType:
        found = self.typer.object_type(flavour, name)
        assert found is not None, f"no {flavour} type {name}"
        return found

    def fields(self, name: str, flavour: Flavour = "models") -> dict[str, tuple[TypeRef, bool]]:
        return {f.wire_name: (f.type, f.required) for f in self.object_type(name, flavour).fields}

    def messages(self) -> list[tuple[str, str]]:
        return [(w.pointer.partition("#")[2], w.message) for w in self.warnings.items]

    def names(self) -> list[str]:
        return [t.name for t in self.typer.object_types()]


# -- recursion through no class: a named type alias ----------------------------------------------


def test_a_map_of_itself_is_a_named_alias() -> None:
    typer = Typer.of(Tree={"type": "object", "additionalProperties": ref("Tree")})
    assert typer.of_component("Tree") == named("Tree")
    assert typer.object_type("Tree").alias == TypeRef("dict", items=(named("Tree"),))
    assert typer.object_type("Tree").fields == ()


def test_a_list_of_itself_is_a_named_alias() -> None:
    typer = Typer.of(Nested={"type": "array", "items": ref("Nested")})
    assert typer.of_component("Nested") == named("Nested")
    assert typer.object_type("Nested").alias == TypeRef("list", items=(named("Nested"),))


def test_a_union_that_reaches_itself_through_a_map_is_a_named_alias() -> None:
    # discord's ErrorDetails: recursed until RecursionError.
    typer = Typer.of(
        ErrorDetails={
            "oneOf": [{"type": "object", "additionalProperties": ref("ErrorDetails")}, ref("Inner")]
        },
        Inner={"type": "object", "properties": {"_errors": {"type": "array", "items": STR_S}}},
    )
    assert typer.of_component("ErrorDetails") == named("ErrorDetails")
    assert typer.object_type("ErrorDetails").alias == TypeRef(
        "union", items=(TypeRef("dict", items=(named("ErrorDetails"),)), named("Inner"))
    )
    assert typer.messages() == []


STR_S = {"type": "string"}


def test_both_flavours_get_the_alias() -> None:
    typer = Typer.of(Json={"anyOf": [STR_S, {"type": "array", "items": ref("Json")}]})
    assert typer.of_component("Json", "params") == named("Json")
    assert typer.of_component("Json", "models") == named("Json")
    assert typer.object_type("Json", "params").alias == typer.object_type("Json", "models").alias


def test_a_long_cycle_through_unions_maps_lists_and_one_part_allof_is_one_alias() -> None:
    typer = Typer.of(
        A={"anyOf": [{"type": "integer"}, ref("B")]},
        B={"type": "array", "items": ref("C")},
        C={"type": "object", "additionalProperties": {"allOf": [ref("A")]}},
    )
    inner = TypeRef("list", items=(TypeRef("dict", items=(named("A"),)),))
    assert typer.of_component("A") == named("A")
    assert typer.object_type("A").alias == TypeRef("union", items=(INT, inner))
    # B and C are typed through the alias, so they need none of their own.
    assert typer.of_component("B") == inner
    assert typer.of_component("C") == TypeRef("dict", items=(named("A"),))
    assert typer.names() == ["A"]


def test_a_cycle_through_a_class_needs_no_alias() -> None:
    typer = Typer.of(
        Folder={"type": "object", "properties": {"entries": {"type": "array", "items": ref("E")}}},
        E={"oneOf": [ref("Folder"), STR_S]},
    )
    assert typer.of_component("Folder") == named("Folder")
    assert typer.fields("Folder")["entries"][0] == TypeRef(
        "list", items=(TypeRef("union", items=(named("Folder"), STR)),)
    )
    assert typer.names() == ["Folder"]


def test_an_alias_and_a_class_that_refer_to_each_other() -> None:
    typer = Typer.of(
        Details={"oneOf": [{"type": "object", "additionalProperties": ref("Details")}, ref("In")]},
        In={"type": "object", "properties": {"nested": ref("Details")}},
    )
    assert typer.of_component("In") == named("In")
    assert typer.fields("In")["nested"][0] == named("Details")
    assert typer.object_type("Details").alias == TypeRef(
        "union", items=(TypeRef("dict", items=(named("Details"),)), named("In"))
    )


def test_a_union_that_lists_itself_leaves_itself_out() -> None:
    # `A = A | str | list[A]` admits what `A = str | list[A]` does; mypy rejects the first.
    typer = Typer.of(A={"oneOf": [ref("A"), STR_S, {"type": "array", "items": ref("A")}]})
    assert typer.of_component("A") == named("A")
    assert typer.object_type("A").alias == TypeRef(
        "union", items=(STR, TypeRef("list", items=(named("A"),)))
    )


def test_a_schema_that_is_only_itself_is_any_with_a_warning() -> None:
    typer = Typer.of(A={"oneOf": [ref("A")]})
    assert typer.of_component("A") == named("A")
    assert typer.object_type("A").alias == ANY
    assert typer.messages() == [
        ("/components/schemas/A", "a schema whose only value is itself; typed as Any")
    ]


def test_a_nullable_recursive_schema_keeps_null_outside_the_alias() -> None:
    typer = Typer.of(T={"type": ["array", "null"], "items": ref("T")})
    assert typer.of_component("T") == named("T", nullable=True)
    assert typer.object_type("T").alias == TypeRef("list", items=(named("T", nullable=True),))


def test_a_recursive_place_that_is_no_component_is_named_after_where_it_stands() -> None:
    place = "#/components/schemas/Holder/properties/tree"
    typer = Typer.of(
        Holder={
            "type": "object",
            "properties": {"tree": {"type": "object", "additionalProperties": {"$ref": place}}},
        }
    )
    assert typer.of_component("Holder") == named("Holder")
    assert typer.fields("Holder")["tree"][0] == named("HolderTree")
    assert typer.object_type("HolderTree").alias == TypeRef("dict", items=(named("HolderTree"),))


def test_a_cycle_through_many_schemas_is_one_alias() -> None:
    count = 40
    schemas = {
        f"S{index}": {"anyOf": [STR_S, {"type": "array", "items": ref(f"S{(index + 1) % count}")}]}
        for index in range(count)
    }
    typer = Typer.of(**schemas)
    assert typer.of_component("S0") == named("S0")
    assert typer.names() == ["S0"]


# -- enum and const with no usable value ----------------------------------------------------------


def test_an_empty_enum_beside_allof_is_ignored_with_a_warning() -> None:
    # discord: `{type: string, enum: [], allOf: [$ref Status]}`.
    typer = Typer.of(Status={"type": "string", "enum": ["pending", "approved"]})
    schema = {"type": "string", "enum": [], "allOf": [ref("Status")]}
    assert typer(schema) == TypeRef("literal", literals=("pending", "approved"))
    assert typer.messages() == [
        ("/x/enum", "an empty enum admits no value; ignored, typed from the rest of the schema")
    ]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"enum": [None]}, TypeRef("none")),
        ({"const": None}, TypeRef("none")),
        ({"type": "string", "enum": [None]}, TypeRef("none")),
        ({"enum": ["a", None]}, TypeRef("literal", literals=("a",), nullable=True)),
        ({"type": "string", "enum": []}, STR),
        ({"enum": []}, ANY),
    ],
)
def test_enum_and_const_with_no_value_besides_null(schema: Any, expected: TypeRef) -> None:
    assert Typer.of()(schema) == expected


def test_no_schema_ever_types_as_a_literal_without_values() -> None:
    typer = Typer.of()
    for schema in (
        {"enum": []},
        {"enum": [None]},
        {"const": None},
        {"enum": [], "allOf": [{"enum": []}]},
        {"enum": [{"a": 1}]},
        {"enum": [0.5]},
    ):
        type_ref = typer(schema)
        assert not (type_ref.kind == "literal" and not type_ref.literals), schema


# -- values a typing.Literal cannot hold ---------------------------------------------------------

LIMIT = 2**63 - 1


@pytest.mark.parametrize(
    ("schema", "expected", "unfit"),
    [
        ({"type": "integer", "enum": [10**30, 1]}, INT, "integers beyond 64 bits"),
        ({"type": "integer", "enum": [-LIMIT - 1]}, INT, "integers beyond 64 bits"),
        ({"enum": [10**30]}, INT, "integers beyond 64 bits"),
        ({"type": "number", "enum": [0.5, 1.5]}, TypeRef("float"), "numbers with a fraction"),
        ({"enum": [1, 2.5]}, TypeRef("float"), "numbers with a fraction"),
        ({"const": 0.25}, TypeRef("float"), "numbers with a fraction"),
        (
            {"type": "object", "enum": [{"a": 1}]},
            TypeRef("dict", items=(ANY,)),
            "objects or arrays",
        ),
        ({"enum": [[1], [2]]}, TypeRef("list", items=(ANY,)), "objects or arrays"),
        (
            {"type": "integer", "enum": [10**30, None]},
            TypeRef("int", nullable=True),
            "integers beyond 64 bits",
        ),
    ],
)
def test_enum_values_a_literal_cannot_hold_type_by_the_plain_type(
    schema: Any, expected: TypeRef, unfit: str
) -> None:
    typer = Typer.of()
    assert typer(schema) == expected
    keyword = "const" if "const" in schema else "enum"
    assert typer.messages() == [
        (
            f"/x/{keyword}",
            f"enum values a typing.Literal cannot hold ({unfit}); typed by their plain type",
        )
    ]


@pytest.mark.parametrize(
    ("schema", "literals"),
    [
        ({"type": "integer", "enum": [LIMIT, -LIMIT]}, (LIMIT, -LIMIT)),
        # An integer written `2.0` is an integer.
        ({"type": "integer", "enum": [1.0, 2.0]}, (1, 2)),
        # 1 and True are equal in Python, not in JSON.
        ({"enum": [1, True, "1"]}, (1, True, "1")),
        ({"enum": ["a", "a", "b"]}, ("a", "b")),
    ],
)
def test_enum_values_a_literal_can_hold(schema: Any, literals: tuple[Any, ...]) -> None:
    typer = Typer.of()
    type_ref = typer(schema)
    assert type_ref == TypeRef("literal", literals=literals)
    assert [type(value) for value in type_ref.literals] == [type(value) for value in literals]
    assert typer.messages() == []


# -- allOf with annotation-only parts -------------------------------------------------------------

SHAPES = {
    "FinishReason": {"type": "string", "enum": ["stop", "length"]},
    "Tags": {"type": "array", "items": STR_S, "nullable": True},
    "Window": {"type": "object", "nullable": True, "properties": {"start": STR_S}},
}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (
            {"allOf": [ref("FinishReason"), {"nullable": True}]},
            TypeRef("literal", literals=("stop", "length"), nullable=True),
        ),
        (
            {"allOf": [ref("Tags"), {"description": "Tag names."}]},
            TypeRef("list", items=(STR,), nullable=True),
        ),
        ({"allOf": [ref("Window"), {"description": "Backup window."}]}, named("Window", True)),
        (
            {"allOf": [ref("FinishReason")], "nullable": True, "description": "Why."},
            TypeRef("literal", literals=("stop", "length"), nullable=True),
        ),
        (
            {"allOf": [{"description": "x"}, ref("FinishReason"), {"type": ["string", "null"]}]},
            TypeRef("literal", literals=("stop", "length"), nullable=True),
        ),
        ({"allOf": [{"type": "string"}, {"description": "x"}]}, STR),
        ({"allOf": [{"description": "x"}], "type": "integer"}, INT),
    ],
)
def test_allof_of_one_type_and_annotations_is_that_type(schema: Any, expected: TypeRef) -> None:
    typer = Typer.of(**SHAPES)
    assert typer(schema) == expected
    assert typer.messages() == []


def test_allof_with_annotations_around_an_object_makes_no_class_per_site() -> None:
    typer = Typer.of(**SHAPES)
    for index in range(3):
        schema = {"allOf": [ref("Window"), {"description": f"Site {index}."}]}
        assert typer(schema) == named("Window", nullable=True)
    assert typer.names() == ["Window"]


def test_allof_of_an_object_and_a_non_object_is_typed_as_the_non_object_with_a_warning() -> None:
    typer = Typer.of(**SHAPES)
    schema = {"allOf": [ref("Window"), ref("Tags")]}
    assert typer(schema) == TypeRef("list", items=(STR,), nullable=True)
    assert typer.messages() == [
        (
            "/x",
            "allOf of parts that are not all objects cannot be merged; "
            "typed as its first part that is not an object",
        )
    ]


# -- allOf with one part and siblings that change the class ---------------------------------------

UPDATABLE = {
    "type": "object",
    "properties": {"name": STR_S, "target": STR_S, "enabled": {"type": "boolean"}},
}


def test_allof_of_one_part_with_sibling_required_merges() -> None:
    # digitalocean: `{type: object, allOf: [$ref Updatable], required: [name, target]}`.
    typer = Typer.of(Updatable=UPDATABLE)
    schema = {"type": "object", "allOf": [ref("Updatable")], "required": ["name", "target"]}
    assert typer(schema, "params") == named("Hint")
    assert typer.fields("Hint", "params") == {
        "name": (STR, True),
        "target": (STR, True),
        "enabled": (TypeRef("bool"), False),
    }


def test_allof_of_one_part_with_typed_additional_properties_merges() -> None:
    typer = Typer.of(Updatable=UPDATABLE)
    schema = {"allOf": [ref("Updatable")], "additionalProperties": {"type": "integer"}}
    assert typer(schema) == named("Hint")
    assert typer.object_type("Hint").extra_values == INT


@pytest.mark.parametrize(
    "siblings",
    [
        {},
        {"type": "object", "description": "Checks."},
        {"nullable": True},
        {"additionalProperties": True},
        {"required": []},
    ],
)
def test_allof_of_one_part_with_annotation_siblings_is_that_part(siblings: Any) -> None:
    typer = Typer.of(Updatable=UPDATABLE)
    result = typer({"allOf": [ref("Updatable")], **siblings})
    assert result == named("Updatable", nullable=bool(siblings.get("nullable")))
    assert typer.names() == ["Updatable"]


# -- oneOf/anyOf beside the schema's own properties -----------------------------------------------

SOURCE_IN = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": STR_S},
    "oneOf": [
        {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string", "enum": ["generic"]}},
        },
        {
            "type": "object",
            "required": ["type", "secret"],
            "properties": {"type": {"type": "string", "enum": ["github"]}, "secret": STR_S},
        },
    ],
}


@pytest.mark.parametrize("keyword", ["oneOf", "anyOf"])
def test_oneof_beside_properties_gives_each_option_the_properties(keyword: str) -> None:
    # svix IngestSourceIn: `name` was lost from every option.
    schema = {key: value for key, value in SOURCE_IN.items() if key != "oneOf"}
    schema[keyword] = SOURCE_IN["oneOf"]
    typer = Typer.of(SourceIn=schema)
    assert typer.of_component("SourceIn", "params") == TypeRef(
        "union", items=(named("SourceInOption1"), named("SourceInOption2"))
    )
    generic = TypeRef("literal", literals=("generic",))
    github = TypeRef("literal", literals=("github",))
    assert typer.fields("SourceInOption1", "params") == {
        "name": (STR, True),
        "type": (generic, True),
    }
    assert typer.fields("SourceInOption2", "params") == {
        "name": (STR, True),
        "type": (github, True),
        "secret": (STR, True),
    }


def test_oneof_beside_properties_names_referenced_options_after_their_schema() -> None:
    typer = Typer.of(
        Pet={"type": "object", "properties": {"name": STR_S}, "oneOf": [ref("Cat"), ref("Dog")]},
        Cat={"type": "object", "properties": {"purrs": {"type": "boolean"}}},
        Dog={"type": "object", "properties": {"barks": {"type": "boolean"}}},
    )
    assert typer.of_component("Pet") == TypeRef("union", items=(named("PetCat"), named("PetDog")))
    assert set(typer.fields("PetCat")) == {"name", "purrs"}
    assert typer.names() == ["PetCat", "PetDog"]


def test_oneof_beside_properties_types_a_non_object_option_alone_with_a_warning() -> None:
    typer = Typer.of()
    schema = {"properties": {"name": STR_S}, "oneOf": [STR_S, {"properties": {"a": STR_S}}]}
    assert typer(schema) == TypeRef("union", items=(STR, named("HintOption2")))
    assert set(typer.fields("HintOption2")) == {"name", "a"}
    assert typer.messages() == [
        (
            "/x/oneOf/0",
            "the properties beside oneOf cannot apply to an option that is not an object; "
            "the option is typed without them",
        )
    ]


def test_oneof_beside_a_required_list_its_options_already_require_makes_no_new_class() -> None:
    typer = Typer.of(
        A={"type": "object", "required": ["kind"], "properties": {"kind": STR_S}},
        B={"type": "object", "required": ["kind"], "properties": {"kind": STR_S}},
    )
    schema = {"required": ["kind"], "oneOf": [ref("A"), ref("B")]}
    assert typer(schema) == TypeRef("union", items=(named("A"), named("B")))
    assert typer.names() == ["A", "B"]


def test_oneof_beside_properties_keeps_its_discriminator() -> None:
    schema = {**SOURCE_IN, "discriminator": {"propertyName": "type"}}
    typer = Typer.of(SourceIn=schema)
    result = typer.of_component("SourceIn")
    assert (result.discriminator, result.tags) == ("type", (("generic",), ("github",)))


# -- allOf parts from another file ----------------------------------------------------------------


def write(folder: Path, files: dict[str, Any]) -> Typer:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(content), encoding="utf-8")
    return Typer(load_document(folder / "openapi.yaml"))


PAGES = {
    "pagination": {"type": "object", "properties": {"links": {"$ref": "#/page_links"}}},
    "page_links": {"type": "object", "properties": {"next": STR_S}},
    "nested": {"allOf": [{"$ref": "#/pagination"}, {"properties": {"meta": {"$ref": "#/meta"}}}]},
    "meta": {"type": "object", "properties": {"total": {"type": "integer"}}},
    "counts": {
        "type": "object",
        "properties": {"n": {"type": "integer"}},
        "additionalProperties": {"$ref": "#/meta"},
    },
}


def test_allof_part_from_another_file_resolves_its_refs_in_that_file(tmp_path: Path) -> None:
    # digitalocean: `allOf: [{properties: {ssh_keys}}, $ref shared/pages.yml#/pagination]`.
    keys = {"type": "object", "properties": {"keys": {"type": "array", "items": STR_S}}}
    typer = write(
        tmp_path,
        {
            "openapi.yaml": {"openapi": "3.0.0"},
            "shared/pages.yaml": PAGES,
        },
    )
    result = typer({"allOf": [keys, {"$ref": "shared/pages.yaml#/pagination"}]})
    assert result == named("Hint")
    fields = typer.fields("Hint")
    assert fields["links"][0] == named("PageLinks")
    assert set(typer.fields("PageLinks")) == {"next"}
    pointers = {f.wire_name: f.pointer for f in typer.object_type("Hint").fields}
    assert pointers == {
        "keys": "/x/allOf/0/properties/keys",
        "links": "/pagination/properties/links",
    }


def test_nested_allof_and_additional_properties_from_another_file(tmp_path: Path) -> None:
    typer = write(tmp_path, {"openapi.yaml": {"openapi": "3.0.0"}, "shared/pages.yaml": PAGES})
    result = typer(
        {"allOf": [{"$ref": "shared/pages.yaml#/nested"}, {"$ref": "shared/pages.yaml#/counts"}]}
    )
    assert result == named("Hint")
    fields = typer.fields("Hint")
    assert fields["links"][0] == named("PageLinks")
    assert fields["meta"][0] == named("Meta")
    assert fields["n"][0] == INT
    assert typer.object_type("Hint").extra_values == named("Meta")


def test_allof_in_the_root_file_still_resolves_against_it(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.0",
        "components": {
            "schemas": {
                "Base": {"type": "object", "properties": {"links": {"$ref": "#/page_links"}}},
            }
        },
        "page_links": {"type": "object", "properties": {"self": STR_S}},
    }
    typer = write(tmp_path, {"openapi.yaml": spec})
    assert typer({"allOf": [ref("Base"), {"properties": {"n": STR_S}}]}) == named("Hint")
    assert typer.fields("Hint")["links"][0] == named("HintLinks")
    assert set(typer.fields("HintLinks")) == {"self"}


# -- `properties: {$ref}` standing for a whole properties map -------------------------------------


def test_a_properties_ref_is_the_map_it_names_with_a_warning(tmp_path: Path) -> None:
    attributes = {"droplet_ids": {"droplet_ids": {"type": "array", "items": {"type": "integer"}}}}
    balancer = {
        "LoadBalancer": {"type": "object", "properties": {"$ref": "attributes.yaml#/droplet_ids"}}
    }
    typer = write(
        tmp_path,
        {
            "openapi.yaml": {"openapi": "3.0.0"},
            "models/attributes.yaml": attributes,
            "models/balancer.yaml": balancer,
        },
    )
    result = typer({"$ref": "models/balancer.yaml#/LoadBalancer"})
    assert result == named("LoadBalancer")
    assert typer.fields("LoadBalancer") == {"droplet_ids": (TypeRef("list", items=(INT,)), False)}
    assert [(w.pointer, w.message) for w in typer.warnings.items] == [
        (
            "balancer.yaml#/LoadBalancer/properties",
            "a $ref standing for a whole properties map (not standard OpenAPI); "
            "resolved as the map it names",
        )
    ]


def test_a_property_named_ref_beside_others_is_a_property() -> None:
    typer = Typer.of()
    schema = {"type": "object", "properties": {"$ref": STR_S, "b": STR_S}}
    assert typer(schema) == named("Hint")
    assert set(typer.fields("Hint")) == {"$ref", "b"}


# -- discriminator values from the options' own const/enum ----------------------------------------


def test_inline_options_are_told_apart_by_their_enum_and_const() -> None:
    typer = Typer.of()
    schema = {
        "discriminator": {"propertyName": "type"},
        "oneOf": [
            {
                "title": "StreamOutput",
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["stdout", "stderr"]}},
            },
            {
                "title": "ErrorOutput",
                "type": "object",
                "properties": {"type": {"type": "string", "const": "error"}},
            },
        ],
    }
    result = typer(schema)
    assert (result.discriminator, result.tags) == ("type", (("stdout", "stderr"), ("error",)))
    assert typer.messages() == []


def test_referenced_options_use_their_enum_over_their_name_with_a_warning() -> None:
    # together ImageResponse.data[]: tagged `ImageResponseDataB64`, sent as "b64_json".
    typer = Typer.of(
        B64={"type": "object", "properties": {"type": {"type": "string", "enum": ["b64_json"]}}},
        Url={"type": "object", "properties": {"type": {"type": "string", "enum": ["Url"]}}},
    )
    result = typer({"discriminator": {"propertyName": "type"}, "oneOf": [ref("B64"), ref("Url")]})
    assert result.tags == (("b64_json",), ("Url",))
    assert typer.messages() == [
        (
            "/x/oneOf/0",
            "the discriminator value 'B64' (the option's schema name) is not one its 'type' "
            "allows; the option is told apart by 'b64_json'",
        )
    ]


def test_option_values_are_found_through_allof_and_a_referenced_property() -> None:
    typer = Typer.of(
        Base={"type": "object", "properties": {"kind": STR_S, "id": STR_S}},
        CatKind={"type": "string", "const": "cat"},
        Cat={"allOf": [ref("Base"), {"properties": {"kind": ref("CatKind")}}]},
        Dog={"allOf": [ref("Base"), {"properties": {"kind": {"allOf": [{"enum": ["dog"]}]}}}]},
    )
    result = typer({"discriminator": {"propertyName": "kind"}, "oneOf": [ref("Cat"), ref("Dog")]})
    assert result.tags == (("cat",), ("dog",))


def test_mapping_still_wins_and_names_without_values_stay() -> None:
    typer = Typer.of(
        Cat={"type": "object", "properties": {"kind": {"enum": ["cat"]}}},
        Dog={"type": "object", "properties": {"kind": STR_S}},
    )
    schema = {
        "discriminator": {"propertyName": "kind", "mapping": {"kitty": "#/components/schemas/Cat"}},
        "oneOf": [ref("Cat"), ref("Dog")],
    }
    assert typer(schema).tags == (("kitty",), ("Dog",))


def test_a_value_that_names_two_options_gives_a_plain_union_with_a_warning() -> None:
    typer = Typer.of()
    option = {"type": "object", "properties": {"kind": {"const": "same"}}}
    result = typer({"discriminator": {"propertyName": "kind"}, "oneOf": [option, dict(option)]})
    assert result.kind == "union" and not result.discriminator
    assert typer.messages() == [
        ("/x", "the discriminator value 'same' names two options; plain union")
    ]


def test_a_nullable_discriminated_union_keeps_its_discriminator() -> None:
    typer = Typer.of(
        Cat={"type": "object", "properties": {"kind": {"const": "cat"}}},
        Dog={"type": "object", "properties": {"kind": {"const": "dog"}}},
    )
    schema = {
        "discriminator": {"propertyName": "kind"},
        "oneOf": [ref("Cat"), ref("Dog")],
        "nullable": True,
    }
    result = typer(schema)
    assert (result.nullable, result.discriminator, result.tags) == (
        True,
        "kind",
        (("cat",), ("dog",)),
    )


# -- warnings -------------------------------------------------------------------------------------


def test_a_schema_typed_for_both_flavours_warns_once() -> None:
    typer = Typer.of(Odd={"type": "number", "enum": [0.5]})
    typer.of_component("Odd", "params")
    typer.of_component("Odd", "models")
    assert len(typer.messages()) == 1


def test_nullable_on_any_merged_part_is_kept() -> None:
    typer = Typer.of(**SHAPES)
    schema = {"allOf": [ref("Window"), {"properties": {"end": STR_S}}]}
    assert typer(schema) == named("Hint", nullable=True)
    assert set(typer.fields("Hint")) == {"start", "end"}


def test_a_field_typed_through_allof_takes_the_annotation_parts_description() -> None:
    typer = Typer.of(**SHAPES)
    schema = {
        "type": "object",
        "properties": {
            "kind": {"allOf": [ref("FinishReason"), {"description": "Why it stopped."}]},
            "own": {"description": "Its own.", "allOf": [{"description": "Not this."}]},
        },
    }
    assert typer(schema) == named("Hint")
    descriptions = {f.wire_name: f.description for f in typer.object_type("Hint").fields}
    assert descriptions == {"kind": "Why it stopped.", "own": "Its own."}
