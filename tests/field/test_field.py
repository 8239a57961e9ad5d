"""The field corpus in `make test`: every real spec of `../shared/field-specs` generates without a
traceback, every operation of the document is in the SDK or reported as left out with its reason,
and every module of the SDK imports (every model builds).

`make field` (tests/field/run.py) adds `mypy --strict`, ruff and the doc examples against Prism,
which take too long for every test run, and writes the table of docs/field.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import field as checks

# Refused before the build stage by the spec stage on main (issue 11, branch spec-stage: every
# validation error becomes a located warning). Strict: once they generate, this list must go.
REFUSED_BY_VALIDATION = {
    "digitalocean": "a $ref in a tag description; operations given by $ref",
    "mistral": "the validator itself fails ('<' between float and str)",
    "ory-kratos": "a security requirement names an undefined scheme",
    "svix": "an example breaks its own minItems",
    "together": "a default that is not of its schema's type",
}

CASES = [
    pytest.param(
        name,
        marks=[
            pytest.mark.skipif(
                not checks.entry(name).is_file(), reason=f"no field corpus at {checks.FIELD_SPECS}"
            ),
            *(
                [pytest.mark.xfail(reason=REFUSED_BY_VALIDATION[name], strict=True)]
                if name in REFUSED_BY_VALIDATION
                else []
            ),
        ],
        id=name,
    )
    for name in sorted(checks.SPECS)
]


@pytest.mark.parametrize("name", CASES)
def test_field_spec_generates_every_operation_and_imports(name: str, tmp_path: Path) -> None:
    run = checks.generate(checks.entry(name), tmp_path / "sdk")
    assert not run.crashed, run.output[-3000:]
    assert run.returncode == 0, f"{name}: {run.error}"
    assert checks.operations(run).problems() == []
    assert checks.import_problem(run) == ""
