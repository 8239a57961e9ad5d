"""The command line, in-process on small specs: each command's output, exit codes, and what it
leaves on disk when something is wrong.

(Each error's own message and place is tested where it is made: tests/unit/spec/, output/.)
"""

from __future__ import annotations

import gc
import runpy
import sys
from pathlib import Path

import pytest
from support.diff_cases import (
    add_tag_schema,
    base,
    changelog_docs,
    drop_size,
    nothing,
    spec_files,
    write_spec,
)

from generator import cli
from generator.cli import compare, main
from generator.diff.report import diff_specs, render_report
from generator.output.write import MANIFEST

BROKEN_HEAD = 'openapi: 3.0.3\ninfo:\n  title: Broken\n  version: "1"\n'
BAD_SPECS = {
    "yaml syntax": (
        BROKEN_HEAD
        + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok\n",
        "spec.yaml:10:1: invalid YAML",
    ),
    "fails validation": (
        "openapi: 3.0.3\ninfo:\n  title: x\npaths: {}\n",
        "spec.yaml:2:1 (at /info): not a valid OpenAPI document: 'version' is a required property",
    ),
    "unresolved ref": (
        BROKEN_HEAD
        + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/Nope'}\n",
        "spec.yaml:8:9 (at /components/schemas/A/$ref): unresolved $ref",
    ),
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    return write_spec(tmp_path, "spec.yaml", base())


# -- generate and check ---------------------------------------------------------------------------


def test_generate_writes_the_sdk_and_says_what_it_did(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    written = snapshot(out)
    assert "test/client.py" in written and MANIFEST in written
    assert err.startswith("Test API 1.0.0: 2 operations, 1 response models, 2 parameter types, ")
    assert err.endswith(f"wrote {len(written) - 1} files to {out}\n")


@pytest.mark.parametrize("case", sorted(BAD_SPECS))
def test_a_bad_spec_is_one_located_error_line_and_nothing_is_written(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    content, message = BAD_SPECS[case]
    bad = tmp_path / "spec.yaml"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", str(bad), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / message}"), err
    assert len(err.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spec.yaml"]


def test_previous_output_is_untouched_when_the_new_spec_is_bad(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    (out / "custom.py").write_text("# mine\n", encoding="utf-8")
    before = snapshot(out)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    assert main(["generate", str(bad), "--out", str(out)]) == 1
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "out", "spec.yaml"]


def test_a_folder_that_is_not_our_output_needs_force(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "important.txt").write_text("keep", encoding="utf-8")
    assert main(["generate", str(spec), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--force" in err and "not empty" in err
    assert snapshot(out) == {"important.txt": b"keep"}
    assert main(["generate", str(spec), "--out", str(out), "--force"]) == 0
    assert (out / "important.txt").read_text(encoding="utf-8") == "keep"


def test_strict_turns_loose_typing_into_an_error_with_pointers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = base()
    doc["components"]["schemas"]["Place"] = {
        "type": "object",
        "properties": {"coordinates": {"type": "array", "prefixItems": [{"type": "number"}]}},
    }
    doc["openapi"] = "3.1.0"
    spec = write_spec(tmp_path, "loose.yaml", doc)
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out), "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "error: 1 warning(s), and --strict turns them into errors; nothing was written:\n"
    )
    place = "loose.yaml:85:9 (at /components/schemas/Place/properties/coordinates)"
    assert f"{place}: a tuple" in err
    assert not out.exists()
    assert main(["check", str(spec), "--out", str(out), "--strict"]) == 1
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert (
        f"warning: {spec.parent}/{place}: a tuple (prefixItems) is typed as a list of Any"
        in capsys.readouterr().err
    )


def test_check_passes_on_fresh_output_and_fails_with_a_diff_after_a_change(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    main(["generate", str(spec), "--out", str(out)])
    capsys.readouterr()
    generated = snapshot(out)
    assert main(["check", str(spec), "--out", str(out)]) == 0
    assert capsys.readouterr().err == f"{out} is up to date\n"
    changed = base()
    changed["paths"]["/v1/items/{id}"]["get"]["summary"] = "Fetch an item"
    assert main(["check", str(write_spec(tmp_path, "spec.yaml", changed)), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "+### Fetch an item" in captured.out
    assert "run `make generate` to update it" in captured.err
    assert snapshot(out) == generated  # check writes nothing


def test_compare_lists_changed_missing_and_stale_files(tmp_path: Path) -> None:
    (tmp_path / "same.py").write_text("a\n", encoding="utf-8")
    (tmp_path / "changed.py").write_text("old\n", encoding="utf-8")
    (tmp_path / "stale.py").write_text("x\n", encoding="utf-8")
    (tmp_path / "mine.py").write_text("not generated\n", encoding="utf-8")
    (tmp_path / MANIFEST).write_text("same.py\nchanged.py\nstale.py\n", encoding="utf-8")
    differences = compare({"same.py": "a\n", "changed.py": "new\n", "new.py": "n\n"}, tmp_path)
    assert [d.splitlines()[0] for d in differences] == [
        "--- changed.py (on disk)",
        "--- new.py (on disk: missing)",
        "--- stale.py (on disk)",
    ]
    assert "+++ stale.py (generated: not generated)" in differences[2]
    assert "-old\n+new\n" in differences[0]


# -- usage ----------------------------------------------------------------------------------------


def test_bad_usage_exits_2_with_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate"]) == 2
    err = capsys.readouterr().err
    assert "required" in err and "usage:" in err
    assert main(["nonsense"]) == 2


def test_help_describes_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("generate", "check", "diff", "changelog"):
        assert command in out


def test_debug_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o")]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert (
        main(["--debug", "generate", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o")])
        == 1
    )
    err = capsys.readouterr().err
    assert "Traceback" in err and "no such file" in err


def test_python_dash_m_generator_runs_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["generator", "generate"])
    try:
        with pytest.raises(SystemExit) as exited:
            runpy.run_module("generator.__main__", run_name="__main__")
        # The program's objects are left to the process's exit, not to the collector.
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_a_command_collects_garbage_less_often_and_leaves_the_collector_as_it_was(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    during: list[tuple[int, int, int]] = []

    def generate(options: object, config: object) -> int:
        during.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(cli, "_generate", generate)
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert main(["generate", str(spec), "--out", str(tmp_path / "out")]) == 0
    assert during[0][0] > before[0] and during[0][1:] == before[1:]
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


# -- diff and changelog ---------------------------------------------------------------------------


def test_diff_prints_the_report_and_exits_0_without_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files(tmp_path, nothing, drop_size)
    assert main(["diff", str(old), str(new)]) == 0
    assert capsys.readouterr().out == render_report(diff_specs(old, new))


def test_fail_on_breaking_exits_1_on_a_breaking_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files(tmp_path, nothing, drop_size)
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 1
    captured = capsys.readouterr()
    assert "## Breaking changes" in captured.out
    assert "error: 1 breaking change(s)" in captured.err


def test_fail_on_breaking_exits_0_without_one(tmp_path: Path) -> None:
    old, new = spec_files(tmp_path, nothing, add_tag_schema)
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 0


def test_diff_output_writes_the_report_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files(tmp_path, nothing, drop_size)
    report_file = tmp_path / "report.md"
    assert main(["diff", str(old), str(new), "--output", str(report_file)]) == 0
    assert capsys.readouterr().out == ""
    assert report_file.read_text(encoding="utf-8") == render_report(diff_specs(old, new))


def test_diff_of_a_bad_spec_keeps_the_error_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = spec_files(tmp_path, nothing, drop_size)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    assert main(["diff", str(old), str(bad), "--fail-on-breaking"]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "'version' is a required property" in err
    assert main(["diff", str(old)]) == 2


def test_changelog_writes_the_entry_for_the_new_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    v0, v1, _ = (write_spec(tmp_path, f"v{i}.yaml", doc) for i, doc in enumerate(changelog_docs()))
    out = tmp_path / "sdk"
    out.mkdir()
    assert main(["changelog", str(v0), str(v1), "--out", str(out), "--date", "2025-01-01"]) == 0
    assert capsys.readouterr().err == f"wrote the entry for 1.1.0 to {out / 'CHANGELOG.md'}\n"
    assert "\n## 1.1.0 (2025-01-01)\n" in (out / "CHANGELOG.md").read_text(encoding="utf-8")


def test_changelog_adds_nothing_when_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files(tmp_path, nothing, nothing)
    out = tmp_path / "sdk"
    out.mkdir()
    assert main(["changelog", str(old), str(new), "--out", str(out)]) == 0
    assert "nothing to add to the changelog" in capsys.readouterr().err
    assert not (out / "CHANGELOG.md").exists()


def test_changelog_refuses_a_bad_date_or_a_missing_folder(tmp_path: Path) -> None:
    old, new = spec_files(tmp_path, nothing, drop_size)
    out = tmp_path / "sdk"
    assert main(["changelog", str(old), str(new), "--out", str(out)]) == 2
    out.mkdir()
    assert main(["changelog", str(old), str(new), "--out", str(out), "--date", "May"]) == 2
    assert not (out / "CHANGELOG.md").exists()
