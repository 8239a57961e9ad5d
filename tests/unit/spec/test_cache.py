"""Validation by units: a part that passed is not validated again while it and everything its
`$ref`s reach are unchanged; anything in doubt validates the whole document, so every error is
the one a cold run reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.spec import cache as units
from generator.spec import validate as validate_module
from generator.spec.load import Document
from generator.spec.validate import Validation, validate_document

INFO = {"title": "x", "version": "1"}


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": INFO,
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [{"$ref": "#/components/parameters/ThingId"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            },
            "/other": {"get": {"operationId": "other", "responses": {"204": {"description": "x"}}}},
            "x-note": {"anything": True},
        },
        "components": {
            "parameters": {
                "ThingId": {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            },
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"tag": {"$ref": "#/components/schemas/Tag"}},
                },
                "Tag": {"type": "string"},
            },
        },
    }


SPEC = Path("spec.yaml")


def validate(data: dict[str, Any], folder: Path | None) -> Validation:
    cache = units.ValidationCache(folder) if folder is not None else None
    return validate_document(Document(SPEC, data), cache=cache)


def entries(folder: Path) -> set[str]:
    """The keys remembered for the document."""
    return units.ValidationCache(folder).passed()


def cold_error(data: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as caught:
        validate(data, None)
    return caught.value


def warm_error(data: dict[str, Any], folder: Path) -> SpecError:
    with pytest.raises(SpecError) as caught:
        validate(data, folder)
    return caught.value


def test_units_are_path_items_and_component_entries_and_the_skeleton_keeps_the_rest() -> None:
    data = spec()
    found = units.units_of(data)
    assert set(found) == {
        ("paths", "/things/{id}"),
        ("paths", "/other"),
        ("components", "parameters", "ThingId"),
        ("components", "schemas", "Thing"),
        ("components", "schemas", "Tag"),
    }
    skeleton = units.skeleton_of(data, found)
    assert skeleton["paths"] == {"x-note": {"anything": True}}
    assert skeleton["components"] == {"parameters": {}, "schemas": {}}
    assert data["components"]["schemas"]  # the document itself is untouched


def test_each_unit_passes_once_and_an_unchanged_document_adds_nothing(tmp_path: Path) -> None:
    assert validate(spec(), tmp_path).version == "3.0"
    first = entries(tmp_path)
    assert len(first) == 6  # five units and the skeleton
    validate(spec(), tmp_path)
    assert entries(tmp_path) == first


def test_to_check_counts_the_units_not_remembered_as_passing(tmp_path: Path) -> None:
    remembered = units.ValidationCache(tmp_path)
    assert units.to_check(spec(), remembered) == 5
    validate(spec(), tmp_path)
    assert units.to_check(spec(), remembered) == 0
    changed = spec()
    changed["components"]["schemas"]["Tag"]["description"] = "a tag"
    assert units.to_check(changed, remembered) == 3
    elsewhere = spec()
    elsewhere["paths"]["/other"] = {"$ref": "other.yaml#/item"}
    assert units.to_check(elsewhere, remembered) is None  # the whole walk decides
    assert units.to_check({"swagger": "2.0"}, remembered) is None


def test_a_change_reaches_the_units_that_refer_to_it(tmp_path: Path) -> None:
    validate(spec(), tmp_path)
    before = entries(tmp_path)
    changed = spec()
    changed["components"]["schemas"]["Tag"]["description"] = "a tag"
    validate(changed, tmp_path)
    # Tag itself, Thing (refers to Tag) and the path item (refers to Thing): three new keys.
    assert len(entries(tmp_path) - before) == 3


def test_the_cache_keeps_the_most_recent_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(units, "MAX_KEYS", 7)
    validate(spec(), tmp_path)
    first = entries(tmp_path)
    changed = spec()
    changed["components"]["schemas"]["Tag"]["description"] = "a tag"
    validate(changed, tmp_path)
    # The five keys of the present version, then two of the five before it that differ.
    latest = entries(tmp_path)
    assert len(latest) == 7 and len(latest & first) == 2 + 2


def test_a_remembered_unit_is_not_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    validate(spec(), tmp_path)
    checked: list[tuple[str, ...]] = []
    original = units.alone

    def watched(data: dict[str, Any], unit: tuple[str, ...], value: Any) -> dict[str, Any]:
        checked.append(unit)
        return original(data, unit, value)

    monkeypatch.setattr(units, "alone", watched)
    changed = spec()
    changed["paths"]["/other"]["get"]["summary"] = "changed"
    validate(changed, tmp_path)
    assert checked == [("paths", "/other")]


def test_an_unreadable_cache_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    assert validate(spec(), blocked).version == "3.0"
    assert validate(spec(), blocked).version == "3.0"


def test_a_unit_broken_only_through_what_it_refers_to_is_validated_again(tmp_path: Path) -> None:
    validate(spec(), tmp_path)
    broken = spec()
    # Valid alone, but the path item's `{id}` is then declared by no parameter.
    broken["components"]["parameters"]["ThingId"]["name"] = "other"
    assert str(warm_error(broken, tmp_path)) == str(cold_error(broken))


def test_an_error_in_a_unit_is_the_error_of_the_whole_document(tmp_path: Path) -> None:
    validate(spec(), tmp_path)
    broken = spec()
    broken["paths"]["/other"]["get"]["responses"] = {"204": {}}
    error = warm_error(broken, tmp_path)
    assert error.location == cold_error(broken).location
    assert str(error) == str(cold_error(broken))


def test_an_operation_id_used_twice_across_remembered_units_is_refused(tmp_path: Path) -> None:
    validate(spec(), tmp_path)
    twice = spec()
    twice["paths"]["/other"]["get"]["operationId"] = "getThing"
    assert "is not unique" in str(warm_error(twice, tmp_path))
    assert str(warm_error(twice, tmp_path)) == str(cold_error(twice))


def test_a_unit_that_refers_to_another_file_or_outside_units_is_not_remembered() -> None:
    data = spec()
    data["components"]["schemas"]["Thing"]["properties"]["tag"] = {"$ref": "other.yaml#/Tag"}
    data["components"]["schemas"]["Tag"] = {"$ref": "#/x-shared/Tag"}
    keys = units.ValidationCache(Path("unused")).keys(data, units.units_of(data))
    assert keys[("components", "schemas", "Thing")] is None
    assert keys[("components", "schemas", "Tag")] is None
    assert keys[("paths", "/things/{id}")] is None  # through Thing
    assert keys[("paths", "/other")] is not None


def test_keys_depend_on_the_openapi_version(tmp_path: Path) -> None:
    data = spec()
    other = spec()
    other["openapi"] = "3.0.2"
    cache = units.ValidationCache(tmp_path)
    assert cache.keys(data, units.units_of(data)) != cache.keys(other, units.units_of(other))


def test_a_remembered_document_builds_no_validator(tmp_path: Path) -> None:
    """Everything remembered: the skeleton and every unit pass without the validator walking
    the document (building one costs more than all the rest of a warm run)."""
    cache = units.ValidationCache(tmp_path)
    validate(spec(), tmp_path)
    built: list[object] = []

    def validator_class() -> object:
        built.append("asked")
        raise AssertionError("a validator class was asked for")

    assert units.passes(validator_class, spec(), "file:///spec.yaml", cache)
    assert built == []


def test_keys_of_units_that_refer_to_each_other_commit_to_all_their_contents() -> None:
    data = spec()
    schemas = data["components"]["schemas"]
    schemas["Tag"]["properties"] = {"thing": {"$ref": "#/components/schemas/Thing"}}  # a cycle
    cache = units.ValidationCache(Path("unused"))
    before = cache.keys(data, units.units_of(data))
    schemas["Tag"]["description"] = "changed"
    after = units.ValidationCache(Path("unused")).keys(data, units.units_of(data))
    changed = {unit for unit in before if before[unit] != after[unit]}
    # Thing and Tag reach each other; the operation that uses Thing reaches both.
    assert changed == {
        ("components", "schemas", "Tag"),
        ("components", "schemas", "Thing"),
        ("paths", "/things/{id}"),
    }
    assert cache.keys(data, units.units_of(data)) == after  # asked again: the same keys


def test_operation_ids_are_listed_in_document_order() -> None:
    assert units.operation_ids(spec()["paths"]) == ["getThing", "other"]


def test_a_document_with_warnings_gives_them_on_every_run(tmp_path: Path) -> None:
    """A problem the SDK is built around (a warning, the document repaired) is never
    remembered as a pass: the warm run warns and repairs exactly as the cold one."""
    data = spec()
    data["components"]["schemas"]["Tag"]["example"] = 5  # not a string
    cold = validate(spec_with_example := data, None)
    assert [f.message for f in cold.warnings] and "example" not in spec_with_example["components"][
        "schemas"
    ]["Tag"]
    for _ in range(2):
        again = spec()
        again["components"]["schemas"]["Tag"]["example"] = 5
        warm = validate(again, tmp_path)
        assert warm == cold and "example" not in again["components"]["schemas"]["Tag"]


def test_a_path_item_from_another_file_validates_the_whole_document(tmp_path: Path) -> None:
    data = spec()
    data["paths"]["/elsewhere"] = {"$ref": "items.yaml#/Elsewhere"}
    keys = units.ValidationCache(tmp_path).keys(data, units.units_of(data))
    assert keys[("paths", "/elsewhere")] is None
    cache = units.ValidationCache(tmp_path)
    assert not units.passes(lambda: object, data, "file:///spec.yaml", cache)


def test_a_unit_that_did_not_pass_is_not_checked_beside_the_build_while_it_is_unchanged(
    tmp_path: Path,
) -> None:
    """A unit with a warning fails every check while it is unchanged: a document changed
    elsewhere (a one-word edit of a large spec that has warnings) starts no check beside the
    build, which could only fail, and its units are checked in order."""

    def warned(description: str) -> dict[str, Any]:
        doc = spec()
        doc["components"]["schemas"]["Tag"]["default"] = 5  # of the wrong type: warned, dropped
        doc["components"]["schemas"]["Thing"]["description"] = description
        return doc

    first = validate(warned("before"), tmp_path)
    remembered = units.ValidationCache(tmp_path)
    assert units.to_check(warned("after"), remembered) is None

    def validator_class() -> object:
        raise AssertionError("a unit was checked")

    assert not units.passes(validator_class, warned("after"), "file:///spec.yaml", remembered)
    again = validate(warned("after"), tmp_path)
    assert [str(w) for w in again.warnings] == [str(w) for w in first.warnings]


def test_a_document_with_a_warning_is_checked_again_only_where_it_did_not_pass(
    tmp_path: Path,
) -> None:
    """The units that pass are remembered beside one that warns: the next run checks only the
    unit that warned (and what reaches it), and warns exactly as the first."""

    def warned() -> dict[str, Any]:
        doc = spec()
        doc["components"]["schemas"]["Tag"]["default"] = 5  # of the wrong type: warned, dropped
        return doc

    first = validate(warned(), tmp_path)
    assert first.warnings
    remembered = units.ValidationCache(tmp_path)
    assert units.to_check(warned(), remembered) is None  # no unit check to run beside the build
    assert units.to_check(spec(), remembered) is not None  # another document is not affected
    data = warned()
    keys = remembered.keys(data, units.units_of(data))
    # Tag warns; Thing and the operation reach it; the rest passed and is remembered.
    unchecked = {unit for unit, key in keys.items() if key in entries(tmp_path)}
    assert unchecked == {("paths", "/other"), ("components", "parameters", "ThingId")}
    again = validate(warned(), tmp_path)
    assert [str(w) for w in again.warnings] == [str(w) for w in first.warnings]


def test_a_path_with_a_hash_in_its_key_is_checked_as_a_unit(tmp_path: Path) -> None:
    """The walker reads `#` as a separator in a path it is given as text (Mistral writes
    `/v1/conversations#stream`): the unit is found by its key, checked, and remembered."""
    data = spec()
    data["paths"]["/things#stream"] = data["paths"].pop("/other")
    first = validate(data, tmp_path)
    keys = units.ValidationCache(tmp_path).keys(data, units.units_of(data))
    assert keys[("paths", "/things#stream")] in entries(tmp_path)
    assert validate(data, tmp_path) == first


def test_keys_asked_again_follow_a_change_made_in_place() -> None:
    """A run asks for the keys more than once, and repairs change the document in place in
    between: what is remembered is the content, not the objects."""
    data = spec()
    cache = units.ValidationCache(None)
    before = cache.keys(data, units.units_of(data))
    data["components"]["schemas"]["Tag"]["maxLength"] = 3  # nested, in place
    after = cache.keys(data, units.units_of(data))
    assert before[("components", "schemas", "Tag")] != after[("components", "schemas", "Tag")]
    assert before[("paths", "/other")] == after[("paths", "/other")]


def _warned_tag(description: str = "") -> dict[str, Any]:
    doc = spec()
    doc["components"]["schemas"]["Tag"]["default"] = 5  # of the wrong type: warned, dropped
    doc["components"]["schemas"]["Thing"]["description"] = description
    return doc


def test_a_unit_that_warned_gives_its_problems_again_without_a_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remembered with its problems (place, message, repair), a unit that warned is not
    checked again while it is unchanged: the warm run warns and repairs as the cold one."""
    cold_doc = _warned_tag()
    cold = validate(cold_doc, None)
    validate(_warned_tag(), tmp_path)
    data = _warned_tag()
    keys = units.ValidationCache(tmp_path).keys(data, units.units_of(data))
    # Tag's problem, Thing's (it finds Tag's by its own route), and the operation's: its check
    # skipped Thing (Thing's check reported its problem), so it was checked alone as well.
    failed = units.ValidationCache(tmp_path).failed()
    assert set(failed) == {
        keys[unit]
        for unit in (("components", "schemas", "Tag"), ("components", "schemas", "Thing"))
    } | {keys["paths", "/things/{id}"]}

    def no_check(*args: object) -> object:
        raise AssertionError("a unit was checked")

    monkeypatch.setattr(validate_module, "_units_validator", no_check)
    warm = validate(data, tmp_path)
    assert warm == cold
    assert data == cold_doc and "default" not in data["components"]["schemas"]["Tag"]


def test_units_checked_beside_a_remembered_one_find_its_problems_once(tmp_path: Path) -> None:
    """Thing reaches Tag: checked again after an edit, its check finds Tag's problem, which
    Tag (remembered, not checked) gives too; it is said once, where a cold run says it."""
    validate(_warned_tag(), tmp_path)
    for description in ("edited", "edited again"):
        warm_doc, cold_doc = _warned_tag(description), _warned_tag(description)
        assert validate(warm_doc, tmp_path) == validate(cold_doc, None)
        assert warm_doc == cold_doc


@pytest.mark.parametrize("damage", ["", "{", "[1]", '{"k": [[1, 2]]}', "\udcff"])
def test_remembered_problems_that_cannot_be_read_are_found_again(
    tmp_path: Path, damage: str
) -> None:
    cold = validate(_warned_tag(), None)
    validate(_warned_tag(), tmp_path)
    failed = tmp_path / "failed.json"
    data = _warned_tag()
    key = units.ValidationCache(tmp_path).keys(data, units.units_of(data))[
        ("components", "schemas", "Tag")
    ]
    text = damage.replace('"k"', f'"{key}"')
    failed.write_bytes(text.encode("utf-8", "surrogateescape"))
    assert validate(data, tmp_path) == cold
