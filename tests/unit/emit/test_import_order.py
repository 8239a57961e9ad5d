"""Import lines are ordered as ruff's isort orders them: digit runs compare as numbers."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from support.generated import generate_sdk

from generator.emit.imports import export_lines, imports, natural_compare
from generator.model.api import Export


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("load_5", "load_15"),
        ("option2", "option10"),
        ("item_5ac85be2", "item_4365d9b9"),  # 5 < 4365: hashed names differ in digit runs
        ("a015", "a12"),  # a run starting with 0 compares digit by digit
        ("a0", "a00"),
        ("a1b2", "a1b10"),
        ("a", "a1"),
        ("a1", "a_"),  # a digit sorts before `_`, `_` before a letter
        ("a_", "aa"),
    ],
)
def test_natural_compare_orders_digit_runs_as_numbers(smaller: str, larger: str) -> None:
    assert natural_compare(smaller, larger) == -1
    assert natural_compare(larger, smaller) == 1
    assert natural_compare(smaller, smaller) == 0


def test_from_imports_and_aliases_in_ruff_order() -> None:
    block = imports(
        stdlib={"typing", "functools", "builtins"},
        first_party={"pkg.types": {"params", "models"}, "pkg._core": {"NOT_GIVEN", "Endpoint"}},
        local={".option10": {"Option10"}, ".option2": {"Option2"}, ".": {"thing"}},
        aliases={"typing": "_typing", "models": "_models", "thing": "_thing"},
    )
    assert block.groups == (
        ("import builtins", "import functools", "import typing as _typing"),
        (
            "from pkg._core import NOT_GIVEN, Endpoint",
            # ruff orders the statements of one module by their first member
            "from pkg.types import models as _models",
            "from pkg.types import params",
        ),
        (
            "from . import thing as _thing",
            "from .option2 import Option2",
            "from .option10 import Option10",
        ),
    )


def _names(rng: random.Random, count: int) -> list[str]:
    """Module-like names with digit runs in the places real specs put them (suffixes, hashes,
    leading zeros, several runs, upper case)."""
    stems = ["load", "option", "item", "Item", "v", "a_b", "x"]
    names = set()
    while len(names) < count:
        parts = [rng.choice(stems)]
        for _ in range(rng.randint(1, 3)):
            parts.append(rng.choice(["", "_"]) + str(rng.choice([0, 1, 2, 5, 9, 10, 15, 99, 100])))
            if rng.random() < 0.3:
                parts.append(rng.choice(["a", "b", "_c", "d9f"]))
        names.add("".join(parts))
    return sorted(names)


def _ruff_diff(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "I"]
    command += ["--config", "lint.isort.known-first-party = ['pkg']", "--diff", str(path)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_ruff_accepts_the_order_of_many_names_with_digits(tmp_path: Path) -> None:
    rng = random.Random(11)
    names = _names(rng, 60)
    block = imports(
        third_party={name.lower() for name in names[:20]},
        first_party={f"pkg.{name.lower()}": {"A", "b"} for name in names[20:40]},
        local={f".{name.lower()}": {name, name.upper(), f"{name}_x"} for name in names[40:]},
        aliases={names[45]: "_x"},
    )
    lines = ["from __future__ import annotations", ""]
    for group in block.groups:
        lines.extend([*group, ""])
    imported = tmp_path / "imported.py"
    imported.write_text("\n".join(lines))
    exports = export_lines(Export(name, f".{name.lower()}") for name in names)
    lines = ["import typing", "", "if typing.TYPE_CHECKING:"]
    lines.extend(f"    from {e.module} import {e.source_name} as {e.name}" for e in exports)
    exported = tmp_path / "exported.py"
    exported.write_text("\n".join(lines) + "\n")
    for path in (imported, exported):
        result = _ruff_diff(path)
        assert result.returncode == 0, result.stdout + result.stderr


def test_generated_imports_with_numbered_names_pass_ruff(tmp_path: Path) -> None:
    """Child clients (`load_5`, `load_15`), sibling models and the lazy exports of an SDK."""
    leaf = '{get: {responses: {"200": {description: ok}}}}'
    spec = f"""
    openapi: 3.0.3
    info: {{title: Numbers, version: "1"}}
    paths:
      /metrics/load_5: {leaf}
      /metrics/load_15: {leaf}
      /metrics/load_1: {leaf}
      /things:
        get:
          responses:
            "200":
              description: ok
              content: {{application/json: {{schema: {{$ref: "#/components/schemas/Thing"}}}}}}
    components:
      schemas:
        Thing:
          type: object
          properties:
            a: {{$ref: "#/components/schemas/Option2"}}
            b: {{$ref: "#/components/schemas/Option10"}}
        Option2: {{type: object, properties: {{x: {{type: string}}}}}}
        Option10: {{type: object, properties: {{y: {{type: string}}}}}}
    """
    sdk = generate_sdk(spec, tmp_path)
    result = sdk.run(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout
    metrics = (sdk.root / sdk.package / "resources" / "metrics" / "client.py").read_text()
    assert metrics.index(".load_1.client") < metrics.index(".load_5.client")
    assert metrics.index(".load_5.client") < metrics.index(".load_15.client")
