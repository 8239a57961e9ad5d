"""Sample values for the docs where the spec gives no example: values their schema accepts."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from support.model import resolver_of

from generator.build.samples import Samples, examples_of
from generator.model.api import TypeRef
from generator.spec.refs import Ref

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Video": {
                "type": "object",
                "properties": {"video_file_path": {"type": "string", "example": "assets/1.mp4"}},
            }
        }
    },
}


def sample(schema: Any, name: str = "value") -> tuple[bool, Any]:
    return Samples(resolver_of(SPEC)).scalar(schema, name)


@pytest.mark.parametrize(
    ("schema", "name", "value"),
    [
        ({"type": "string", "default": "auto"}, "mode", "auto"),
        ({"type": "string", "enum": ["b", "a"]}, "mode", "b"),
        ({"type": "string"}, "video_file_path", "assets/1.mp4"),  # borrowed, by name
        ({"type": "string", "format": "date-time"}, "value", "2024-01-15T09:30:00Z"),
        ({"type": "string", "format": "uri"}, "value", "https://example.com"),
        ({"type": "string", "format": "uuid"}, "value", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        ({"type": "string"}, "callback_url", "https://example.com"),
        ({"type": "string"}, "contactEmail", "user@example.com"),
        ({"type": "string"}, "user_id", "id_abc123"),
        ({"type": "string"}, "created_at", "2024-01-15T09:30:00Z"),
        ({"type": "string"}, "colour", "example"),
        ({"type": "string", "minLength": 10}, "colour", "exampleexa"),
        ({"type": "string", "maxLength": 3}, "colour", "exa"),
        ({"type": "integer"}, "count", 1),
        ({"type": "integer", "minimum": 5}, "count", 5),
        ({"type": "integer", "minimum": 5, "exclusiveMinimum": True}, "count", 6),
        ({"type": "number", "maximum": 0.5}, "ratio", 0.5),
        ({"type": "integer", "minimum": 7, "multipleOf": 5}, "count", 10),
        ({"type": "boolean"}, "flag", True),
    ],
)
def test_a_sample_is_the_first_candidate_its_schema_accepts(
    schema: dict[str, Any], name: str, value: Any
) -> None:
    assert sample(schema, name) == (True, value)


def test_a_default_that_breaks_the_schema_is_passed_over() -> None:
    assert sample({"type": "integer", "default": 0, "minimum": 1}) == (True, 1)


def test_a_check_remembered_for_one_value_is_not_taken_for_an_equal_value_of_another_type() -> None:
    samples = Samples(resolver_of(SPEC))
    assert samples.scalar({"type": "integer", "minimum": 0, "default": 1}, "n") == (True, 1)
    # True == 1 in Python, but JSON Schema's integer is no boolean: the default is passed over.
    found, value = samples.scalar({"type": "integer", "minimum": 0, "default": True}, "n")
    assert found and value is not True and value == 1


def test_a_sample_found_once_is_found_again_only_for_the_same_name_and_schema() -> None:
    samples = Samples(resolver_of(SPEC))
    assert samples.scalar({"type": "string", "description": "A"}, "colour") == (True, "example")
    assert samples.scalar({"type": "string", "description": "B"}, "colour") == (True, "example")
    assert samples.scalar({"type": "string", "default": "red"}, "colour") == (True, "red")
    assert samples.scalar({"type": "string"}, "user_id") == (True, "id_abc123")


def test_a_pattern_gives_a_matching_string_the_same_on_every_run() -> None:
    schema = {"type": "string", "pattern": "^#[0-9A-F]{6}$"}
    found, value = sample(schema)
    assert found and OAS30Validator(schema).is_valid(value)
    assert sample(schema) == (True, value)


def test_a_pattern_python_cannot_read_falls_back_to_the_other_candidates() -> None:
    # `\p{L}` is ECMA-262 (with the u flag), not Python's `re`: nothing can judge a value against
    # it here, so the value fits the type and the name, as a schema without the pattern would.
    assert sample({"type": "string", "pattern": "^\\p{L}+$"}) == (True, "example")
    assert sample({"type": "string", "pattern": "(?<x"}, "name") == (True, "Example name")


def test_objects_arrays_and_unsatisfiable_schemas_have_no_sample() -> None:
    assert sample({"type": "object"}) == (False, None)
    assert sample({"type": "array", "items": {"type": "string"}}) == (False, None)
    assert sample({"type": "string", "enum": [1]}) == (False, None)
    assert sample({"type": "integer", "minimum": 3, "maximum": 2}) == (False, None)


def test_a_nullable_31_type_list_is_sampled_as_its_type() -> None:
    spec = {**SPEC, "openapi": "3.1.0"}
    assert Samples(resolver_of(spec)).scalar({"type": ["string", "null"]}, "user_id") == (
        True,
        "id_abc123",
    )


def test_file_contents_have_no_sample_whatever_the_schema_says() -> None:
    samples = Samples(resolver_of(SPEC))
    # 3.1 writes a file part as `contentMediaType`, with no format: the SDK's type tells.
    schema = {"type": "string", "contentMediaType": "application/octet-stream"}
    assert samples.of(schema, "file", TypeRef("file")) == (False, None)
    nullable = TypeRef("union", items=(TypeRef("bytes"), TypeRef("none")))
    assert samples.of(schema, "file", nullable) == (False, None)
    assert samples.of({"type": "number"}, "ratio", TypeRef("float")) == (True, 1.0)


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "array", "items": {"type": "string", "format": "uuid"}}, [UUID]),
        ({"type": "array", "minItems": 2, "items": {"type": "integer", "minimum": 3}}, [3, 3]),
        ({"type": "array", "items": {"$ref": "#/components/schemas/Code"}}, ["AB"]),
    ],
)
def test_an_array_of_scalars_has_as_many_sampled_items_as_it_needs(
    schema: dict[str, Any], value: list[Any]
) -> None:
    spec = {**SPEC, "components": {"schemas": {"Code": {"type": "string", "pattern": "^AB$"}}}}
    samples = Samples(resolver_of(spec))
    at = Ref(samples.resolver.root.path.resolve(), "/components/schemas/X/properties/codes")
    item = TypeRef("int") if value and isinstance(value[0], int) else TypeRef("str")
    assert samples.of(schema, "codes", TypeRef("list", items=(item,)), at) == (True, value)


@pytest.mark.parametrize(
    ("items", "value"),
    [
        # Discord's bulk delete: two to a hundred different snowflakes.
        ({"type": "string", "pattern": "^(0|[1-9][0-9]*)$"}, ["0", "748764", "812201868"]),
        ({"type": "string"}, ["example", "string", "example2"]),
        ({"type": "integer", "minimum": 5, "multipleOf": 5}, [5, 10, 15]),
        ({"type": "string", "enum": ["a", "b", "c", "d"]}, ["a", "b", "c"]),
    ],
)
def test_an_array_whose_items_must_differ_has_different_samples(
    items: dict[str, Any], value: list[Any]
) -> None:
    schema = {"type": "array", "minItems": 3, "uniqueItems": True, "items": items}
    item = TypeRef("int") if isinstance(value[0], int) else TypeRef("str")
    samples = Samples(resolver_of(SPEC))
    assert samples.of(schema, "tags", TypeRef("list", items=(item,))) == (True, value)


def test_an_array_whose_items_must_differ_beyond_what_its_schema_allows_has_no_sample() -> None:
    schema = {"type": "array", "minItems": 3, "uniqueItems": True, "items": {"type": "boolean"}}
    samples = Samples(resolver_of(SPEC))
    assert samples.of(schema, "flags", TypeRef("list", items=(TypeRef("bool"),))) == (False, None)


def test_examples_found_part_by_part_are_those_of_the_whole_walk_in_its_order() -> None:
    prop = {"type": "string"}
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/b": {"x-skip": {"properties": {"id": {**prop, "example": "x"}}}},
            "/a": {"get": {"properties": {"id": {**prop, "example": "a"}}}},
        },
        "components": {
            "schemas": {
                "Z": {"properties": {"id": {**prop, "example": "z"}}},
                "Y": {"properties": {"id": {**prop, "example": "y"}, "n": {"example": 1}}},
            },
        },
    }
    whole = Samples(resolver_of(spec))
    parts = Samples(resolver_of(spec))
    document = parts.resolver.root.data
    given = [document["paths"]["/a"], document["components"]["schemas"]["Y"]]
    parts.load_examples({id(part): examples_of(part) for part in given})
    for name in ("id", "n", "other"):
        assert parts.examples_named(name) == whole.examples_named(name)
    assert whole.examples_named("id") == ["y", "z", "a"]  # components, then paths; sorted


def test_the_last_runs_verdicts_spare_the_validator_and_only_those_used_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A regeneration that builds a step again judges its values as the last run did without
    loading the validator; what it keeps for the next run is what it used."""
    first = Samples(resolver_of(SPEC))
    assert first.scalar({"type": "integer", "minimum": 5}, "count") == (True, 5)
    known = first.verdicts()
    assert known and set(known.values()) <= {True, False}

    again = Samples(resolver_of(SPEC))
    again.load_verdicts({**known, '[{"type":"string"},"stale"]': True})

    def refused(schema: Any, value: Any) -> bool:
        raise AssertionError("the validator was asked")

    monkeypatch.setattr(again, "_validates", refused)
    assert again.scalar({"type": "integer", "minimum": 5}, "count") == (True, 5)
    assert again.verdicts() == known  # the stale verdict, not used, is not kept

