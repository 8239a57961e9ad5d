"""Hostile sizes: a YAML alias bomb, a 10,000-step `$ref` chain and 5,000 levels of nesting.

Each fails fast (under 2 s) through the command line with a one-line message naming the file,
and neither an existing output folder nor a fresh one is touched. (The limits themselves, with
the places they report: tests/unit/spec/test_load.py and test_refs.py.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support.hostile import run_generator

from generator.output.write import MANIFEST

ROOT = Path(__file__).resolve().parents[2]


def _alias_bomb() -> str:
    lines = [
        "openapi: 3.0.3",
        "info: {title: Bomb, version: '1'}",
        "paths: {}",
        "x-lol:",
        "  a: &a [" + ", ".join(["lol"] * 9) + "]",
    ]
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"  {name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n"


def _ref_chain(steps: int = 10_000) -> str:
    schemas: dict[str, Any] = {
        f"A{i}": {"$ref": f"#/components/schemas/A{i + 1}"} for i in range(steps)
    }
    schemas[f"A{steps}"] = {"type": "string"}
    schema = {"$ref": "#/components/schemas/A0"}
    return json.dumps(
        {
            "openapi": "3.0.3",
            "info": {"title": "Chain", "version": "1"},
            "paths": {
                "/a": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": schema}},
                            }
                        }
                    }
                }
            },
            "components": {"schemas": schemas},
        }
    )


def _deep_schema(levels: int, fmt: str) -> str:
    head = '{"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": '
    tail = "}}}}}}}}"
    schema = (
        '{"type": "object", "properties": {"a": ' * levels + '{"type": "string"}' + "}}" * levels
    )
    text = head + schema + tail
    return text if fmt == "json" else text.replace('"', "")  # flow-style YAML


SIZE_CASES = {
    "yaml alias bomb": ("bomb.yaml", _alias_bomb, ["bomb.yaml", "values"]),
    "ref chain 10000 deep": ("chain.json", _ref_chain, ["chain.json", "$ref"]),
    "schema nested 5000 deep (json)": (
        "deep.json",
        lambda: _deep_schema(5000, "json"),
        ["deep.json", "nested"],
    ),
    "schema nested 5000 deep (yaml)": (
        "deep.yaml",
        lambda: _deep_schema(5000, "yaml"),
        ["deep.yaml", "nested"],
    ),
}


def _previous_output(out: Path) -> dict[str, bytes]:
    """An output folder as a previous run left it: generated files, a manifest, a user file."""
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "__init__.py").write_text('"""Previous."""\n', encoding="utf-8")
    (out / "README.md").write_text("# Previous\n", encoding="utf-8")
    (out / MANIFEST).write_text("README.md\npkg/__init__.py\n", encoding="utf-8")
    (out / "notes.txt").write_text("the user's own file\n", encoding="utf-8")
    return _snapshot(out)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("case", sorted(SIZE_CASES))
def test_hostile_size_fails_fast_and_cleanly(case: str, tmp_path: Path) -> None:
    name, build, expected = SIZE_CASES[case]
    spec = tmp_path / name
    spec.write_text(build(), encoding="utf-8")
    out = tmp_path / "out"
    previous = _previous_output(out)
    fresh = tmp_path / "fresh"
    for target in (out, fresh):
        run, cpu = run_generator(spec, target, cwd=ROOT, timeout=10)
        if run is None:
            pytest.fail(f"{case}: still running after 10 s (limit: 2 s of CPU)")
        assert run.returncode == 1, (run.returncode, run.stderr[-2000:])
        assert "Traceback" not in run.stderr, run.stderr[-2000:]
        message = run.stderr.strip()
        assert message.startswith("error: ") and len(message.splitlines()) == 1, message[-2000:]
        for word in expected:
            assert word in message, f"{word!r} not in {message!r}"
        assert cpu < 2.0, f"{case}: took {cpu:.1f} s of CPU (limit 2 s): {message}"
    assert _snapshot(out) == previous
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "out"])
