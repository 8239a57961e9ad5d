"""`make field`: every real spec of the field corpus through the generator and the checks a user
would make, as one table (printed, and written to docs/field.md).

    .venv/bin/python tests/field/run.py [--only NAME ...] [--spec PATH ...] [--out docs/field.md]
                                        [--keep DIR]

For each spec of `../shared/field-specs` (SDK_FIELD_SPECS overrides; provenance in its
SOURCES.md): the generator's command line, as a user runs it, then, if it wrote an SDK: every
operation of the document is in the SDK or reported as left out with its reason; every module
imports; `mypy --strict` and ruff are clean; and every doc example runs against a Prism mock of
the spec through `Client` and `AsyncClient` (tests/field/examples.py, one child process per
SDK). The SDKs are written to a temporary folder (`--keep` keeps them) and are not committed.
Exit status 1 if any check fails.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS.parent), str(TESTS)]

from support import field as checks  # noqa: E402

ROOT = TESTS.parent
COMMAND = "make field"  # = .venv/bin/python tests/field/run.py


HEADERS = (
    "spec",
    "generated",
    "operations",
    "models",
    "warnings",
    "left out",
    "`--strict`",
    "every operation",
    "import",
    "mypy errors",
    "ruff errors",
    "doc examples vs Prism",
    "generation (s)",
    "all checks (s)",
)


def table(rows: list[checks.Row]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for row in rows:
        cells = (
            f"`{row.shown}`",
            row.generated.replace("|", "\\|").replace("\n", " "),
            row.operations,
            row.models,
            row.warnings,
            row.left_out,
            row.strict,
            row.operations_check,
            row.imports,
            row.mypy,
            row.ruff,
            row.examples,
            f"{row.seconds:.0f}",
            f"{row.total:.0f}",
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def document(rows: list[checks.Row], seconds: float) -> str:
    passed = sum(row.passed for row in rows)
    notes = [
        f"### {row.name}\n\n" + "\n".join(f"- {note}" for note in row.notes)
        for row in rows
        if row.notes
    ]
    return "\n".join(
        [
            "# Field suite: real public specs through the generator",
            "",
            f"Run `{COMMAND}` (`.venv/bin/python tests/field/run.py`) to repeat it (about "
            f"{seconds / 60:.0f} minutes on this machine; `--only NAME` for one spec). The specs are the ten public API descriptions of "
            "`../shared/field-specs` (provenance, commits and licences in its `SOURCES.md`); the "
            "generated SDKs are not committed.",
            "",
            "What each column checks: *generated*: `python -m generator generate SPEC` exits 0 "
            "without a traceback (else its one-line refusal); *operations, models, warnings, left "
            "out*: the run's summary; *`--strict`*: with warnings, `--strict` exits 1, lists each "
            "warning as an error with its file, line, column and JSON pointer, and writes nothing; "
            "*every operation*: each operation of the document (paths x "
            "HTTP methods, read independently of the generator) is documented in the SDK or listed "
            "as left out with its reason, and the summary agrees with the count; *import*: every "
            "module imports and every model builds; *mypy errors*: `mypy --strict` on the package; "
            "*ruff errors*: `ruff check` on the project; *doc examples*: every ```python example "
            "of the resource READMEs (sync and async) runs against a Prism mock with a 2xx answer, "
            "no request-side `sl-violations`, and `res` of the documented type. *Failing for the "
            "spec's own defects*: the request was right and the spec is to blame, with the "
            "evidence in the notes: Prism answered with a spec example that breaks the spec's own "
            "schema (Prism says so) or made up a body that does (openapi-schema-validator says "
            "so), and the SDK rightly raised "
            "`ResponseValidationError`; a listing's next request carried such an answer's value; "
            "or the body's `oneOf` options cannot be told apart (valid under several, so any body "
            "fails Prism's 'exactly one'; the generator warns). *Not servable*: operations Prism "
            "cannot answer (no responses, an event stream) or route (a path with `#`).",
            "",
            f"{passed}/{len(rows)} specs pass every check. Measured "
            f"{datetime.date.today().isoformat()} on {platform.system()}, Python "
            f"{platform.python_version()}.",
            "",
            table(rows),
            "",
            "## Notes, per spec",
            "",
            *notes,
            "",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(checks.SPECS), default=None)
    parser.add_argument(
        "--spec",
        type=Path,
        action="append",
        default=[],
        help="also (with --only and no names: only) this spec, not in the corpus: the same checks "
        "on other public specs",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "field.md")
    parser.add_argument("--keep", type=Path, default=None, help="write the SDKs here and keep them")
    options = parser.parse_args()
    names = sorted(checks.SPECS) if options.only is None else options.only
    missing = [name for name in names if not checks.entry(name).is_file()]
    if missing:
        print(
            f"the field corpus is not at {checks.FIELD_SPECS}: missing {missing}", file=sys.stderr
        )
        return 2
    specs = [(name, checks.entry(name), checks.SPECS[name]) for name in names]
    specs += [(f"{p.parent.name}-{p.stem}", p.resolve(), p.name) for p in options.spec]
    started = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory(prefix="field-") as temporary:
        work = options.keep or Path(temporary)
        with checks.checking(specs, work) as results:
            for result in results:
                row = result()
                rows.append(row)
                print(table([row]).splitlines()[-1], flush=True)
    text = document(rows, time.monotonic() - started)
    print(table(rows))
    if options.only is None and not options.spec:  # the table of the whole corpus, only
        options.out.write_text(text, encoding="utf-8")
        print(f"wrote {options.out}", file=sys.stderr)
    else:  # what went wrong, as the table's notes would say
        print(text[text.index("## Notes, per spec") :])
    return 0 if all(row.passed for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
