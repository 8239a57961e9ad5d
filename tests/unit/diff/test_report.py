"""The diff report: the changes of two specs as data (versions, bump) and as markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.diff_cases import (
    Doc,
    add_delete,
    add_tag_schema,
    apis,
    base,
    body_props,
    drop_size,
    item,
    nothing,
    spec_files,
    write_spec,
)

from generator.config import Config
from generator.diff.changes import Change
from generator.diff.report import Report, diff_specs, render_report, report, write_report
from generator.diff.semver import Bump
from generator.errors import GeneratorError, SpecError


def made(old_version: str, new_version: str, *changes: Change) -> Report:
    breaking = any(c.breaking for c in changes)
    bump = Bump("major", "major") if breaking else Bump("minor", "minor")
    return Report("Test API", "test", old_version, new_version, changes, bump)


REMOVED = Change("method_removed", "client.a.b", "removed", True)
ADDED = Change("method_added", "client.a.c", "added", False)


def test_the_report_holds_both_versions_and_splits_breaking_from_other_changes() -> None:
    result = report(*apis(nothing, lambda d: (drop_size(d), add_tag_schema(d))))
    assert (result.title, result.package, result.old_version, result.new_version) == (
        "Test API",
        "test",
        "1.0.0",
        "1.0.0",
    )
    assert [c.kind for c in result.breaking] == ["parameter_removed"]
    assert [c.kind for c in result.others] == ["model_added"]
    assert result.bump.label == "major"


@pytest.mark.parametrize(
    ("version", "label", "suggested"),
    [("0.3.1", "minor (0.x: breaking)", "0.4.0"), ("1.2.3", "major", "2.0.0")],
)
def test_a_breaking_change_bumps_major_or_minor_before_1_0(
    version: str, label: str, suggested: str
) -> None:
    result = report(*apis(nothing, drop_size, version))
    assert (result.bump.label, result.suggested_version, result.release_version) == (
        label,
        suggested,
        suggested,
    )
    assert f"**{label}**" in render_report(result)


def test_additions_bump_minor_even_before_1_0() -> None:
    result = report(*apis(nothing, add_tag_schema, "0.3.1"))
    assert (result.bump.label, result.suggested_version) == ("minor", "0.4.0")


def test_the_release_version_is_the_new_one_when_it_changed_or_nothing_did() -> None:
    assert made("1.0.0", "1.5.0", REMOVED).release_version == "1.5.0"
    assert made("1.0.0", "1.0.0").release_version == "1.0.0"
    assert made("1.0.0", "1.0.0", REMOVED).release_version == "2.0.0"


def test_an_unchanged_version_that_cannot_be_bumped_is_an_error() -> None:
    with pytest.raises(GeneratorError, match="info.version 'latest' did not change"):
        _ = made("latest", "latest", REMOVED).release_version
    assert made("latest", "latest", REMOVED).suggested_version is None


def test_the_report_notes_a_version_that_rises_too_little(tmp_path: Path) -> None:
    old_doc, new_doc = base("1.0.0"), base("1.0.1")
    body_props(new_doc).pop("size")
    result = diff_specs(
        write_spec(tmp_path, "old.yaml", old_doc), write_spec(tmp_path, "new.yaml", new_doc)
    )
    assert result.release_version == "1.0.1"
    assert result.version_note == (
        "Note: info.version goes from 1.0.0 to 1.0.1, but these changes call for a major bump, "
        "to at least 2.0.0."
    )
    assert "call for a major bump, to at least 2.0.0." in render_report(result)


@pytest.mark.parametrize(
    ("old", "new"), [("1.0.0", "2.0.0"), ("1.0.0", "1.0.0"), ("latest", "later"), ("1.0.0", "next")]
)
def test_no_note_when_the_version_rises_enough_or_cannot_be_compared(old: str, new: str) -> None:
    assert made(old, new, REMOVED).version_note == ""


def test_the_report_is_markdown_in_a_fixed_order() -> None:
    def many(doc: Doc) -> None:
        body_props(doc).pop("size")
        add_tag_schema(doc)
        add_delete(doc)
        item(doc)["properties"]["status"]["enum"].append("failed")

    old, new = apis(nothing, many)
    text = render_report(report(old, new))
    assert text == render_report(report(old, new))
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


def test_a_report_without_changes() -> None:
    text = render_report(report(*apis(nothing, nothing)))
    assert text == (
        "# SDK changes: Test API 1.0.0 → 1.0.0\n\n"
        "Implied version bump: **patch**: no change to the SDK's public surface.\n\n"
        "## Breaking changes\n\nNone.\n\n## Other changes\n\nNone.\n"
    )


def test_counts_are_singular_or_plural() -> None:
    text = render_report(made("1.0.0", "1.1.0", REMOVED, REMOVED, ADDED))
    assert "2 breaking changes, 1 other change " in text


def test_the_package_option_hides_a_title_change(tmp_path: Path) -> None:
    old, new = spec_files(tmp_path, nothing, lambda d: d["info"].update(title="Other API"))
    assert diff_specs(old, new, Config(package="sdk")).changes == ()
    assert [c.kind for c in diff_specs(old, new).changes] == ["package_renamed"]


def test_a_bad_spec_is_an_error_naming_its_file(tmp_path: Path) -> None:
    old, _ = spec_files(tmp_path, nothing, nothing)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        diff_specs(old, bad)
    assert "bad.yaml" in str(caught.value)
    assert "'version' is a required property" in str(caught.value)


def test_write_report(tmp_path: Path) -> None:
    write_report("# r\n", tmp_path / "r.md")
    assert (tmp_path / "r.md").read_bytes() == b"# r\n"
    with pytest.raises(GeneratorError, match="cannot write the report") as caught:
        write_report("# r\n", tmp_path / "missing" / "r.md")
    assert caught.value.location is not None
    assert caught.value.location.file == str(tmp_path / "missing" / "r.md")
