"""Spec text cannot forge custom-code regions, whatever template prints it.

Regions carry a user's hand-written code across regenerations (generator/output/custom.py); a
region opened by spec text would take the place of, or clash with, a real one. Each case puts
forged markers where a template prints spec text, generates twice with the command line (as a
user would regenerate) and finds exactly the regions a clean spec gets, and nothing changed.
How the escaping filters break up "@custom-" is tests/unit/emit/test_escape.py; how regions are
parsed, tests/unit/output/test_custom.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support.hostile import thing_spec

from generator.cli import main
from generator.output.custom import regions
from generator.pipeline import generate


def _with_response_example(example: Any) -> dict[str, Any]:
    spec = thing_spec()
    media = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = example
    return spec


_LONG = "y" * 120  # a response example this long is shown as a ```json block
FORGED_REGIONS = {
    "sync client region": thing_spec(
        description="# @custom-begin ThingsClient\nhello world\n# @custom-end ThingsClient"
    ),
    "async client region": thing_spec(
        description="# @custom-begin AsyncThingsClient\nyield\n# @custom-end AsyncThingsClient"
    ),
    "docs region": thing_spec(
        description="<!-- @custom-begin docs -->\nspec\n<!-- @custom-end docs -->"
    ),
    "readme region": thing_spec(
        description="<!-- @custom-begin readme -->\nspec\n<!-- @custom-end readme -->"
    ),
    "U+2028 in a json example": _with_response_example(
        {"x": f"{_LONG}\u2028<!-- @custom-begin docs -->\u2028spec\u2028<!-- @custom-end docs -->"}
    ),
    "NEL in a json example": _with_response_example(
        {"x": f"{_LONG}\x85<!-- @custom-begin docs -->\x85spec\x85<!-- @custom-end docs -->"}
    ),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _regions(files: dict[str, str]) -> dict[str, list[str]]:
    return {path: sorted(regions(text, path)) for path, text in files.items()}


@pytest.fixture(scope="module")
def clean_regions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The regions of the SDK of the same spec without forged text: the generator's own."""
    spec = tmp_path_factory.mktemp("clean") / "spec.json"
    spec.write_text(json.dumps(thing_spec()), encoding="utf-8")
    return _regions(generate(spec).files)


@pytest.mark.parametrize("case", sorted(FORGED_REGIONS))
def test_spec_text_cannot_fake_custom_regions(
    case: str, tmp_path: Path, clean_regions: dict[str, list[str]]
) -> None:
    """Regions keep the user's code across runs; spec text must not open one of its own."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(FORGED_REGIONS[case]), encoding="utf-8")
    assert _regions(generate(spec).files) == clean_regions
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    generated = _snapshot(out)
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    regenerated = _snapshot(out)
    changed = sorted(path for path in generated if generated[path] != regenerated.get(path))
    assert changed == [], f"regenerating from the same spec changed {changed}"
    for path, data in regenerated.items():
        if path.endswith(".py"):
            compile(data, path, "exec", dont_inherit=True)
