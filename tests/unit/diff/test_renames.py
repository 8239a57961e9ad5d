"""Classes renamed between two specs: the same structure under a new name."""

from __future__ import annotations

from support.model import INT, STR, api, field, named, object_type

from generator.diff.renames import find_renames, shape
from generator.diff.sides import Side
from generator.model.api import TypeRef


def side(*types: object) -> Side:
    return Side(api(object_types=types))  # type: ignore[arg-type]


def test_a_class_with_the_same_fields_under_a_new_name_is_a_rename() -> None:
    old = side(
        object_type("Item", field("id", required=True), field("n", INT)),
        object_type("Gone", field("x")),
    )
    new = side(
        object_type("Record", field("id", required=True), field("n", INT)),
        object_type("Other", field("y")),
    )
    assert find_renames(old, new, "models") == {"Item": "Record"}
    assert find_renames(old, new, "params") == {}


def test_a_changed_field_is_not_a_rename() -> None:
    old = side(object_type("Item", field("id", required=True)))
    for changed in (
        object_type("Record", field("id")),  # no longer required
        object_type("Record", field("id", INT, required=True)),  # another type
        object_type("Record", field("key", required=True)),  # another name
    ):
        assert find_renames(old, side(changed), "models") == {}


def test_each_new_class_is_the_rename_of_one_old_class_at_most() -> None:
    old = side(object_type("A", field("x")), object_type("B", field("x")))
    new = side(object_type("C", field("x")))
    assert find_renames(old, new, "models") == {"A": "C"}


def test_shape_leaves_class_names_out_and_stops_at_recursion() -> None:
    node = side(object_type("Node", field("next", named("Node")), field("v", STR)))
    renamed = side(object_type("Tree", field("next", named("Tree")), field("v", STR)))
    assert shape(named("Node"), node, "models", ()) == shape(named("Tree"), renamed, "models", ())
    assert shape(named("Unknown"), node, "models", ()) == ("named", "Unknown", False)
    assert shape(TypeRef("literal", literals=(1,)), node, "models", ()) != shape(
        TypeRef("literal", literals=(True,)), node, "models", ()
    )
