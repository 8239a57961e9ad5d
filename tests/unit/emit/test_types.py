"""Views of the generated classes: pydantic models of responses, TypedDicts of request params."""

from __future__ import annotations

from support.model import INT, STR, field, named, object_type

from generator.emit.imports import Imports
from generator.emit.types import object_type_code
from generator.model.api import TypeRef


def test_a_model_field_is_optional_with_a_none_default_unless_required() -> None:
    code = object_type_code(
        object_type(
            "Pet",
            field("name", required=True),
            field("tag"),
            field("nickname", TypeRef("str", nullable=True)),
            field("anything", TypeRef("any")),
        ),
        "acme",
    )
    assert [(f.annotation, f.key_annotation, f.default) for f in code.fields] == [
        ("str", "str", ""),
        ("str", "str | None", "None"),
        ("str | None", "str | None", "None"),  # already optional: no second `| None`
        ("typing.Any", "typing.Any", "None"),
    ]
    assert not code.functional


def test_a_params_field_is_required_or_not_required() -> None:
    code = object_type_code(
        object_type("NewPet", field("name", required=True), field("tag"), flavour="params"), "acme"
    )
    assert [(f.annotation, f.key_annotation, f.default) for f in code.fields] == [
        ("str", "typing_extensions.Required[str]", ""),
        ("str", "typing_extensions.NotRequired[str]", ""),
    ]


def test_an_alias_is_needed_where_the_python_name_is_not_the_wire_name() -> None:
    code = object_type_code(
        object_type("Pet", field("first-name"), field("class"), field("ok")), "acme"
    )
    assert [(f.field.python_name, f.needs_alias) for f in code.fields] == [
        ("first_name", True),
        ("class_", True),
        ("ok", False),
    ]


def test_typed_dict_keys_that_are_not_identifiers_need_the_functional_syntax() -> None:
    assert object_type_code(
        object_type("P", field("first-name"), flavour="params"), "acme"
    ).functional
    assert object_type_code(object_type("P", field("class"), flavour="params"), "acme").functional
    assert not object_type_code(object_type("P", field("ok"), flavour="params"), "acme").functional
    # Models alias such keys instead.
    assert not object_type_code(object_type("M", field("first-name")), "acme").functional


def test_imports_of_a_model() -> None:
    code = object_type_code(
        object_type(
            "Pet",
            field("owner", named("Owner")),
            field("born", TypeRef("date")),
            field("kind", TypeRef("literal", literals=("cat",))),
            field("parent", named("Pet")),  # itself: no import
            extra_values=named("Tag"),
        ),
        "acme",
    )
    assert code.imports == Imports(
        (
            ("import datetime", "import typing"),
            ("import pydantic",),
            ("from acme._core import SDKModel",),  # the models' base, with to_dict()/to_json()
            ("from .owner import Owner", "from .tag import Tag"),
        )
    )
    assert code.extra_annotation == "dict[str, Tag]"  # pydantic's `__pydantic_extra__`


def test_imports_of_a_typed_dict() -> None:
    code = object_type_code(
        object_type("Upload", field("file", TypeRef("file"), required=True), flavour="params"),
        "acme",
    )
    assert code.imports == Imports(
        (
            ("from __future__ import annotations",),  # `class` syntax: a key may name itself
            ("import typing_extensions",),
            ("from acme._core import FileInput",),
        )
    )
    assert code.extra_annotation == ""


def test_annotations_inside_the_types_package_are_bare() -> None:
    code = object_type_code(
        object_type("Pet", field("tags", TypeRef("list", items=(named("Tag"),))), extra_values=INT),
        "acme",
    )
    assert code.fields[0].annotation == "list[Tag]"
    assert code.extra_annotation == "dict[str, int]"
    assert object_type_code(object_type("P", field("s", STR)), "acme").fields[0].annotation == "str"


def test_a_model_module_evaluates_its_annotations_and_quotes_only_names_not_defined_yet() -> None:
    code = object_type_code(
        object_type(
            "Node",
            field("children", TypeRef("list", items=(named("Node"),)), required=True),
            field("owner", named("Owner")),  # in its import cycle: imported after the class
            field("tag", named("Tag")),
            extra_values=named("Owner"),
        ),
        "acme",
        cycle=frozenset({"owner"}),
    )
    assert code.imports.groups[0] == ("import pydantic",)  # no `from __future__ import`
    assert [f.key_annotation for f in code.fields] == [
        '"list[Node]"',
        '"Owner | None"',
        "Tag | None",
    ]
    assert code.extra_annotation == '"dict[str, Owner]"'
    assert code.late_imports == ("from .owner import Owner  # noqa: E402",)


def test_a_quoted_annotation_still_spells_the_names_a_field_hides() -> None:
    code = object_type_code(
        object_type(
            "Node",
            field("str", INT, required=True),  # hides the builtin from the fields after it
            field("parent", TypeRef("union", items=(STR, named("Node")))),
        ),
        "acme",
    )
    assert [f.key_annotation for f in code.fields] == ["int", '"builtins.str | Node | None"']
