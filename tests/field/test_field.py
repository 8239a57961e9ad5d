"""The field corpus in `make test`: every real spec of `../shared/field-specs` goes through every
check of `make field` (tests/support/field.py): it generates without a traceback; with warnings,
`--strict` refuses it, listing every warning located by file, line, column and pointer; every
operation of the document is in the SDK or reported as left out with its reason; every module
imports (every model builds); `mypy --strict` and ruff are clean; and every doc example, sync and
async, runs against a Prism mock of the spec with a 2xx answer, no request-side violation and
`res` of the documented type. `make field` runs the same checks and writes docs/field.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from support import field as checks

CASES = [
    pytest.param(
        name,
        marks=[
            pytest.mark.skipif(
                not checks.entry(name).is_file(), reason=f"no field corpus at {checks.FIELD_SPECS}"
            ),
        ],
        id=name,
    )
    for name in sorted(checks.SPECS)
]


@pytest.fixture(scope="module")
def checked(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str], checks.Row]]:
    """Every selected field spec checked, two at a time, all started at once; the callable waits
    for one spec's row."""
    selected = {
        item.callspec.params["name"]
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    }
    present = [name for name in sorted(selected) if checks.entry(name).is_file()]
    specs = [(name, checks.entry(name), checks.SPECS[name]) for name in present]
    with checks.checking(specs, tmp_path_factory.mktemp("field")) as results:
        rows = dict(zip(present, results, strict=True))
        yield lambda name: rows[name]()


@pytest.mark.parametrize("name", CASES)
def test_field_spec_passes_every_check(name: str, checked: Callable[[str], checks.Row]) -> None:
    row = checked(name)
    notes = "\n".join(row.notes)[-6000:]
    assert row.generated == "yes", notes
    assert not row.strict.startswith("FAILED"), row.strict
    assert row.operations_check == "ok", notes
    assert row.imports == "ok", notes
    assert (row.mypy, row.ruff) == ("0", "0"), notes
    assert not row.examples.startswith("FAILED"), f"doc examples {row.examples}:\n{notes}"
