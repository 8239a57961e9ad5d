"""`diff` on the Magic Hour spec itself: no change against itself, and a real breaking change.

(Each change kind, the report, semver and the changelog on small specs: tests/unit/diff/; the
`diff` and `changelog` commands: tests/unit/test_cli.py.)
"""

from __future__ import annotations

from pathlib import Path

from conftest import SPEC

from generator.diff.report import diff_specs, render_report


def test_the_magic_hour_spec_against_itself_has_no_changes() -> None:
    result = diff_specs(SPEC, SPEC)
    assert result.changes == () and result.bump.label == "patch"
    assert "None." in render_report(result)


def test_the_magic_hour_spec_without_youtube_is_breaking(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8").replace("enum: [file, youtube]", "enum: [file]")
    new = tmp_path / "magic-hour.yaml"
    new.write_text(text, encoding="utf-8")
    result = diff_specs(SPEC, new)
    assert [(c.kind, c.where, c.breaking) for c in result.changes] == [
        ("enum_values_removed", 'params.V1LipSyncCreateBodyAssets["video_source"]', True)
    ]
    assert result.bump.label == "minor (0.x: breaking)"
