"""Comparing two types as the SDK annotates them: same, narrowed, widened, changed, nullable."""

from __future__ import annotations

import pytest
from support.model import INT, STR, named

from generator.diff.types import (
    INPUT_BREAKS,
    OUTPUT_BREAKS,
    Atom,
    TypeComparer,
    atoms,
    erase_literals,
    literal_values,
    value_tag,
)
from generator.model.api import TypeRef

FLOAT, ANY = TypeRef("float"), TypeRef("any")
COMPARER = TypeComparer({"models": {}, "params": {}})


def lit(*values: str | int | float | bool) -> TypeRef:
    return TypeRef("literal", literals=values)


def union(*items: TypeRef) -> TypeRef:
    return TypeRef("union", items=items)


def nullable(type_ref: TypeRef) -> TypeRef:
    return TypeRef(
        type_ref.kind, type_ref.literals, type_ref.items, type_ref.name, type_ref.module, True
    )


@pytest.mark.parametrize(
    ("old", "new", "delta"),
    [
        (STR, STR, "same"),
        (INT, FLOAT, "widened"),  # an int is a float
        (FLOAT, INT, "narrowed"),
        (INT, STR, "changed"),
        (STR, union(STR, INT), "widened"),
        (union(STR, INT), STR, "narrowed"),
        (STR, ANY, "widened"),
        (ANY, STR, "narrowed"),
        (STR, nullable(STR), "nullable"),
        (nullable(STR), STR, "narrowed"),
        (INT, nullable(FLOAT), "widened"),  # more than None was added
        (lit("a"), lit("a", "b"), "same"),  # response enums are open: `Literal[...] | str`
        (lit(1), FLOAT, "widened"),
        (TypeRef("list", items=(INT,)), TypeRef("list", items=(FLOAT,)), "widened"),
        (TypeRef("dict", items=(STR,)), TypeRef("dict", items=(INT,)), "changed"),
        (TypeRef("list", items=(INT,)), TypeRef("dict", items=(INT,)), "changed"),
        (named("Pet"), named("Pet"), "same"),
        (named("Pet"), named("Dog"), "changed"),
        (TypeRef("uuid"), STR, "same"),
    ],
)
def test_delta_of_model_types(old: TypeRef, new: TypeRef, delta: str) -> None:
    assert COMPARER.delta(old, new, "models") == delta


@pytest.mark.parametrize(
    ("old", "new", "delta"),
    [
        (lit("a"), lit("a", "b"), "widened"),
        (lit("a", "b"), lit("a"), "narrowed"),
        (lit("a"), STR, "widened"),
        (lit(1), lit(True), "changed"),  # 1 and True are different values
        (STR, TypeRef("datetime"), "widened"),  # a caller may pass an ISO string or a datetime
        (TypeRef("datetime"), STR, "narrowed"),
    ],
)
def test_delta_of_params_types(old: TypeRef, new: TypeRef, delta: str) -> None:
    assert COMPARER.delta(old, new, "params") == delta


def test_a_date_is_not_a_string_in_a_response() -> None:
    assert COMPARER.delta(STR, TypeRef("datetime"), "models") == "changed"


def test_renamed_classes_are_the_same_class() -> None:
    renamed = TypeComparer({"models": {"Item": "Record"}, "params": {}})
    assert renamed.delta(named("Item"), named("Record"), "models") == "same"
    assert (
        renamed.delta(
            TypeRef("list", items=(named("Item"),)),
            TypeRef("list", items=(named("Record"),)),
            "models",
        )
        == "same"
    )
    assert renamed.canonical(named("Item"), "models") == TypeRef("named", name="Record")
    assert renamed.delta(named("Item"), named("Record"), "params") == "changed"


def test_what_breaks_inputs_and_outputs() -> None:
    # An input may accept more; an output may promise less.
    assert INPUT_BREAKS == {"narrowed": True, "widened": False, "changed": True, "nullable": False}
    assert OUTPUT_BREAKS == {"narrowed": False, "widened": True, "changed": True, "nullable": True}


def test_enum_change_lists_values_added_and_removed() -> None:
    assert COMPARER.enum_change(lit("a", "b"), lit("b", "c", 1), "params") == (
        '`"c"`, `1`',
        '`"a"`',
    )
    assert COMPARER.enum_change(lit("a"), lit("a"), "params") is None
    assert COMPARER.enum_change(lit("a"), STR, "params") is None  # not only the values differ
    assert COMPARER.enum_change(nullable(lit("a")), lit("a", "b"), "params") is None


def test_atoms_of_a_type() -> None:
    assert atoms(nullable(union(STR, lit("x"))), "models") == [
        Atom("none"),
        Atom("str"),
        Atom("literal", "x"),
        Atom("str"),
    ]
    assert atoms(TypeRef("date"), "params") == [Atom("date"), Atom("str")]
    assert atoms(TypeRef("list", items=(INT,)), "models") == [Atom("list", item=INT)]


def test_literal_values_keep_one_and_true_apart() -> None:
    assert value_tag(True) == "bool" and value_tag(1) == "int"
    assert literal_values(union(lit(1, True), lit("1"))) == {
        ("int", 1): "1",
        ("bool", True): "True",
        ("str", "1"): '"1"',
    }
    assert erase_literals(union(lit(1), STR)) == union(lit(), STR)
