"""`diff` on the Magic Hour spec itself: no change against itself, and a real breaking change.

(Each change kind, the report, semver and the changelog on small specs: tests/unit/diff/; the
`diff` and `changelog` commands: tests/unit/test_cli.py.)
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SPEC, write_magic_hour_spec

from generator.diff.report import diff_specs, render_report


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
