"""`diff` and `changelog`: pairs of small specs, one per change kind, and the command line."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml
from conftest import ROOT, SPEC, write_magic_hour_spec

from generator.cli import main
from generator.config import Config
from generator.diff import changelog
from generator.diff.changes import ChangeKind
from generator.diff.report import Report, diff_specs, render_report
from generator.diff.semver import bump_version, parse_version
from generator.output.write import MANIFEST, write_output

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]

OK_NO_BODY = {"responses": {"204": {"description": "Done"}}}


def openapi(
    paths: dict[str, Any],
    schemas: dict[str, Any] | None = None,
    *,
    title: str = "Test API",
    version: str = "1.0.0",
) -> Doc:
    """A minimal valid OpenAPI 3.0 document."""
    doc: Doc = {"openapi": "3.0.3", "info": {"title": title, "version": version}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    return doc


def json_content(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def returns(schema: Any) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": json_content(schema)}}


ITEM_REF = {"$ref": "#/components/schemas/Item"}


def base(version: str = "1.0.0") -> Doc:
    """`client.v1.items.create(name=, size=, options=)` and `get(id, expand=, order=)`, both
    returning `models.Item`; `options` is `params.V1ItemsCreateBodyOptions`."""
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "size": {"type": "integer"},
            "options": {
                "type": "object",
                "required": ["mode"],
                "properties": {
                    "mode": {"type": "string", "enum": ["fast", "slow"]},
                    "limit": {"type": "integer"},
                },
            },
        },
    }
    item = {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["new", "done"]},
            "count": {"type": "integer"},
        },
    }
    return openapi(
        {
            "/v1/items": {
                "post": {
                    "requestBody": {"required": True, "content": json_content(body)},
                    "responses": returns(ITEM_REF),
                }
            },
            "/v1/items/{id}": {
                "get": {
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "expand", "in": "query", "schema": {"type": "boolean"}},
                        {
                            "name": "order",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["asc", "desc"]},
                        },
                    ],
                    "responses": returns(ITEM_REF),
                }
            },
        },
        {"Item": item},
        version=version,
    )


# -- where things are in the base document ------------------------------------------------------


def body_props(doc: Doc) -> dict[str, Any]:
    schema = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]["application/json"]
    return schema["schema"]["properties"]  # type: ignore[no-any-return]


def body_required(doc: Doc) -> list[str]:
    schema = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]["application/json"]
    return schema["schema"]["required"]  # type: ignore[no-any-return]


def unrequire_body(doc: Doc) -> None:
    schema = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]["application/json"]
    del schema["schema"]["required"]  # 3.0 forbids an empty list


def options(doc: Doc) -> dict[str, Any]:
    return body_props(doc)["options"]  # type: ignore[no-any-return]


def get_params(doc: Doc) -> list[dict[str, Any]]:
    return doc["paths"]["/v1/items/{id}"]["get"]["parameters"]  # type: ignore[no-any-return]


def get_param(doc: Doc, name: str) -> dict[str, Any]:
    return next(p for p in get_params(doc) if p["name"] == name)


def item(doc: Doc) -> dict[str, Any]:
    return doc["components"]["schemas"]["Item"]  # type: ignore[no-any-return]


def schemas(doc: Doc) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def add_tag_schema(doc: Doc) -> None:
    schemas(doc)["Tag"] = {"type": "object", "properties": {"label": {"type": "string"}}}


def rename_item_to_record(doc: Doc) -> None:
    schemas(doc)["Record"] = schemas(doc).pop("Item")
    record = {"$ref": "#/components/schemas/Record"}
    doc["paths"]["/v1/items"]["post"]["responses"] = returns(record)
    doc["paths"]["/v1/items/{id}"]["get"]["responses"] = returns(record)


def add_v2_tags(doc: Doc) -> None:
    doc["paths"]["/v2/tags"] = {"get": OK_NO_BODY, "post": OK_NO_BODY}


def add_delete(doc: Doc) -> None:
    doc["paths"]["/v1/items/{id}"]["delete"] = {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        **OK_NO_BODY,
    }


def setter(path: Callable[[Doc], dict[str, Any]], **values: Any) -> Mutation:
    """A mutation that updates the dict `path(doc)` with `values`."""
    return lambda doc: path(doc).update(values)


def nothing(doc: Doc) -> None:
    return None


def both(*mutations: Mutation) -> Mutation:
    def mutate(doc: Doc) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


# -- the cases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    old: Mutation  # applied to the base document to make the old spec
    new: Mutation  # applied to another copy of it to make the new one
    changes: set[tuple[str, str, bool]]  # (kind, where, breaking): exactly these
    bump: str  # for version 1.0.0


def case(
    new: Mutation, changes: set[tuple[str, str, bool]], bump: str, old: Mutation = nothing
) -> Case:
    return Case(old, new, changes, bump)


CREATE = "client.v1.items.create"
GET = "client.v1.items.get"
OPTIONS = "params.V1ItemsCreateBodyOptions"

CASES: dict[str, Case] = {
    "nothing changed": case(nothing, set(), "patch"),
    "resource added (with a sub-resource)": case(
        add_v2_tags, {("resource_added", "client.v2", False)}, "minor"
    ),
    "resource removed": case(
        nothing, {("resource_removed", "client.v2", True)}, "major", old=add_v2_tags
    ),
    "method added": case(add_delete, {("method_added", "client.v1.items.delete", False)}, "minor"),
    "method removed": case(
        nothing, {("method_removed", "client.v1.items.delete", True)}, "major", old=add_delete
    ),
    "optional parameter added": case(
        lambda d: get_params(d).append(
            {"name": "limit", "in": "query", "schema": {"type": "integer"}}
        ),
        {("parameter_added", f"{GET}(limit=...)", False)},
        "minor",
    ),
    "required parameter added": case(
        both(
            lambda d: body_props(d).update(color={"type": "string"}),
            lambda d: body_required(d).append("color"),
        ),
        {("parameter_added", f"{CREATE}(color=...)", True)},
        "major",
    ),
    "parameter removed": case(
        lambda d: body_props(d).pop("size"),
        {("parameter_removed", f"{CREATE}(size=...)", True)},
        "major",
    ),
    "parameter renamed": case(
        setter(lambda d: get_param(d, "expand"), name="include"),
        {("parameter_renamed", f"{GET}(expand=...)", True)},
        "major",
    ),
    "parameter made required": case(
        lambda d: body_required(d).append("size"),
        {("parameter_made_required", f"{CREATE}(size=...)", True)},
        "major",
    ),
    "parameter made optional": case(
        unrequire_body,
        {("parameter_made_optional", f"{CREATE}(name=...)", False)},
        "minor",
    ),
    "parameter type narrowed": case(
        nothing,
        {("parameter_type_narrowed", f"{CREATE}(size=...)", True)},
        "major",
        old=setter(lambda d: body_props(d)["size"], type="number"),
    ),
    "parameter type widened": case(
        setter(lambda d: body_props(d)["size"], type="number"),
        {("parameter_type_widened", f"{CREATE}(size=...)", False)},
        "minor",
    ),
    "parameter made nullable (widened)": case(
        setter(lambda d: body_props(d)["size"], nullable=True),
        {("parameter_type_widened", f"{CREATE}(size=...)", False)},
        "minor",
    ),
    "parameter type changed": case(
        setter(lambda d: body_props(d)["size"], type="string"),
        {("parameter_type_changed", f"{CREATE}(size=...)", True)},
        "major",
    ),
    "parameter enum value removed (narrowed)": case(
        setter(lambda d: get_param(d, "order")["schema"], enum=["asc"]),
        {("enum_values_removed", f"{GET}(order=...)", True)},
        "major",
    ),
    "parameter enum value added (widened)": case(
        setter(lambda d: get_param(d, "order")["schema"], enum=["asc", "desc", "random"]),
        {("enum_values_added", f"{GET}(order=...)", False)},
        "minor",
    ),
    "request field added, optional": case(
        lambda d: options(d)["properties"].update(label={"type": "string"}),
        {("request_field_added", f'{OPTIONS}["label"]', False)},
        "minor",
    ),
    "request field added, required": case(
        both(
            lambda d: options(d)["properties"].update(label={"type": "string"}),
            lambda d: options(d)["required"].append("label"),
        ),
        {("request_field_added", f'{OPTIONS}["label"]', True)},
        "major",
    ),
    "request field removed": case(
        lambda d: options(d)["properties"].pop("limit"),
        {("request_field_removed", f'{OPTIONS}["limit"]', True)},
        "major",
    ),
    "request field made required": case(
        lambda d: options(d)["required"].append("limit"),
        {("request_field_made_required", f'{OPTIONS}["limit"]', True)},
        "major",
    ),
    "request field made optional": case(
        lambda d: options(d).pop("required"),  # 3.0 forbids an empty list
        {("request_field_made_optional", f'{OPTIONS}["mode"]', False)},
        "minor",
    ),
    "request field type narrowed": case(
        nothing,
        {("request_field_type_narrowed", f'{OPTIONS}["limit"]', True)},
        "major",
        old=setter(lambda d: options(d)["properties"]["limit"], type="number"),
    ),
    "request field type widened": case(
        setter(lambda d: options(d)["properties"]["limit"], type="number"),
        {("request_field_type_widened", f'{OPTIONS}["limit"]', False)},
        "minor",
    ),
    "request field type changed": case(
        setter(lambda d: options(d)["properties"]["limit"], type="boolean"),
        {("request_field_type_changed", f'{OPTIONS}["limit"]', True)},
        "major",
    ),
    "request field enum value removed": case(
        setter(lambda d: options(d)["properties"]["mode"], enum=["fast"]),
        {("enum_values_removed", f'{OPTIONS}["mode"]', True)},
        "major",
    ),
    "response enum value added (open enum)": case(
        setter(lambda d: item(d)["properties"]["status"], enum=["new", "done", "failed"]),
        {("enum_values_added", "models.Item.status", False)},
        "minor",
    ),
    "response enum value removed": case(
        setter(lambda d: item(d)["properties"]["status"], enum=["done"]),
        {("enum_values_removed", "models.Item.status", False)},
        "patch",
    ),
    "response field added": case(
        lambda d: item(d)["properties"].update(label={"type": "string"}),
        {("response_field_added", "models.Item.label", False)},
        "minor",
    ),
    "response field removed": case(
        lambda d: item(d)["properties"].pop("count"),
        {("response_field_removed", "models.Item.count", True)},
        "major",
    ),
    "response field made nullable": case(
        setter(lambda d: item(d)["properties"]["id"], nullable=True),
        {("response_field_made_nullable", "models.Item.id", True)},
        "major",
    ),
    "response field no longer nullable (narrowed)": case(
        nothing,
        {("response_field_type_narrowed", "models.Item.id", False)},
        "patch",
        old=setter(lambda d: item(d)["properties"]["id"], nullable=True),
    ),
    "response field made optional": case(
        lambda d: item(d)["required"].remove("status"),
        {("response_field_made_optional", "models.Item.status", True)},
        "major",
    ),
    "response field made required": case(
        lambda d: item(d)["required"].append("count"),
        {("response_field_made_required", "models.Item.count", False)},
        "patch",
    ),
    "response field type widened": case(
        setter(lambda d: item(d)["properties"]["count"], type="number"),
        {("response_field_type_widened", "models.Item.count", True)},
        "major",
    ),
    "response field type narrowed": case(
        nothing,
        {("response_field_type_narrowed", "models.Item.count", False)},
        "patch",
        old=setter(lambda d: item(d)["properties"]["count"], type="number"),
    ),
    "response field type changed": case(
        setter(lambda d: item(d)["properties"]["count"], type="string"),
        {("response_field_type_changed", "models.Item.count", True)},
        "major",
    ),
    "model renamed": case(rename_item_to_record, {("model_renamed", "models.Item", True)}, "major"),
    "model added": case(add_tag_schema, {("model_added", "models.Tag", False)}, "minor"),
    "model removed": case(
        nothing, {("model_removed", "models.Tag", True)}, "major", old=add_tag_schema
    ),
    "response type changed": case(
        both(
            add_tag_schema,
            lambda d: d["paths"]["/v1/items/{id}"]["get"].update(
                responses=returns({"$ref": "#/components/schemas/Tag"})
            ),
        ),
        {("response_type_changed", GET, True)},
        "major",
        old=add_tag_schema,
    ),
    "response type added to a method that returned None": case(
        both(
            add_delete,
            lambda d: d["paths"]["/v1/items/{id}"]["delete"].update(responses=returns(ITEM_REF)),
        ),
        {("response_type_changed", "client.v1.items.delete", False)},
        "minor",
        old=add_delete,
    ),
    "package renamed": case(
        lambda d: d["info"].update(title="Other API"),
        {("package_renamed", "import test", True)},
        "major",
    ),
}


def write_spec(folder: Path, name: str, doc: Doc) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def spec_pair(
    tmp_path: Path, old: Mutation, new: Mutation, version: str = "1.0.0"
) -> tuple[Path, Path]:
    before, after = base(version), base(version)
    old(before)
    new(after)
    return write_spec(tmp_path, "old.yaml", before), write_spec(tmp_path, "new.yaml", after)


def diff_docs(tmp_path: Path, old: Doc, new: Doc) -> Report:
    return diff_specs(write_spec(tmp_path, "old.yaml", old), write_spec(tmp_path, "new.yaml", new))


@pytest.mark.parametrize("name", list(CASES))
def test_each_change_kind_is_classified(tmp_path: Path, name: str) -> None:
    test = CASES[name]
    result = diff_specs(*spec_pair(tmp_path, test.old, test.new))
    assert {(c.kind, c.where, c.breaking) for c in result.changes} == test.changes
    assert result.bump.label == test.bump
    if any(breaking for _, _, breaking in test.changes):
        assert result.breaking and "## Breaking changes\n\n- " in render_report(result)


def test_the_cases_cover_every_change_kind() -> None:
    covered = {kind for test in CASES.values() for kind, _, _ in test.changes}
    assert covered == set(get_args(ChangeKind))


def test_a_removed_sub_resource_is_reported_once_with_its_methods(tmp_path: Path) -> None:
    result = diff_specs(*spec_pair(tmp_path, add_v2_tags, nothing))
    (change,) = result.changes
    assert change.where == "client.v2"
    assert "`tags.create`, `tags.list`" in change.detail


def test_a_renamed_model_is_not_a_changed_response_type(tmp_path: Path) -> None:
    result = diff_specs(*spec_pair(tmp_path, nothing, rename_item_to_record))
    (change,) = result.changes
    assert "renamed to `models.Record`" in change.detail


def test_enum_details_say_why(tmp_path: Path) -> None:
    added = CASES["response enum value added (open enum)"]
    (change,) = diff_specs(*spec_pair(tmp_path, added.old, added.new)).changes
    assert '`"failed"` added' in change.detail and "enums are open" in change.detail
    removed = CASES["parameter enum value removed (narrowed)"]
    (change,) = diff_specs(*spec_pair(tmp_path, removed.old, removed.new)).changes
    assert '`"desc"` removed' in change.detail and "narrowed" in change.detail


def test_a_nullable_response_field_made_optional_is_not_breaking(tmp_path: Path) -> None:
    def nullable_id(doc: Doc) -> None:
        item(doc)["properties"]["id"]["nullable"] = True

    result = diff_specs(
        *spec_pair(
            tmp_path, nullable_id, both(nullable_id, lambda d: item(d)["required"].remove("id"))
        )
    )
    assert [(c.kind, c.breaking) for c in result.changes] == [
        ("response_field_made_optional", False)
    ]


def test_the_package_option_hides_a_title_change(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, nothing, lambda d: d["info"].update(title="Other API"))
    assert diff_specs(old, new, Config(package="sdk")).changes == ()


# -- versions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "label", "suggested"),
    [("0.3.1", "minor (0.x: breaking)", "0.4.0"), ("1.2.3", "major", "2.0.0")],
)
def test_a_breaking_change_bumps_major_or_minor_before_1_0(
    tmp_path: Path, version: str, label: str, suggested: str
) -> None:
    old, new = spec_pair(tmp_path, nothing, lambda d: body_props(d).pop("size"), version)
    result = diff_specs(old, new)
    assert (result.bump.label, result.suggested_version, result.release_version) == (
        label,
        suggested,
        suggested,
    )
    assert f"**{label}**" in render_report(result)


def test_additions_bump_minor_even_before_1_0(tmp_path: Path) -> None:
    result = diff_specs(*spec_pair(tmp_path, nothing, add_tag_schema, "0.3.1"))
    assert (result.bump.label, result.suggested_version) == ("minor", "0.4.0")


@pytest.mark.parametrize(
    ("version", "parsed", "major", "minor", "patch"),
    [
        ("1.2.3", (1, 2, 3), "2.0.0", "1.3.0", "1.2.4"),
        ("v0.9", (0, 9, 0), "v1.0.0", "v0.10.0", "v0.9.1"),
        ("2.0.0-beta.1", (2, 0, 0), "3.0.0", "2.1.0", "2.0.1"),
    ],
)
def test_versions(
    version: str, parsed: tuple[int, int, int], major: str, minor: str, patch: str
) -> None:
    assert parse_version(version) == parsed
    assert [bump_version(version, level) for level in ("major", "minor", "patch")] == [
        major,
        minor,
        patch,
    ]


def test_an_unparseable_version_is_not_bumped() -> None:
    assert parse_version("latest") is None and bump_version("latest", "major") is None


def test_the_report_notes_a_version_that_rises_too_little(tmp_path: Path) -> None:
    old_doc, new_doc = base("1.0.0"), base("1.0.1")
    body_props(new_doc).pop("size")
    result = diff_docs(tmp_path, old_doc, new_doc)
    assert result.release_version == "1.0.1"
    assert "call for a major bump, to at least 2.0.0." in render_report(result)


# -- the report ---------------------------------------------------------------------------------


def test_the_report_is_markdown_in_a_fixed_order(tmp_path: Path) -> None:
    def many(doc: Doc) -> None:
        body_props(doc).pop("size")
        add_tag_schema(doc)
        add_delete(doc)
        item(doc)["properties"]["status"]["enum"].append("failed")

    old, new = spec_pair(tmp_path, nothing, many)
    text = render_report(diff_specs(old, new))
    assert text == render_report(diff_specs(old, new))
    assert text == (
        "# SDK changes: Test API 1.0.0 → 1.0.0\n"
        "\n"
        "Implied version bump: **major**: 1 breaking change, 3 other changes "
        "(for callers of `test`, `Client` and `AsyncClient` alike).\n"
        "\n"
        "## Breaking changes\n"
        "\n"
        "- Parameter removed: `client.v1.items.create(size=...)`: removed (was optional `int`)\n"
        "\n"
        "## Other changes\n"
        "\n"
        "- Method added: `client.v1.items.delete`: added: `DELETE /v1/items/{id}`\n"
        '- Enum values added: `models.Item.status`: `"failed"` added; not breaking: response '
        "enums are open (`typing.Literal[...] | str`), so values the SDK does not list still "
        "parse\n"
        "- Model added: `models.Tag`: added\n"
    )


def test_the_magic_hour_spec_against_itself_has_no_changes() -> None:
    result = diff_specs(SPEC, SPEC)
    assert result.changes == () and result.bump.label == "patch"
    assert "None." in render_report(result)


def test_the_magic_hour_spec_without_youtube_is_breaking(tmp_path: Path) -> None:
    document = json.loads(SPEC.read_text(encoding="utf-8"))
    body = document["paths"]["/v1/lip-sync"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["properties"]["assets"]["properties"]["video_source"]["enum"] = ["file"]
    new = write_magic_hour_spec(document, tmp_path)
    result = diff_specs(SPEC, new)
    assert [(c.kind, c.where, c.breaking) for c in result.changes] == [
        ("enum_values_removed", 'params.V1LipSyncCreateBodyAssets["video_source"]', True)
    ]
    assert result.bump.label == "major"  # the SDK is 1.0.0 (spec/openapi-python-sdk.toml)


# -- command line -------------------------------------------------------------------------------


def breaking_pair(tmp_path: Path) -> tuple[Path, Path]:
    return spec_pair(tmp_path, nothing, lambda d: body_props(d).pop("size"))


def test_diff_prints_the_report_and_exits_0_without_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = breaking_pair(tmp_path)
    assert main(["diff", str(old), str(new)]) == 0
    assert capsys.readouterr().out == render_report(diff_specs(old, new))


def test_fail_on_breaking_exits_1_on_a_breaking_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = breaking_pair(tmp_path)
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 1
    captured = capsys.readouterr()
    assert "## Breaking changes" in captured.out
    assert "error: 1 breaking change(s)" in captured.err


def test_fail_on_breaking_exits_0_without_one(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, nothing, add_tag_schema)
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 0


def test_diff_output_writes_the_report_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = breaking_pair(tmp_path)
    report_file = tmp_path / "report.md"
    assert main(["diff", str(old), str(new), "--output", str(report_file)]) == 0
    assert capsys.readouterr().out == ""
    assert report_file.read_text(encoding="utf-8") == render_report(diff_specs(old, new))


def test_diff_of_a_bad_spec_keeps_the_error_exit_codes(tmp_path: Path) -> None:
    old, _ = breaking_pair(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(old), str(bad), "--fail-on-breaking"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "bad.yaml" in result.stderr and "'version' is a required property" in result.stderr
    assert "Traceback" not in result.stderr
    assert main(["diff", str(old)]) == 2


def changelog_specs(tmp_path: Path) -> list[Path]:
    """Three releases: 1.0.0, 1.1.0 (adds `models.Tag`), 2.0.0 (drops `size`)."""
    first = base("1.0.0")
    second = base("1.1.0")
    add_tag_schema(second)
    third = copy.deepcopy(second)
    third["info"]["version"] = "2.0.0"
    body_props(third).pop("size")
    return [write_spec(tmp_path, f"v{i}.yaml", doc) for i, doc in enumerate([first, second, third])]


def test_changelog_prepends_entries_newest_first(tmp_path: Path) -> None:
    v0, v1, v2 = changelog_specs(tmp_path)
    out = tmp_path / "sdk"
    out.mkdir()
    assert main(["changelog", str(v0), str(v1), "--out", str(out), "--date", "2025-01-01"]) == 0
    assert main(["changelog", str(v1), str(v2), "--out", str(out), "--date", "2025-02-01"]) == 0
    text = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text == (
        "# Changelog\n"
        "\n"
        "Changes to the SDK's public surface, newest first.\n"
        "\n"
        "## 2.0.0 (2025-02-01)\n"
        "\n"
        "Spec: Test API 2.0.0 (was 1.1.0). Implied version bump: major.\n"
        "\n"
        "### Breaking changes\n"
        "\n"
        "- Parameter removed: `client.v1.items.create(size=...)`: removed (was optional `int`)\n"
        "\n"
        "## 1.1.0 (2025-01-01)\n"
        "\n"
        "Spec: Test API 1.1.0 (was 1.0.0). Implied version bump: minor.\n"
        "\n"
        "### Other changes\n"
        "\n"
        "- Model added: `models.Tag`: added\n"
    )


def test_changelog_again_for_the_same_version_replaces_its_entry(tmp_path: Path) -> None:
    v0, v1, v2 = changelog_specs(tmp_path)
    out = tmp_path / "sdk"
    out.mkdir()
    main(["changelog", str(v0), str(v1), "--out", str(out)])
    main(["changelog", str(v1), str(v2), "--out", str(out)])
    once = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    main(["changelog", str(v1), str(v2), "--out", str(out)])
    assert (out / "CHANGELOG.md").read_text(encoding="utf-8") == once
    assert once.count("## 2.0.0") == 1 and once.index("## 2.0.0") < once.index("## 1.1.0")


def test_changelog_bumps_the_version_when_info_version_did_not_change(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, nothing, lambda d: body_props(d).pop("size"), "1.4.2")
    out = tmp_path / "sdk"
    out.mkdir()
    assert main(["changelog", str(old), str(new), "--out", str(out)]) == 0
    text = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "\n## 2.0.0\n" in text
    assert (
        "Spec: Test API 1.4.2 (info.version unchanged, so this entry is 1.4.2 bumped per the report)"
        in text
    )


def test_changelog_adds_nothing_when_nothing_changed(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, nothing, nothing)
    out = tmp_path / "sdk"
    out.mkdir()
    assert main(["changelog", str(old), str(new), "--out", str(out)]) == 0
    assert not (out / "CHANGELOG.md").exists()


def test_changelog_refuses_a_bad_date_or_a_missing_folder(tmp_path: Path) -> None:
    old, new = breaking_pair(tmp_path)
    out = tmp_path / "sdk"
    assert main(["changelog", str(old), str(new), "--out", str(out)]) == 2
    out.mkdir()
    assert main(["changelog", str(old), str(new), "--out", str(out), "--date", "May"]) == 2
    assert not (out / "CHANGELOG.md").exists()


def test_changelog_survives_regeneration(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output({"pkg/__init__.py": ""}, out)
    old, new = breaking_pair(tmp_path)
    main(["changelog", str(old), str(new), "--out", str(out)])
    before = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    write_output({"pkg/__init__.py": "# again\n"}, out)
    assert (out / "CHANGELOG.md").read_text(encoding="utf-8") == before
    assert "CHANGELOG.md" not in (out / MANIFEST).read_text(encoding="utf-8")


def test_changelog_insert_keeps_text_above_the_first_entry() -> None:
    text = "# Changes\n\nHand-written intro.\n\n## 1.0.0\n\nFirst.\n"
    assert changelog.insert(text, "1.1.0", "## 1.1.0\n\nSecond.\n") == (
        "# Changes\n\nHand-written intro.\n\n## 1.1.0\n\nSecond.\n\n## 1.0.0\n\nFirst.\n"
    )
