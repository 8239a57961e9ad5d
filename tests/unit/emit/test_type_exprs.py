"""TypeRef → the annotation that spells it (params: what a caller writes; models: what a server
sends), and the imports it needs."""

from __future__ import annotations

import pytest
from support.model import named

from generator.emit.type_exprs import Needs, Spelling, annotation, needs
from generator.model.api import TypeRef

PARAMS = Spelling("params", qualified=False)
MODELS = Spelling("models", qualified=False)
QUALIFIED_PARAMS = Spelling("params", qualified=True)
QUALIFIED_MODELS = Spelling("models", qualified=True)
STR = TypeRef("str")


@pytest.mark.parametrize(
    ("type_ref", "params", "models"),
    [
        (STR, "str", "str"),
        (TypeRef("int"), "int", "int"),
        (TypeRef("float"), "float", "float"),
        (TypeRef("bool"), "bool", "bool"),
        (TypeRef("uuid"), "str", "str"),
        (TypeRef("none"), "None", "None"),
        (TypeRef("any"), "typing.Any", "typing.Any"),
        (TypeRef("file"), "FileInput", "FileInput"),
        (TypeRef("bytes"), "FileContent", "bytes"),
        (TypeRef("base64"), "bytes", "Base64Bytes"),  # the runtime's type decodes base64
        (TypeRef("datetime"), "str | datetime.datetime", "datetime.datetime"),
        (TypeRef("date"), "str | datetime.date", "datetime.date"),
        # Response enums stay open: a value the spec does not list yet still parses.
        (
            TypeRef("literal", literals=("a", "b")),
            'typing.Literal["a", "b"]',
            'typing.Literal["a", "b"] | str',
        ),
        (
            TypeRef("literal", literals=(1, "x", True)),
            'typing.Literal[1, "x", True]',
            'typing.Literal[1, "x", True] | bool | int | str',
        ),
        (TypeRef("list", items=(STR,)), "list[str]", "list[str]"),
        (
            TypeRef("dict", items=(TypeRef("any"),)),
            "dict[str, typing.Any]",
            "dict[str, typing.Any]",
        ),
        (TypeRef("union", items=(STR, TypeRef("int"))), "str | int", "str | int"),
        (named("Pet"), "Pet", "Pet"),
    ],
)
def test_annotations_per_flavour(type_ref: TypeRef, params: str, models: str) -> None:
    assert annotation(type_ref, PARAMS) == params
    assert annotation(type_ref, MODELS) == models


def test_named_types_are_qualified_outside_the_types_package() -> None:
    assert annotation(named("Pet"), QUALIFIED_PARAMS) == "params.Pet"
    assert annotation(named("Pet"), QUALIFIED_MODELS) == "models.Pet"
    assert (
        annotation(TypeRef("list", items=(named("Pet"),)), QUALIFIED_MODELS) == "list[models.Pet]"
    )


def test_nullable_adds_none_except_where_it_is_already_there() -> None:
    assert annotation(TypeRef("str", nullable=True), MODELS) == "str | None"
    assert annotation(TypeRef("any", nullable=True), MODELS) == "typing.Any"
    assert annotation(TypeRef("none", nullable=True), MODELS) == "None"
    nullable_list = TypeRef("list", items=(TypeRef("int", nullable=True),), nullable=True)
    assert annotation(nullable_list, MODELS) == "list[int | None] | None"


def test_literals_are_python_literals_of_the_values() -> None:
    literal = TypeRef("literal", literals=('say "hi"', "a\nb"))
    assert annotation(literal, PARAMS) == 'typing.Literal["say \\"hi\\"", "a\\nb"]'


DISCRIMINATED = TypeRef(
    "union",
    items=(named("Cat"), named("Dog")),
    discriminator="kind",
    tags=(("cat", "kitty"), ("dog",)),
)


def test_a_discriminated_union_lets_pydantic_pick_by_the_property_in_models() -> None:
    assert annotation(DISCRIMINATED, QUALIFIED_MODELS) == (
        'typing.Annotated[typing.Annotated[models.Cat, pydantic.Tag("0")] | '
        'typing.Annotated[models.Dog, pydantic.Tag("1")], '
        'pydantic.Discriminator(discriminate_by("kind", {"cat": "0", "kitty": "0", "dog": "1"}))]'
    )
    # A caller's TypedDict needs no discriminator: a plain union.
    assert annotation(DISCRIMINATED, QUALIFIED_PARAMS) == "params.Cat | params.Dog"


def test_an_unknown_kind_is_a_bug_not_a_silent_any() -> None:
    with pytest.raises(ValueError, match="unknown type kind 'tuple'"):
        annotation(TypeRef("tuple"), PARAMS)  # type: ignore[arg-type]


def test_needs_of_each_kind() -> None:
    assert needs(STR, "models") == Needs()
    assert needs(TypeRef("any"), "models") == Needs(typing=True)
    assert needs(TypeRef("literal", literals=("a",)), "params") == Needs(typing=True)
    assert needs(TypeRef("date"), "params") == Needs(datetime=True)
    assert needs(TypeRef("file"), "params") == Needs(runtime=frozenset({"FileInput"}))
    assert needs(TypeRef("bytes"), "params") == Needs(runtime=frozenset({"FileContent"}))
    assert needs(TypeRef("bytes"), "models") == Needs()
    assert needs(TypeRef("base64"), "models") == Needs(runtime=frozenset({"Base64Bytes"}))
    assert needs(TypeRef("base64"), "params") == Needs()
    assert needs(named("Pet"), "models") == Needs(named=frozenset({("pet", "Pet")}))


def test_needs_collect_through_containers() -> None:
    type_ref = TypeRef(
        "dict",
        items=(
            TypeRef("list", items=(TypeRef("union", items=(named("Pet"), TypeRef("datetime"))),)),
        ),
    )
    assert needs(type_ref, "models") == Needs(datetime=True, named=frozenset({("pet", "Pet")}))


def test_a_discriminated_union_needs_pydantic_and_the_runtimes_chooser_in_models_only() -> None:
    assert needs(DISCRIMINATED, "models") == Needs(
        typing=True,
        pydantic=True,
        runtime=frozenset({"discriminate_by"}),
        named=frozenset({("cat", "Cat"), ("dog", "Dog")}),
    )
    assert needs(DISCRIMINATED, "params") == Needs(
        named=frozenset({("cat", "Cat"), ("dog", "Dog")})
    )


def test_needs_combine() -> None:
    combined = Needs(typing=True, runtime=frozenset({"A"})) | Needs(
        datetime=True, runtime=frozenset({"B"}), named=frozenset({("m", "M")})
    )
    assert combined == Needs(
        typing=True, datetime=True, runtime=frozenset({"A", "B"}), named=frozenset({("m", "M")})
    )
