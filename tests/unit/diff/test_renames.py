"""Classes renamed between two specs: the same structure under a new name, in the same place."""

from __future__ import annotations

from support.model import INT, STR, api, field, named, object_type, operation, resource, response

from generator.diff.renames import find_renames, shape
from generator.diff.sides import Side
from generator.model.api import ObjectType, TypeRef


def side(*types: ObjectType, returned: tuple[str, ...] = ()) -> Side:
    """An API with `types`; `returned` are those the operations `GET /1`, `GET /2`... return."""
    operations = tuple(
        operation(f"get{number}", path=f"/{number}", success=response("200", named(name)))
        for number, name in enumerate(returned, 1)
    )
    return Side(api(resource("things", operations=operations), object_types=types))


def test_a_class_with_the_same_fields_under_a_new_name_is_a_rename() -> None:
    old = side(
        object_type("Item", field("id", required=True), field("n", INT)),
        object_type("Gone", field("x")),
        returned=("Item", "Gone"),
    )
    new = side(
        object_type("Record", field("id", required=True), field("n", INT)),
        object_type("Other", field("y")),
        returned=("Record", "Other"),
    )
    assert find_renames(old, new, "models") == {"Item": "Record"}
    assert find_renames(old, new, "params") == {}


def test_a_look_alike_in_another_place_is_not_a_rename() -> None:
    """Two unrelated `{message}` error bodies are not each other's renames."""
    old = side(object_type("Item", field("id")), returned=("Item",))
    new = side(object_type("Record", field("id")), returned=("Item2", "Record"))
    assert find_renames(old, new, "models") == {}


def test_a_class_held_by_a_renamed_class_s_field_is_renamed_too() -> None:
    old = side(
        object_type("Outer", field("inner", named("Inner"))),
        object_type("Inner", field("v")),
        returned=("Outer",),
    )
    new = side(
        object_type("Wrapper", field("inner", named("Content"))),
        object_type("Content", field("v")),
        returned=("Wrapper",),
    )
    assert find_renames(old, new, "models") == {"Outer": "Wrapper", "Inner": "Content"}


def test_a_changed_field_is_not_a_rename() -> None:
    old = side(object_type("Item", field("id", required=True)), returned=("Item",))
    for changed in (
        object_type("Record", field("id")),  # no longer required
        object_type("Record", field("id", INT, required=True)),  # another type
        object_type("Record", field("key", required=True)),  # another name
    ):
        assert find_renames(old, side(changed, returned=("Record",)), "models") == {}


def test_each_new_class_is_the_rename_of_one_old_class_at_most() -> None:
    old = side(object_type("A", field("x")), object_type("B", field("x")), returned=("A", "B"))
    new = side(object_type("C", field("x")), returned=("C", "C"))
    assert find_renames(old, new, "models") == {"A": "C"}


def test_shape_leaves_class_names_out_and_stops_at_recursion() -> None:
    node = side(object_type("Node", field("next", named("Node")), field("v", STR)))
    renamed = side(object_type("Tree", field("next", named("Tree")), field("v", STR)))
    assert shape(named("Node"), node, "models", ()) == shape(named("Tree"), renamed, "models", ())
    assert shape(named("Unknown"), node, "models", ()) == ("named", "Unknown", False)
    assert shape(TypeRef("literal", literals=(1,)), node, "models", ()) != shape(
        TypeRef("literal", literals=(True,)), node, "models", ()
    )
