"""The changelog: an entry per release, newest first, replaced (not repeated) when written again,
and never touched by regeneration."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.diff_cases import add_tag_schema, apis, changelog_docs, drop_size, nothing
from support.model import api_of

from generator.diff import changelog
from generator.diff.report import Report, report
from generator.errors import GeneratorError, UsageError
from generator.output.write import MANIFEST, write_output


def releases() -> list[Report]:
    """1.0.0 → 1.1.0 (adds `models.Tag`), then 1.1.0 → 2.0.0 (drops `size`)."""
    first, second, third = (api_of(doc) for doc in changelog_docs())
    return [report(first, second), report(second, third)]


def test_changelog_prepends_entries_newest_first(tmp_path: Path) -> None:
    minor, major = releases()
    assert changelog.update(tmp_path, minor, "2025-01-01") == "1.1.0"
    assert changelog.update(tmp_path, major, "2025-02-01") == "2.0.0"
    assert (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8") == (
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


def test_an_entry_for_the_same_version_replaces_the_old_one(tmp_path: Path) -> None:
    minor, major = releases()
    changelog.update(tmp_path, minor)
    changelog.update(tmp_path, major)
    once = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    changelog.update(tmp_path, major)
    assert (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8") == once
    assert once.count("## 2.0.0") == 1 and once.index("## 2.0.0") < once.index("## 1.1.0")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["CHANGELOG.md"]  # no staging file left


def test_an_unchanged_info_version_is_bumped_per_the_report(tmp_path: Path) -> None:
    result = report(*apis(nothing, drop_size, "1.4.2"))
    assert changelog.update(tmp_path, result) == "2.0.0"
    text = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "\n## 2.0.0\n" in text
    assert (
        "Spec: Test API 1.4.2 (info.version unchanged, so this entry is 1.4.2 bumped per the report)"
        in text
    )


def test_nothing_is_added_when_nothing_changed(tmp_path: Path) -> None:
    assert changelog.update(tmp_path, report(*apis(nothing, nothing))) is None
    assert not (tmp_path / "CHANGELOG.md").exists()


def test_a_new_version_without_changes_still_gets_an_entry(tmp_path: Path) -> None:
    result = report(*apis(nothing, lambda d: d["info"].update(version="1.0.1")))
    assert result.changes == ()
    assert changelog.update(tmp_path, result, "2025-03-01") == "1.0.1"
    assert changelog.entry(result, "2025-03-01") == (
        "## 1.0.1 (2025-03-01)\n\nSpec: Test API 1.0.1 (was 1.0.0). Implied version bump: patch.\n\n"
        "No change to the SDK's public surface.\n"
    )


def test_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    minor, _ = releases()
    with pytest.raises(UsageError, match="the --out folder does not exist"):
        changelog.update(tmp_path / "missing", minor)


def test_a_changelog_that_cannot_be_written_is_an_error(tmp_path: Path) -> None:
    minor, _ = releases()
    (tmp_path / "CHANGELOG.md").mkdir()  # a folder where the file should be
    with pytest.raises(GeneratorError, match="cannot update the changelog") as caught:
        changelog.update(tmp_path, minor)
    assert caught.value.location is not None
    assert caught.value.location.file == str(tmp_path / "CHANGELOG.md")


@pytest.mark.parametrize(("date", "iso"), [(None, None), ("2025-01-31", "2025-01-31")])
def test_check_date_accepts_iso_dates(date: str | None, iso: str | None) -> None:
    assert changelog.check_date(date) == iso


@pytest.mark.parametrize("date", ["May", "2025-13-01", "31/01/2025"])
def test_check_date_refuses_anything_else(date: str) -> None:
    with pytest.raises(UsageError, match="is not a date like 2025-01-31"):
        changelog.check_date(date)


def test_insert_keeps_text_above_the_first_entry() -> None:
    text = "# Changes\n\nHand-written intro.\n\n## 1.0.0\n\nFirst.\n"
    assert changelog.insert(text, "1.1.0", "## 1.1.0\n\nSecond.\n") == (
        "# Changes\n\nHand-written intro.\n\n## 1.1.0\n\nSecond.\n\n## 1.0.0\n\nFirst.\n"
    )


def test_insert_replaces_an_entry_in_the_middle() -> None:
    text = "# C\n\n## 3.0.0\n\nThree.\n\n## 2.0.0\n\nOld two.\n\n## 1.0.0\n\nOne.\n"
    assert changelog.insert(text, "2.0.0", "## 2.0.0\n\nNew two.\n") == (
        "# C\n\n## 3.0.0\n\nThree.\n\n## 2.0.0\n\nNew two.\n\n## 1.0.0\n\nOne.\n"
    )


def test_insert_into_a_file_without_entries() -> None:
    assert (
        changelog.insert("", "1.0.0", "## 1.0.0\n\nOne.\n")
        == changelog.TITLE + "\n## 1.0.0\n\nOne.\n"
    )
    assert changelog.insert("# Mine\n\n\n", "1.0.0", "## 1.0.0\n") == "# Mine\n\n## 1.0.0\n"


def test_the_changelog_survives_regeneration(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output({"pkg/__init__.py": ""}, out)
    changelog.update(out, report(*apis(nothing, add_tag_schema)))
    before = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    write_output({"pkg/__init__.py": "# again\n"}, out)
    assert (out / "CHANGELOG.md").read_text(encoding="utf-8") == before
    assert "CHANGELOG.md" not in (out / MANIFEST).read_text(encoding="utf-8")
