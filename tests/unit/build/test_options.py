"""Which option of a `oneOf` the docs' example uses: the first whose example only it accepts."""

from __future__ import annotations

from typing import Any

from support.model import resolver_of

from generator.build.options import Choice, ExampleOptions
from generator.build.samples import Samples
from generator.spec.refs import Ref

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Password": {
                "type": "object",
                "required": ["method", "password"],
                "properties": {"method": {"type": "string"}, "password": {"type": "string"}},
            },
            "Passkey": {
                "type": "object",
                "required": ["method"],
                "properties": {"method": {"type": "string"}},
            },
            "Leaf": {
                "type": "object",
                "required": ["a"],
                "properties": {"a": {"type": "integer", "minimum": 3}, "b": {"example": "x"}},
            },
        }
    },
}


def options() -> ExampleOptions:
    resolver = resolver_of(SPEC)
    return ExampleOptions(resolver, Samples(resolver))


def at(pointer: str) -> Ref:
    return Ref(resolver_of(SPEC).root.path, pointer)


UNION = {
    "oneOf": [
        {"$ref": "#/components/schemas/Password"},
        {"$ref": "#/components/schemas/Passkey"},
    ],
    "discriminator": {"propertyName": "method"},
}


def test_the_first_option_whose_example_only_it_accepts_is_chosen() -> None:
    choice = options().choose(UNION, at("/x"), "oneOf", ["password", "passkey"])
    # {"method": "password", "password": …} is valid under Passkey too; {"method": "passkey"}
    # lacks the password Password requires.
    assert choice is not None and (choice.option, choice.told_apart) == (1, True)


def test_an_option_told_apart_as_text_too_is_preferred() -> None:
    """GitHub's `workflow_id`: an integer or a file name. `42` sent in a path is read as an
    integer and as a string, so a server checking `oneOf` refuses it; a name is only a string."""
    union = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    choice = options().choose(union, at("/x"), "oneOf", [None, None])
    assert choice == Choice(1, True)


def test_options_no_example_tells_apart_are_reported_as_such() -> None:
    copy = {"type": "object", "required": ["method"], "properties": {"method": {"type": "string"}}}
    same = {"oneOf": [{"$ref": "#/components/schemas/Passkey"}, copy]}
    choice = options().choose(same, at("/x"), "oneOf", [None, None])
    assert choice is not None and (choice.option, choice.told_apart) == (0, False)


def test_null_options_are_not_examples() -> None:
    nullable = {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Leaf"}]}
    choice = options().choose(nullable, at("/x"), "oneOf", [None, None])
    assert choice is not None and (choice.option, choice.told_apart) == (1, True)


def test_an_example_value_holds_required_properties_and_the_specs_examples() -> None:
    value = options().value({"$ref": "#/components/schemas/Leaf"}, at("/x"), "leaf")
    assert value == {"a": 3, "b": "x"}


def test_an_array_whose_items_must_differ_has_different_items() -> None:
    schema = {"type": "array", "minItems": 2, "uniqueItems": True, "items": {"type": "string"}}
    assert options().value(schema, at("/x"), "tags") == ["example", "string"]
