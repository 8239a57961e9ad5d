"""The field suite's checks on a real public spec (`../shared/field-specs`, provenance in its
SOURCES.md): generate it as a user would (the command line, in a child process), then check that
nothing crashed, that every operation of the document is in the SDK or reported as left out with
its reason, that every module imports, and that `mypy --strict` and ruff are clean.

Then every doc example runs against a Prism mock of the spec (tests/field/examples.py, a child
process per SDK). Used by tests/field/test_field.py (in `make test`) and by tests/field/run.py
(`make field`, which writes the results as the table of docs/field.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from support.doc_examples import collect_examples
from support.generated import IMPORT_ALL
from support.openapi_document import Document, operations_of

ROOT = Path(__file__).resolve().parents[2]
FIELD_SPECS = Path(os.environ.get("SDK_FIELD_SPECS", ROOT.parent / "shared" / "field-specs"))
# name -> the entry file, relative to FIELD_SPECS (DigitalOcean's spec spans 2,850 files).
SPECS = {
    "adyen-management": "adyen-management.json",
    "digitalocean": "digitalocean/DigitalOcean-public.v2.yaml",
    "discord": "discord.json",
    "google-maps": "google-maps.yaml",
    "mistral": "mistral.yaml",
    "ory-kratos": "ory-kratos.json",
    "qdrant": "qdrant.json",
    "sentry": "sentry.json",
    "svix": "svix.json",
    "together": "together.yaml",
}
EXAMPLES = ROOT / "tests" / "field" / "examples.py"  # run in a child process per SDK
GENERATE_TIMEOUT = 600
CHECK_TIMEOUT = 900

_SUMMARY = re.compile(
    r"^(?P<title>.*): (?P<operations>\d+) operations(?: \(\d+ paginated\))?, (?P<models>\d+) response models, "
    r"(?P<params>\d+) parameter types, (?P<files>\d+) files, (?P<warnings>\d+) warnings, "
    r"(?P<left_out>\d+) left out$",
    re.MULTILINE,
)
_LEFT_OUT_OPERATION = re.compile(
    r"^left out: (?P<place>.*?): operation (?P<method>[A-Z]+) (?P<path>\S+): (?P<reason>.*)$",
    re.MULTILINE,
)


def entry(name: str) -> Path:
    return FIELD_SPECS / SPECS[name]


@dataclass
class Generation:
    """One run of `python -m generator generate` on a field spec."""

    spec: Path
    out: Path
    returncode: int
    seconds: float
    output: str  # stderr: the summary, every warning and left-out item, or the error

    @property
    def crashed(self) -> bool:
        return "Traceback (most recent call last)" in self.output

    @property
    def error(self) -> str:
        """The generator's one-line refusal ("" when it generated)."""
        lines = [line for line in self.output.splitlines() if line.startswith("error: ")]
        return lines[-1].removeprefix("error: ") if self.returncode and lines else ""

    def count(self, what: str) -> int:
        """A number of the summary line: operations, models, params, files, warnings, left_out."""
        found = _SUMMARY.search(self.output)
        assert found, f"{self.spec.name}: no summary line in the generator's output"
        return int(found.group(what))

    def left_out_operations(self) -> dict[tuple[str, str], str]:
        """(METHOD, path) -> reason, for each operation the summary says the SDK leaves out."""
        return {
            (m.group("method"), m.group("path")): m.group("reason")
            for m in _LEFT_OUT_OPERATION.finditer(self.output)
        }

    @property
    def package(self) -> str:
        packages = [d.name for d in sorted(self.out.iterdir()) if (d / "__init__.py").is_file()]
        assert len(packages) == 1, f"{self.out}: expected one package, found {packages}"
        return packages[0]


def generate(spec: Path, out: Path, *options: str) -> Generation:
    command = [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)]
    started = time.monotonic()
    done = subprocess.run(
        [*command, "--quiet", "--force", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=GENERATE_TIMEOUT,
    )
    return Generation(spec, out, done.returncode, time.monotonic() - started, done.stderr)


@dataclass
class Operations:
    """The document's operations (paths x methods, read independently of the generator) against
    the SDK's (each documented endpoint of its resource READMEs) and what the run left out."""

    in_document: set[tuple[str, str]]
    in_sdk: set[tuple[str, str]]
    left_out: dict[tuple[str, str], str]
    summary_count: int

    @property
    def missing(self) -> set[tuple[str, str]]:
        """Operations neither in the SDK nor reported as left out: dropped silently."""
        return self.in_document - self.in_sdk - set(self.left_out)

    @property
    def unknown(self) -> set[tuple[str, str]]:
        """Endpoints the SDK documents that the document does not have."""
        return self.in_sdk - self.in_document

    def problems(self) -> list[str]:
        found = []
        if self.missing:
            found.append(f"dropped silently: {sorted(self.missing)}")
        if self.unknown:
            found.append(f"in the SDK, not in the document: {sorted(self.unknown)}")
        if self.summary_count + len(self.left_out) != len(self.in_document):
            found.append(
                f"the summary says {self.summary_count} operations and {len(self.left_out)} "
                f"left out; the document has {len(self.in_document)}"
            )
        return found


def operations(run: Generation) -> Operations:
    resources = run.out / run.package / "resources"
    return Operations(
        in_document=set(operations_of(Document(run.spec))),
        in_sdk={e.endpoint for e in collect_examples(resources) if e.endpoint is not None},
        left_out=run.left_out_operations(),
        summary_count=run.count("operations"),
    )


# One problem of a `--strict` refusal: `  file:line:column (at /pointer): message`.
_LOCATED_PROBLEM = re.compile(r"^  \S.*:\d+:\d+ \(at /.*?\): ", re.MULTILINE)


def strict_refusal(spec: Path, out: Path, warnings: int) -> str:
    """With warnings, `--strict` must refuse the spec, list every warning as an error located
    by file, line, column and JSON pointer, and write nothing: "refused, N/N located"."""
    if not warnings:
        return "n/a"
    run = generate(spec, out, "--strict")
    located = len(_LOCATED_PROBLEM.findall(run.output))
    written = out.exists() and any(out.iterdir())
    result = f"refused, {located}/{warnings} located"
    if run.crashed or run.returncode != 1 or written or located != warnings:
        return f"FAILED: exit {run.returncode}, {result}, {'wrote files' if written else ''}"
    return result


def _check(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, timeout=CHECK_TIMEOUT
    )


def import_problem(run: Generation) -> str:
    """Why importing every module (and building every model) fails; "" when it does not."""
    done = _check([sys.executable, "-c", IMPORT_ALL, run.package], run.out)
    return done.stderr.strip().splitlines()[-1] if done.returncode else ""


@dataclass
class Lint:
    errors: int
    output: str = field(repr=False)


def mypy_strict(run: Generation, cache: Path) -> Lint:
    done = _check(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), run.package],
        run.out,
    )
    found = re.search(r"Found (\d+) errors?", done.stdout)
    errors = int(found.group(1)) if found else (1 if done.returncode else 0)
    return Lint(errors, done.stdout + done.stderr)


def ruff(run: Generation) -> Lint:
    done = _check(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
        run.out,
    )
    found = re.search(r"Found (\d+) errors?", done.stdout)
    errors = int(found.group(1)) if found else (1 if done.returncode else 0)
    return Lint(errors, done.stdout + done.stderr)


@dataclass
class Row:
    name: str
    shown: str  # the spec as the table names it
    generated: str = ""  # "yes", or the refusal / crash
    operations: str = ""
    models: str = ""
    warnings: str = ""
    left_out: str = ""
    strict: str = ""  # what `--strict` did: "n/a" without warnings
    operations_check: str = ""
    imports: str = ""
    mypy: str = ""
    ruff: str = ""
    examples: str = ""
    failing_examples: list[str] = field(default_factory=list)  # ids of the examples that failed
    seconds: float = 0.0  # generation
    total: float = 0.0  # generation and every check
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return (
            self.generated == "yes"
            and self.operations_check == "ok"
            and not self.strict.startswith("FAILED")
            and self.imports == "ok"
            and self.mypy == "0"
            and self.ruff == "0"
            and not self.examples.startswith("FAILED")
        )


@contextlib.contextmanager
def checking(
    specs: list[tuple[str, Path, str]], work: Path, workers: int = 2
) -> Iterator[list[Callable[[], Row]]]:
    """``check`` on each ``(name, spec, shown)``, ``workers`` at a time (CI has two cores), all
    started at once: gives, in order, a callable per spec that waits for its row. Each worker
    thread keeps its own mypy cache (the runtime and stubs analysed once per worker). Leaving
    the block cancels the checks not yet started."""
    local = threading.local()

    def one(name: str, spec: Path, shown: str) -> Row:
        if not hasattr(local, "cache"):
            local.cache = work / f"mypy-cache-{threading.get_ident()}"
        return check(name, spec, shown, work, local.cache)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(one, *spec) for spec in specs]
        try:
            yield [future.result for future in futures]
        finally:
            for future in futures:
                future.cancel()


def check(name: str, spec: Path, shown: str, work: Path, cache: Path) -> Row:
    """Every check of one spec (``shown`` is how the table names it), the SDK written to
    ``work / name``, mypy's cache in ``cache``."""
    begun = time.monotonic()
    row = Row(name, shown)
    try:
        _check_into(row, spec, work, cache)
    finally:
        row.total = time.monotonic() - begun
    return row


def _check_into(row: Row, spec: Path, work: Path, cache: Path) -> None:
    name = row.name
    run = generate(spec, work / name)
    row.seconds = run.seconds
    if run.crashed:
        row.generated = "CRASHED"
        row.notes.append("traceback:\n" + run.output[-3000:])
        return
    if run.returncode:
        # Named relative to the corpus: the table must not depend on where it was run.
        row.generated = "REFUSED: " + run.error.replace(f"{FIELD_SPECS}/", "")
        return
    row.generated = "yes"
    row.operations = str(run.count("operations"))
    row.models = str(run.count("models"))
    row.warnings = str(run.count("warnings"))
    row.left_out = str(run.count("left_out"))
    row.strict = strict_refusal(spec, work / f"{name}-strict", run.count("warnings"))
    found = operations(run)
    problems = found.problems()
    row.operations_check = "FAILED" if problems else "ok"
    row.notes.extend(problems)
    for (method, path), reason in sorted(found.left_out.items()):
        row.notes.append(f"left out: {method} {path}: {reason}")
    problem = import_problem(run)
    row.imports = "FAILED" if problem else "ok"
    if problem:
        row.notes.append(f"import: {problem}")
    for label, lint in (("mypy", mypy_strict(run, cache)), ("ruff", ruff(run))):
        setattr(row, label, str(lint.errors))
        if lint.errors:
            row.notes.append(f"{label}:\n" + lint.output[-3000:])
    row.examples = examples(run, row)


def examples(run: Generation, row: Row) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES), str(run.spec), str(run.out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if done.returncode:
        row.notes.append("doc examples: " + done.stderr[-3000:])
        return "FAILED (crashed)"
    report = json.loads(done.stdout)
    if report["prism"]:
        row.notes.append(f"Prism cannot serve the spec: {report['prism']}")
        return "Prism cannot serve it"
    row.failing_examples = sorted(failure["example"] for failure in report["failures"])
    for failure in report["failures"][:20]:
        row.notes.append(
            f"example {failure['example']} ({failure['endpoint']}): {failure['problem']}"
        )
    for problem in report["spec_problems"][:8]:
        row.notes.append(
            f"example {problem['example']} ({problem['endpoint']}): the spec's own defect, "
            f"not the SDK's: {problem['problem']}"
        )
    served = report["total"] - report["not_servable"]
    text = f"{report['ok']}/{served}"
    if report["spec"]:
        text += f" (+{report['spec']} failing for the spec's own defects)"
    if report["not_servable"]:
        text += f"; {report['not_servable']} not servable by Prism"
    return f"FAILED {text}" if report["failed"] else text
