"""Bad input: a clear message naming the place, a non-zero exit, and nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SPEC

VALID_HEAD = 'openapi: 3.0.3\ninfo:\n  title: Broken\n  version: "1"\n'


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


CASES = {
    "missing file": (None, "does-not-exist.yaml", ["does-not-exist.yaml", "no such file"]),
    "yaml syntax": (
        VALID_HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok\n",
        "spec.yaml",
        ["spec.yaml:10:1", "invalid YAML", "expected ',' or '}'"],
    ),
    "json syntax": (
        '{"openapi": "3.0.3",\n "info": {"title": "x", "version": "1"},\n "paths": {,}}\n',
        "spec.json",
        ["spec.json:3:12", "invalid JSON"],
    ),
    "fails validation": (
        "openapi: 3.0.3\ninfo:\n  title: x\npaths: {}\n",
        "spec.yaml",
        ["spec.yaml:2:1", "(at /info)", "'version' is a required property"],
    ),
    "unresolved ref": (
        VALID_HEAD
        + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        + "          content:\n            application/json:\n              schema:\n"
        + "                $ref: '#/components/schemas/Nope'\n",
        "spec.yaml",
        [
            "spec.yaml:14:17",
            "/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
            "unresolved $ref",
            "#/components/schemas/Nope",
        ],
    ),
    "unresolved ref to another file": (
        VALID_HEAD
        + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        + "          content:\n            application/json:\n              schema:\n"
        + "                $ref: 'models.yaml#/Pet'\n",
        "spec.yaml",
        ["spec.yaml:14:17", "models.yaml", "no such file"],
    ),
    "cyclic ref chain": (
        VALID_HEAD
        + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
        + "    B: {$ref: '#/components/schemas/A'}\n",
        "spec.yaml",
        ["cyclic $ref chain", "#/components/schemas/A -> ", "#/components/schemas/B"],
    ),
    "swagger 2": (
        'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n',
        "spec.yaml",
        ["Swagger 2.0 is not supported", "spec.yaml:1:1"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_spec_is_reported_with_its_place_and_nothing_is_written(
    tmp_path: Path, case: str
) -> None:
    content, name, expected = CASES[case]
    spec = tmp_path / name
    if content is not None:
        spec.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    result = run("generate", str(spec), "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in expected:
        assert fragment in result.stderr, result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {name} - ({name} if content is None else set())
    )


def test_previous_output_is_untouched_when_the_new_spec_is_bad(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", str(SPEC), "--out", str(out)).returncode == 0
    (out / "custom.py").write_text("# mine\n", encoding="utf-8")
    before = snapshot(out)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    result = run("generate", str(bad), "--out", str(out))
    assert result.returncode == 1
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "out"]


def test_regeneration_keeps_files_the_generator_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", str(SPEC), "--out", str(out)).returncode == 0
    (out / "magic_hour" / "custom.py").write_text("# mine\n", encoding="utf-8")
    assert run("generate", str(SPEC), "--out", str(out)).returncode == 0
    assert (out / "magic_hour" / "custom.py").read_text(encoding="utf-8") == "# mine\n"


def test_a_folder_that_is_not_our_output_is_refused_without_force(tmp_path: Path) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "important.txt").write_text("keep", encoding="utf-8")
    result = run("generate", str(SPEC), "--out", str(out))
    assert result.returncode == 2
    assert "--force" in result.stderr and "not empty" in result.stderr
    assert snapshot(out) == {"important.txt": b"keep"}
    assert run("generate", str(SPEC), "--out", str(out), "--force").returncode == 0
    assert (out / "important.txt").read_text(encoding="utf-8") == "keep"


def test_bad_usage_exits_2_with_the_usage() -> None:
    result = run("generate")
    assert result.returncode == 2
    assert "required" in result.stderr and "usage:" in result.stderr


def test_help_describes_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "generate" in result.stdout and "check" in result.stdout


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = run("--debug", "generate", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "no such file" in result.stderr


def test_strict_turns_loose_typing_into_an_error_with_pointers(tmp_path: Path) -> None:
    spec = ROOT / "tests" / "specs" / "openapi31-features.yaml"
    out = tmp_path / "out"
    result = run("generate", str(spec), "--out", str(out), "--strict")
    assert result.returncode == 1
    assert "--strict" in result.stderr
    assert "#/components/schemas/Place/properties/coordinates" in result.stderr
    assert not out.exists()
    relaxed = run("generate", str(spec), "--out", str(out))
    assert relaxed.returncode == 0
    assert "warning: openapi31-features.yaml#/components/schemas/Place" in relaxed.stderr
