"""The field corpus in `make test`: every real spec of `../shared/field-specs` generates without a
traceback, every operation of the document is in the SDK or reported as left out with its reason,
and every module of the SDK imports (every model builds).

`make field` (tests/field/run.py) adds `mypy --strict`, ruff and the doc examples against Prism,
which take too long for every test run, and writes the table of docs/field.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Checked:
    run: checks.Generation
    operations: list[str]  # what the operations check found wrong
    import_problem: str


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Checked]]:
    """Each field spec generated and checked in a child process, two at a time (CI has two
    cores), all started at once; the callable waits for one spec's result."""
    work = tmp_path_factory.mktemp("field")

    def check(name: str) -> Checked:
        run = checks.generate(checks.entry(name), work / name)
        if run.crashed or run.returncode:
            return Checked(run, [], "")
        return Checked(run, checks.operations(run).problems(), checks.import_problem(run))

    present = [name for name in sorted(checks.SPECS) if checks.entry(name).is_file()]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(check, name) for name in present}
        yield lambda name: futures[name].result()
        for future in futures.values():
            future.cancel()  # a -k selection need not wait for the rest


@pytest.mark.parametrize("name", CASES)
def test_field_spec_generates_every_operation_and_imports(
    name: str, checked: Callable[[str], Checked]
) -> None:
    result = checked(name)
    assert not result.run.crashed, result.run.output[-3000:]
    assert result.run.returncode == 0, f"{name}: {result.run.error}"
    assert result.operations == []
    assert result.import_problem == ""
