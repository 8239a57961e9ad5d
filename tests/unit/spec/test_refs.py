"""`$ref` resolution: targets, values, chains with their siblings, and every bad reference
reported at the place that wrote it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import SpecError
from generator.spec import refs
from generator.spec.load import load_document
from generator.spec.refs import Ref, Resolver, jp_ref


def resolver_for(tmp_path: Path, data: dict[str, Any], **others: dict[str, Any]) -> Resolver:
    """A resolver rooted at tmp_path/spec.yaml; `others` are further files beside it."""
    for name, content in others.items():
        (tmp_path / name.replace("__", ".")).write_text(yaml.safe_dump(content), encoding="utf-8")
    root = tmp_path / "spec.yaml"
    root.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return Resolver(load_document(root))


def schemas(**named: Any) -> dict[str, Any]:
    return {"components": {"schemas": named}}


def at(resolver: Resolver, pointer: str = "") -> Ref:
    return Ref(resolver.root.path.resolve(), pointer)


def error_of(call: Any, *args: Any) -> SpecError:
    with pytest.raises(SpecError) as caught:
        call(*args)
    return caught.value


# -- where a reference points ---------------------------------------------------------------------


def test_a_local_reference_points_into_the_same_file(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, schemas(A={"type": "string"}))
    site = at(resolver, "/paths/x")
    assert resolver.target("#/components/schemas/A", site) == at(resolver, "/components/schemas/A")
    assert resolver.target("#", site) == at(resolver, "")


def test_another_file_is_relative_to_the_referring_one_and_percent_decoded(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {})
    site = Ref((tmp_path / "sub" / "a.yaml").resolve(), "/x")
    target = resolver.target("../my%20models.yaml#/Pet%20Shop", site)
    assert target == Ref((tmp_path / "my models.yaml").resolve(), "/Pet Shop")
    assert str(target) == "my models.yaml#/Pet Shop"


def test_a_file_named_again_from_the_same_file_is_the_same_and_outside_stays_refused(
    tmp_path: Path,
) -> None:
    spec_folder = tmp_path / "spec"
    spec_folder.mkdir()
    resolver = resolver_for(spec_folder, {"x": {}})
    site = at(resolver, "/x")
    inside = Ref((spec_folder / "b.yaml").resolve(), "/B")
    assert resolver.target("b.yaml#/B", site) == resolver.target("./b.yaml#/B", site) == inside
    assert resolver.target("b.yaml#/B", site) == inside
    for _ in range(2):
        assert "outside the spec's folder" in str(error_of(resolver.target, "../c.yaml#/C", site))


def test_a_remote_reference_is_refused_at_its_place(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {"x": {"$ref": "https://example.com/a.yaml#/A"}})
    error = error_of(resolver.target, "https://example.com/a.yaml#/A", at(resolver, "/x"))
    assert "remote $ref 'https://example.com/a.yaml#/A' is not followed" in error.message
    assert error.location is not None and error.location.pointer == "/x"


def test_a_fragment_that_is_not_a_pointer_is_refused(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {"x": 1})
    error = error_of(resolver.target, "#components/schemas/A", at(resolver, "/x"))
    assert "has a fragment that is not a JSON pointer" in error.message


# -- values -----------------------------------------------------------------------------------------


def test_get_walks_mappings_and_lists(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {"a": {"b/c": [10, {"d": "found"}]}})
    assert resolver.get(at(resolver, "/a/b~1c/1/d")) == "found"
    assert resolver.get(at(resolver, "/a/b~1c/0")) == 10


@pytest.mark.parametrize("pointer", ["/a/missing", "/a/list/2", "/a/list/x"])
def test_a_missing_target_names_the_ref_and_the_token(tmp_path: Path, pointer: str) -> None:
    resolver = resolver_for(tmp_path, {"a": {"list": [1, 2]}})
    site = at(resolver, "/somewhere/$ref")
    error = error_of(resolver.get, at(resolver, pointer), site)
    assert error.message.startswith(f"unresolved $ref: spec.yaml#{pointer} does not exist (no ")
    assert error.location is not None and error.location.pointer == "/somewhere/$ref"


def test_a_file_that_cannot_be_loaded_is_reported_at_the_ref(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {})
    target = Ref((tmp_path / "models.yaml").resolve(), "/Pet")
    error = error_of(resolver.get, target, at(resolver, "/x/$ref"))
    assert error.message == (
        f"$ref models.yaml#/Pet cannot be loaded: {tmp_path.resolve() / 'models.yaml'}: no such file"
    )


def test_deref_follows_a_chain_and_merges_siblings_over_the_target(tmp_path: Path) -> None:
    resolver = resolver_for(
        tmp_path,
        schemas(
            A={"$ref": "#/components/schemas/B", "description": "from A"},
            B={"$ref": "#/components/schemas/C", "description": "from B", "title": "B"},
            C={"type": "string", "description": "from C"},
        ),
    )
    value, where = resolver.deref({"$ref": "#/components/schemas/A"}, at(resolver, "/x"))
    # The referring side wins: A's description over B's over C's.
    assert value == {"type": "string", "description": "from A", "title": "B"}
    assert where == at(resolver, "/components/schemas/C")


def test_deref_of_a_plain_value_is_that_value_where_it_is(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {})
    assert resolver.deref({"type": "string"}, at(resolver, "/x")) == (
        {"type": "string"},
        at(resolver, "/x"),
    )


def test_deref_refuses_a_cycle_with_its_steps(tmp_path: Path) -> None:
    resolver = resolver_for(
        tmp_path,
        schemas(A={"$ref": "#/components/schemas/B"}, B={"$ref": "#/components/schemas/A"}),
    )
    error = error_of(resolver.deref, {"$ref": "#/components/schemas/A"}, at(resolver, "/x"))
    assert error.message == (
        "cyclic $ref chain: spec.yaml#/x -> spec.yaml#/components/schemas/A -> "
        "spec.yaml#/components/schemas/B -> spec.yaml#/components/schemas/A"
    )


def test_references_into_another_file_resolve_relative_to_that_file(tmp_path: Path) -> None:
    resolver = resolver_for(
        tmp_path,
        {"x": {"$ref": "models.yaml#/Pet"}},
        models__yaml={"Pet": {"$ref": "#/Base"}, "Base": {"type": "object"}},
    )
    value, where = resolver.deref({"$ref": "models.yaml#/Pet"}, at(resolver, "/x"))
    assert value == {"type": "object"}
    assert where == Ref((tmp_path / "models.yaml").resolve(), "/Base")
    assert len(resolver._documents) == 2


# -- checking every reference up front --------------------------------------------------------------


def test_check_all_accepts_recursive_schemas(tmp_path: Path) -> None:
    node = {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
    resolver_for(tmp_path, schemas(Node=node)).check_all()


def test_check_all_reports_an_unresolved_ref_where_it_is_written(tmp_path: Path) -> None:
    text = (
        'openapi: 3.0.3\ninfo:\n  title: Broken\n  version: "1"\n'
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema:\n"
        "                $ref: '#/components/schemas/Nope'\n"
    )
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    error = error_of(Resolver(load_document(path)).check_all)
    assert "unresolved $ref" in error.message and "#/components/schemas/Nope" in error.message
    assert str(error.location) == (
        f"{path}:14:17 (at /paths/~1a/get/responses/200/content/application~1json/schema/$ref)"
    )


def test_check_all_reports_a_missing_file_where_the_ref_is_written(tmp_path: Path) -> None:
    resolver = resolver_for(tmp_path, {"x": {"schema": {"$ref": "models.yaml#/Pet"}}})
    error = error_of(resolver.check_all)
    assert "models.yaml" in error.message and "no such file" in error.message
    assert error.location is not None and error.location.pointer == "/x/schema/$ref"


def test_check_all_reports_a_cycle(tmp_path: Path) -> None:
    resolver = resolver_for(
        tmp_path,
        schemas(A={"$ref": "#/components/schemas/B"}, B={"$ref": "#/components/schemas/A"}),
    )
    error = error_of(resolver.check_all)
    assert error.message.startswith("cyclic $ref chain: ")
    assert "#/components/schemas/A -> " in error.message
    assert "#/components/schemas/B" in error.message


def test_check_all_follows_other_files(tmp_path: Path) -> None:
    resolver = resolver_for(
        tmp_path,
        {"x": {"$ref": "models.yaml#/Pet"}},
        models__yaml={"Pet": {"$ref": "#/Missing"}},
    )
    error = error_of(resolver.check_all)
    assert error.message.startswith("unresolved $ref: models.yaml#/Missing does not exist")


def test_a_long_chain_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refs, "MAX_REF_CHAIN", 5)
    chain = {f"A{i}": {"$ref": f"#/components/schemas/A{i + 1}"} for i in range(10)}
    chain["A10"] = {"type": "string"}
    resolver = resolver_for(tmp_path, schemas(**chain))
    assert error_of(resolver.check_all).message == "$ref chain longer than 5 steps"
    error = error_of(resolver.deref, {"$ref": "#/components/schemas/A0"}, at(resolver, "/x"))
    assert error.message == "$ref chain longer than 5 steps"


def test_the_number_of_files_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refs, "MAX_DOCUMENTS", 2)
    resolver = resolver_for(
        tmp_path,
        {"a": {"$ref": "a.yaml#/x"}, "b": {"$ref": "b.yaml#/x"}},
        a__yaml={"x": 1},
        b__yaml={"x": 2},
    )
    error = error_of(resolver.check_all)
    assert "more than 2 files are referenced" in error.message


def test_a_ref_key_in_literal_data_is_not_a_reference(tmp_path: Path) -> None:
    data = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "example": {"$ref": "#/nowhere"},  # data, not OpenAPI
                    "default": {"$ref": "#/nowhere"},
                    "enum": [{"$ref": "#/nowhere"}],
                    "const": {"$ref": "#/nowhere"},
                }
            }
        }
    }
    resolver = resolver_for(tmp_path, data)
    resolver.check_all()
    found = list(refs._refs_in(data, at(resolver)))
    assert found == []


def test_refs_in_finds_references_under_user_chosen_names(tmp_path: Path) -> None:
    data = {"properties": {"example": {"$ref": "#/A"}}, "items": {"$ref": "#/B"}}
    resolver = resolver_for(tmp_path, {})
    found = sorted((site.pointer, text) for site, text in refs._refs_in(data, at(resolver)))
    assert found == [("/items", "#/B"), ("/properties/example", "#/A")]


def test_jp_ref_extends_the_pointer() -> None:
    assert jp_ref(Ref(Path("/x/s.yaml"), "/paths"), "/a", "get") == Ref(
        Path("/x/s.yaml"), "/paths/~1a/get"
    )


# -- path items and operations given by $ref ------------------------------------------------------


def test_path_items_and_operations_given_by_ref_are_read_in_place(tmp_path: Path) -> None:
    (tmp_path / "paths").mkdir()
    (tmp_path / "ops").mkdir()
    (tmp_path / "paths" / "pets.yaml").write_text("get: {$ref: '../ops/list.yaml'}\n", "utf-8")
    (tmp_path / "ops" / "list.yaml").write_text("responses:\n  '200': {$ref: 'ok.yaml'}\n", "utf-8")
    (tmp_path / "ops" / "ok.yaml").write_text("description: ok\n", "utf-8")
    resolver = resolver_for(tmp_path, {"paths": {"/pets": {"$ref": "paths/pets.yaml"}}})
    operation_refs = resolver.mount_paths()
    # Only the operation was given by a reference OpenAPI does not allow; named where written.
    assert operation_refs == [Ref((tmp_path / "paths" / "pets.yaml").resolve(), "/get")]
    operation = resolver.root.data["paths"]["/pets"]["get"]
    assert operation == {"responses": {"200": {"$ref": "ok.yaml"}}}
    # What is now under the root's `paths` keeps its own file: for $refs and for messages.
    response_at = at(resolver, "/paths/~1pets/get/responses/200")
    value, where = resolver.deref(operation["responses"]["200"], response_at)
    assert (value, where) == (
        {"description": "ok"},
        Ref((tmp_path / "ops" / "ok.yaml").resolve(), ""),
    )
    location = resolver.locate(response_at)
    assert (location.file, location.pointer, location.line) == (
        str((tmp_path / "ops" / "list.yaml").resolve()),
        "/responses/200",
        2,
    )


def test_follow_walks_a_path_through_refs_to_the_place_it_is_written(tmp_path: Path) -> None:
    resolver = resolver_for(
        tmp_path,
        schemas(A={"properties": {"b": {"$ref": "b.yaml"}}}),
        b__yaml={"type": "object", "properties": {"n": {"type": "integer"}}},
    )
    tokens = ["components", "schemas", "A", "properties", "b", "properties", "n", "type"]
    assert resolver.follow(tokens) == Ref((tmp_path / "b.yaml").resolve(), "/properties/n/type")
    # A key the value does not have ends the walk where it stands.
    assert resolver.follow(["components", "schemas", "Z"]) == at(resolver, "/components/schemas")
