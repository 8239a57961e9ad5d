"""`make bench`: this generator against openapi-python-client, side by side, in one run.

    .venv/bin/python bench/run.py [--runs 3] [--budget 180] [--out bench/results.md]
    .venv/bin/python bench/run.py --sections 3,4 --out /tmp/requests.md   # only some sections

Measures, and writes as a markdown table to `bench/results.md`:

1. generation: wall time, CPU time and peak RSS of one child process per run, for
   `spec/magic-hour.json` and for the large synthetic spec of `bench/make_spec.py`, for this
   generator and for openapi-python-client (installed from PyPI into `bench/.venv-peer`);
2. regeneration of the large spec after a one-operation change, into the folder of the last
   generation (the two specs alternate, so each run is a one-operation change); with
   `--outside-spec PATH` (repeatable), also a cold generation and regenerations after a one-word
   description change of a real spec outside the project (GitHub's, for example: no tuning to
   the bench spec's shape);
3. `import` of the SDK generated from the large spec: `-X importtime` cumulative time of the
   package, and wall time of `python -c "import pkg"` minus `python -c "pass"`, in fresh processes;
   and the time to the first request (import, client, one call against a local server);
4. per-request cost of the generated Magic Hour client (`generated/`) against raw httpx, sync and
   async, for a small JSON call and for a response with a 1,000-item array;
5. one cold generation of each real spec in `../shared/field-specs/` by both tools, side by side
   (`--no-field-specs` leaves them out).

`--sections` runs only the sections named; the SDKs they use are then generated once, untimed.

The targets table compares each measurement with the goal issue 17 set for it, as a ratio.

The machine is noisy: the two generators run alternately and ratios come from the same run.
Every child has a timeout; a generator that fails is reported as "failed: reason" in the table.

How many runs (all results are medians), chosen so that the whole bench stays under 15 minutes on
a 2-CPU machine: generation and regeneration N = 3 per tool and spec (`--runs`), cut short when
one more run would take a tool past `--budget` (200 s) on one line, so a slow tool gets 2 or 1
(the table says n); imports 9 fresh processes per SDK; first request 5; per-request 3 processes
of 1,000 small and 60 large calls per client, interleaved call by call.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import make_spec  # noqa: E402

WORK = BENCH / ".work"
PEER_VENV = BENCH / ".venv-peer"
PEER_BIN = PEER_VENV / "bin"
PEER_PY = PEER_BIN / "python"
REQUIREMENTS = BENCH / "requirements-peer.txt"
OUR_PY = ROOT / ".venv" / "bin" / "python"
MAGIC_HOUR = ROOT / "spec" / "magic-hour.json"
FIELD_SPECS = ROOT.parent / "shared" / "field-specs"
FIELD_SPEC_TIMEOUT = 300.0
# The first request (import + client + call) measured on 2026-11-24, before issue 17's work.
FIRST_REQUEST_BEFORE_MS = 301.2
OURS, PEER, RAW, RAW_MODEL = "ours", "peer", "raw", "raw+model"
PEER_NAME = "openapi-python-client"
PACKAGES = {("magic-hour", OURS): "magic_hour", ("large", OURS): "bench_sdk"}
PEER_PACKAGES = {"magic-hour": "peer_magic_hour", "large": "peer_sdk"}
GENERATION_TIMEOUT = 900.0
PROBE_TIMEOUT = 120.0

_started = time.perf_counter()


def say(message: str) -> None:
    print(f"[{time.perf_counter() - _started:6.0f} s] {message}", file=sys.stderr, flush=True)


# -- running children ------------------------------------------------------------------------------


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    max_rss_mb: float
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


# Peak RSS comes from GNU time when there is one: `wait4` on our own child would also count the
# pages it shares with this (large) process between fork and exec, a floor of this process's size.
GNU_TIME = Path("/usr/bin/time")


def measured(
    command: list[str], *, cwd: Path, env: dict[str, str], timeout: float, log: Path
) -> Run:
    """Run one child to its end: wall time, CPU time (`wait4`) and peak RSS (GNU time, or `wait4`).

    Both include the child's own children (the peer's ruff post-hooks)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    timed_out = threading.Event()
    rss_file = log.with_suffix(".rss")
    if GNU_TIME.exists():
        command = [str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *command]
    with log.open("wb") as output:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    max_rss_kb = usage.ru_maxrss
    try:
        max_rss_kb = int(rss_file.read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        pass
    run = Run(wall, usage.ru_utime + usage.ru_stime, max_rss_kb / 1024)
    if timed_out.is_set():
        run.error = f"timed out after {timeout:.0f} s"
    elif process.returncode != 0:
        run.error = f"exit {process.returncode}: {last_error_line(log)}"
    return run


def last_error_line(log: Path) -> str:
    lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()]
    for line in reversed(lines):
        if line.lower().startswith(("error", "traceback")) or "Error" in line.split(":")[0]:
            return line[:300]
    return lines[-1][:300] if lines else "no output"


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(extra)
    return env


# -- set-up ------------------------------------------------------------------------------------


def ensure_peer_venv() -> None:
    stamp = PEER_VENV / ".installed"
    wanted = REQUIREMENTS.read_text(encoding="utf-8")
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted and PEER_PY.exists():
        return
    say(f"creating {PEER_VENV.relative_to(ROOT)} from {REQUIREMENTS.name}")
    if not PEER_PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True, timeout=300)
    pip = [str(PEER_PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True, timeout=900)
    stamp.write_text(wanted, encoding="utf-8")


def version_of(python: Path, distribution: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    try:
        result = subprocess.run(
            [str(python), "-c", code], capture_output=True, text=True, timeout=60, check=True
        )
        return result.stdout.strip()
    except (subprocess.SubprocessError, OSError):
        return "?"


def git(*args: str) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30, check=True
        )
        return result.stdout.strip()
    except (subprocess.SubprocessError, OSError):
        return "?"


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "commit": generator_version(),
    }


def generator_version() -> str:
    """The commit, and whether generator/ or templates/ differ from it (others may be editing)."""
    dirty = git("status", "--porcelain", "--", "generator", "templates")
    return git("rev-parse", "--short", "HEAD") + (" + uncommitted changes" if dirty else "")


# -- the specs and what the local server answers ---------------------------------------------------


def write_specs(resources: int) -> dict[str, Any]:
    spec = make_spec.build_spec(resources=resources)
    changed = make_spec.build_spec(resources=resources, change=True)
    operations, schemas = make_spec.count(spec)
    if operations < 500 or schemas < 2000:
        say("warning: the large spec is below the issue's 500 operations / 2,000 schemas")
    make_spec.write_spec(spec, WORK / "large.yaml")
    make_spec.write_spec(changed, WORK / "large-changed.yaml")
    text = (WORK / "large.yaml").read_text(encoding="utf-8")
    return {
        "spec": spec,
        "operations": operations,
        "schemas": schemas,
        "lines": text.count("\n"),
        "bytes": len(text.encode("utf-8")),
    }


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def instance_of(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A value valid for `schema`, with every property present and non-null where it may be."""
    schema = resolve(spec, schema)
    if "enum" in schema:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = instance_of(spec, part, depth)
            if isinstance(value, dict):
                merged.update(value)
            else:
                return value
        return merged
    if "oneOf" in schema or "anyOf" in schema:
        options = schema.get("oneOf") or schema["anyOf"]
        # Near the top the last option (an object where there is one), deeper the first (an ID
        # for expandable fields), so that mutually expandable objects do not recurse forever.
        return instance_of(spec, options[-1] if depth < 2 else options[0], depth + 1)
    kind = schema.get("type")
    if kind == "array":
        return [] if depth > 3 else [instance_of(spec, schema["items"], depth + 1) for _ in "ab"]
    if kind == "object" or "properties" in schema:
        if "properties" not in schema:
            extra = schema.get("additionalProperties")
            return {"key": instance_of(spec, extra, depth + 1)} if isinstance(extra, dict) else {}
        return {k: instance_of(spec, v, depth + 1) for k, v in schema["properties"].items()}
    if kind == "string":
        return {
            "date-time": "2024-07-25T16:56:21.932Z",
            "date": "2024-07-25",
            "email": "someone@example.com",
            "uri": "https://example.com/x",
        }.get(schema.get("format", ""), "text")
    return {"integer": 7, "number": 1.5, "boolean": True}.get(kind, "text")


@dataclass(frozen=True)
class FirstRequest:
    path: str  # as requested
    operation_id: str
    chain: list[str]  # ours: client attributes to the method
    kwargs: dict[str, str]
    body: Any


def first_request_target(spec: dict[str, Any]) -> FirstRequest:
    """The retrieve operation of the first top-level resource: `GET /v1/<things>/{thing_id}`."""
    for path, item in spec["paths"].items():
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[2].startswith("{") and "get" in item:
            operation = item["get"]
            param = parts[2][1:-1]
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            value = f"{param[:3]}_123"
            return FirstRequest(
                path=f"/{parts[0]}/{parts[1]}/{value}",
                operation_id=operation["operationId"],
                chain=[parts[0], parts[1].replace("-", "_"), "get"],
                kwargs={param: value},
                body=instance_of(spec, schema),
            )
    raise SystemExit("the large spec has no GET /v1/<things>/{id}")


SMALL_PATH = "/v1/video-projects/vp_123"
LARGE_PATH = "/v1/files/upload-urls"
VIDEO_PROJECT = {
    "created_at": "2024-07-25T16:56:21.932Z",
    "credits_charged": 450,
    "downloads": [
        {"expires_at": "2024-07-25T16:56:21.932Z", "url": "https://videos.magichour.ai/id/o.mp4"}
    ],
    "enabled": True,
    "end_seconds": 15.0,
    "error": None,
    "fps": 30.0,
    "height": 960,
    "id": "clx7uu86w0a5qp55yxz315r6r",
    "name": "Example Lip Sync video",
    "start_seconds": 0.0,
    "status": "complete",
    "type": "LIP_SYNC",
    "width": 512,
}
UPLOAD_URLS = {
    "items": [
        {
            "expires_at": "2024-07-25T16:56:21.932Z",
            "file_path": f"api-assets/id/{index}.mp4",
            "upload_url": f"https://videos.magichour.ai/api-assets/id/{index}.mp4?auth-value={index}",
        }
        for index in range(1000)
    ]
}


class LocalServer:
    """`bench/server.py` in its own process, so it never competes for the client's GIL."""

    def __init__(self, routes: dict[str, Any]) -> None:
        routes_file = WORK / "routes.json"
        routes_file.write_text(json.dumps(routes), encoding="utf-8")
        self.process = subprocess.Popen(
            [str(PEER_PY), str(BENCH / "server.py"), str(routes_file)],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.process.kill()
            raise SystemExit(f"the local server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- 1 and 2: generation and regeneration ----------------------------------------------------------


@dataclass
class Cell:
    """The runs of one tool on one spec for one metric."""

    runs: list[Run] = field(default_factory=list)
    note: str = ""

    @property
    def error(self) -> str:
        """The first failure, when no run succeeded."""
        if any(run.ok for run in self.runs):
            return ""
        return next((run.error for run in self.runs if not run.ok), "")

    @property
    def failures(self) -> list[str]:
        return [run.error for run in self.runs if not run.ok]

    def median(self, attribute: str) -> float | None:
        values = [getattr(run, attribute) for run in self.runs if run.ok]
        return statistics.median(values) if values else None


def generation_command(tool: str, spec: Path, out: Path, package: str) -> list[str]:
    if tool == OURS:
        python = str(OUR_PY if OUR_PY.exists() else sys.executable)
        return [
            python,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--out",
            str(out),
            "--package",
            package,
        ]
    return [
        str(PEER_BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out / package),
        "--overwrite",
        "--meta",
        "none",
    ]


GENERATOR_SRC: Path | None = None


def generation_env(tool: str, home: Path) -> dict[str, str]:
    """A cache folder of its own per generation home: a full generation starts cold."""
    extra = {"XDG_CACHE_HOME": str(home / "cache")}
    if tool == PEER:  # its post-hooks run `ruff` from PATH
        extra["PATH"] = f"{PEER_BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    elif GENERATOR_SRC is not None:
        extra["PYTHONPATH"] = str(GENERATOR_SRC)
    return child_env(**extra)


def peer_warnings(log: Path) -> str:
    text = log.read_text(errors="replace")
    if "Warning" not in text and "WARNING" not in text:
        return ""
    skipped = len(re.findall(r"^(?:Unable to|Cannot parse|Could not)", text, re.MULTILINE))
    return f"warned while generating ({skipped} items skipped), see {log.relative_to(ROOT)}"


def package_of(tool: str, spec_name: str) -> str:
    if ":" in spec_name:  # field:<name>, outside:<name>
        kind, _, name = spec_name.partition(":")
        package = kind + "_" + re.sub(r"\W", "_", name)
        return package if tool == OURS else f"peer_{package}"
    return PACKAGES[(spec_name, OURS)] if tool == OURS else PEER_PACKAGES[spec_name]


def budgeted(
    cells: dict[str, Cell], run_one: Callable[[str, int], Run], runs: int, budget: float
) -> None:
    """Runs `run_one(tool, i)` for both tools alternately, up to `runs` times each.

    A tool stops early after a failure, or when one more run (at the mean so far) would take its
    total past `budget` seconds: a slow tool gets fewer runs rather than a bench over time.
    """
    for index in range(runs):
        for tool, cell in cells.items():
            if cell.failures:
                continue
            spent = sum(run.wall_s for run in cell.runs)
            if cell.runs and spent + spent / len(cell.runs) > budget:
                continue
            cell.runs.append(run_one(tool, index))


def generation(
    spec_name: str, spec: Path, runs: int, budget: float
) -> tuple[dict[str, Cell], dict[str, Path]]:
    """Full generations into fresh folders; returns the cells and each tool's last home."""
    cells = {OURS: Cell(), PEER: Cell()}
    homes: dict[str, Path] = {}

    def run_one(tool: str, index: int) -> Run:
        home = WORK / "gen" / spec_name / f"{tool}-{index}"
        shutil.rmtree(home, ignore_errors=True)
        (home / "cache").mkdir(parents=True)
        package = package_of(tool, spec_name)
        log = home / "log.txt"
        run = measured(
            generation_command(tool, spec, home / "out", package),
            cwd=home,
            env=generation_env(tool, home),
            timeout=GENERATION_TIMEOUT,
            log=log,
        )
        say(f"generate {spec_name:10} {tool:4} #{index + 1}: {describe(run)}")
        if run.ok and tool == PEER and not cells[tool].note:
            cells[tool].note = peer_warnings(log)
        previous = homes.get(tool)
        if previous is not None and previous != home:
            shutil.rmtree(previous, ignore_errors=True)
        homes[tool] = home
        return run

    budgeted(cells, run_one, runs, budget)
    return cells, homes


def field_spec_files() -> dict[str, Path]:
    """The real specs of `../shared/field-specs/` by name (DigitalOcean's entry file)."""
    if not FIELD_SPECS.is_dir():
        return {}
    specs = {
        path.stem: path
        for path in sorted(FIELD_SPECS.iterdir())
        if path.suffix in (".json", ".yaml", ".yml")
    }
    entry = FIELD_SPECS / "digitalocean" / "DigitalOcean-public.v2.yaml"
    if entry.is_file():
        specs["digitalocean"] = entry
    return dict(sorted(specs.items()))


def field_generation() -> dict[str, dict[str, Cell]]:
    """One cold generation per tool of each field spec (they take long: one run each)."""
    results: dict[str, dict[str, Cell]] = {}
    for name, spec in field_spec_files().items():
        cells = {OURS: Cell(), PEER: Cell()}
        for tool, cell in cells.items():
            home = WORK / "field" / f"{name}-{tool}"
            shutil.rmtree(home, ignore_errors=True)
            (home / "cache").mkdir(parents=True)
            run = measured(
                generation_command(tool, spec, home / "out", package_of(tool, f"field:{name}")),
                cwd=home,
                env=generation_env(tool, home),
                timeout=FIELD_SPEC_TIMEOUT,
                log=home / "log.txt",
            )
            say(f"field spec {name:18} {tool:4}: {describe(run)}")
            cell.runs.append(run)
            shutil.rmtree(home / "out", ignore_errors=True)
        results[name] = cells
    return results


def regeneration(
    homes: dict[str, Path],
    specs: tuple[Path, Path],
    runs: int,
    budget: float,
    spec_name: str = "large",
) -> dict[str, Cell]:
    """Regenerate in place, alternating the changed and the original spec: one change per run."""
    cells = {tool: Cell() for tool in homes}

    def run_one(tool: str, index: int) -> Run:
        home = homes[tool]
        spec = specs[1] if index % 2 == 0 else specs[0]
        run = measured(
            generation_command(tool, spec, home / "out", package_of(tool, spec_name)),
            cwd=home,
            env=generation_env(tool, home),
            timeout=GENERATION_TIMEOUT,
            log=home / f"regenerate-{index}.txt",
        )
        say(f"regenerate {spec_name:10} {tool:4} #{index + 1}: {describe(run)}")
        return run

    budgeted(cells, run_one, runs, budget)
    return cells


def one_word_changed(spec: Path) -> tuple[Path, Path]:
    """A copy of `spec` and one in which a word is added to one operation's description (the
    first of the sorted paths), as JSON: the change a regeneration measures on a real spec."""
    text = spec.read_text(encoding="utf-8")
    data = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    url = sorted(data["paths"])[0]
    method = next(key for key in make_spec.METHODS if key in data["paths"][url])
    operation = data["paths"][url][method]
    home = WORK / "outside"
    home.mkdir(parents=True, exist_ok=True)
    original, changed = home / f"{spec.stem}.json", home / f"{spec.stem}-changed.json"
    original.write_text(json.dumps(data), encoding="utf-8")
    operation["description"] = f"{operation.get('description') or ''} Changed.".strip()
    changed.write_text(json.dumps(data), encoding="utf-8")
    return original, changed


def outside(specs: list[Path], runs: int, budget: float) -> dict[str, dict[str, dict[str, Cell]]]:
    """Real specs outside the project: a cold generation, then regenerations after a one-word
    change (issue 17: no tuning to the bench spec's shape)."""
    results: dict[str, dict[str, dict[str, Cell]]] = {}
    for spec in specs:
        original, changed = one_word_changed(spec)
        name = f"outside:{spec.stem}"
        cells, homes = generation(name, original, 1, budget)
        done = {tool: home for tool, home in homes.items() if not cells[tool].error}
        results[spec.stem] = {
            "generation": cells,
            "regeneration": regeneration(done, (original, changed), runs, budget, name),
        }
    return results


def describe(run: Run) -> str:
    if not run.ok:
        return f"failed: {run.error}"
    return f"{run.wall_s:.2f} s wall, {run.cpu_s:.2f} s CPU, {run.max_rss_mb:.0f} MB"


# -- 3: import and first request -------------------------------------------------------------------


def write_bytecode(sdks: dict[str, tuple[Path, str]]) -> None:
    """Import each SDK once, untimed: its `__pycache__` folders are written into the output,
    which regeneration then finds there (as after section 3)."""
    for root, package in sdks.values():
        subprocess.run(
            [str(PEER_PY), "-c", f"import {package}"],
            env=child_env(PYTHONPATH=str(root)),
            capture_output=True,
            timeout=PROBE_TIMEOUT,
            check=False,
        )


def import_times(sdks: dict[str, tuple[Path, str]], runs: int) -> dict[str, dict[str, Any]]:
    """`-X importtime` cumulative µs of the package and wall(import) − wall(pass), medians."""
    results: dict[str, dict[str, Any]] = {
        tool: {"importtime_us": [], "wall_s": []} for tool in sdks
    }
    baseline: list[float] = []
    errors: dict[str, str] = {}

    def python(code: str, root: Path | None, *flags: str) -> subprocess.CompletedProcess[str]:
        env = child_env(**({"PYTHONPATH": str(root)} if root else {}))
        return subprocess.run(
            [str(PEER_PY), *flags, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT,
        )

    for tool, (root, package) in sdks.items():  # once untimed: write the .pyc files
        result = python(f"import {package}", root)
        if result.returncode != 0:
            errors[tool] = last_line(result.stderr)
    for _ in range(runs):
        start = time.perf_counter()
        python("pass", None)
        baseline.append(time.perf_counter() - start)
        for tool, (root, package) in sdks.items():
            if tool in errors:
                continue
            result = python(f"import {package}", root, "-X", "importtime")
            cumulative = parse_importtime(result.stderr, package)
            if result.returncode != 0 or cumulative is None:
                errors[tool] = last_line(result.stderr)
                continue
            results[tool]["importtime_us"].append(cumulative)
            start = time.perf_counter()
            python(f"import {package}", root)
            results[tool]["wall_s"].append(time.perf_counter() - start)
    base = statistics.median(baseline)
    summary: dict[str, dict[str, Any]] = {}
    for tool, values in results.items():
        if tool in errors:
            summary[tool] = {"error": errors[tool]}
            continue
        summary[tool] = {
            "importtime_ms": statistics.median(values["importtime_us"]) / 1000,
            "wall_ms": (statistics.median(values["wall_s"]) - base) * 1000,
            "n": len(values["wall_s"]),
        }
    summary["baseline_ms"] = {"wall_ms": base * 1000}
    return summary


def parse_importtime(stderr: str, package: str) -> int | None:
    for line in stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[2].strip() == package:
            return int(parts[1].strip())
    return None


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no output"


def probe(command: str, job: dict[str, Any], timeout: float = PROBE_TIMEOUT) -> dict[str, Any]:
    result = subprocess.run(
        [str(PEER_PY), str(BENCH / "probe.py"), command, json.dumps(job)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
    )
    if result.returncode != 0:
        return {"error": last_line(result.stderr)}
    return json.loads(result.stdout.strip().splitlines()[-1])


def first_requests(
    sdks: dict[str, tuple[Path, str]], target: FirstRequest, base_url: str, runs: int
) -> dict[str, dict[str, Any]]:
    # httpx alone, the same request (and parsed with our model): the floor under any SDK that
    # sends with httpx (and parses with pydantic). Ours first: its answer names the model.
    ours = sdks.get(OURS)
    sdks = {**sdks, RAW: (Path(), ""), **({RAW_MODEL: ours} if ours else {})}
    samples: dict[str, list[dict[str, Any]]] = {tool: [] for tool in sdks}
    errors: dict[str, str] = {}
    model = ""
    for index in range(runs + 1):  # the first round is untimed: it writes the .pyc files
        for tool, (root, package) in sdks.items():
            if tool in errors:
                continue
            job = {
                "kind": tool,
                "model": model,
                "root": str(root),
                "package": package,
                "base_url": base_url,
                "path": target.path,
                "chain": target.chain,
                "operation_id": target.operation_id,
                "kwargs": target.kwargs,
            }
            try:
                result = probe("first-request", job)
            except subprocess.TimeoutExpired:
                result = {"error": f"timed out after {PROBE_TIMEOUT:.0f} s"}
            if "error" in result:
                errors[tool] = result["error"]
            else:
                model = result["result_type"] if tool == OURS else model
                if index:
                    samples[tool].append(result)
    summary: dict[str, dict[str, Any]] = {}
    for tool, values in samples.items():
        if tool in errors:
            summary[tool] = {"error": errors[tool]}
            continue
        summary[tool] = {
            key: statistics.median(v[key] for v in values) * 1000
            for key in ("import_s", "client_s", "call_s", "total_s")
        }
        summary[tool]["modules"] = values[-1]["modules"]
        summary[tool]["n"] = len(values)
    return summary


# -- 4: per-request cost ---------------------------------------------------------------------------


def request_costs(
    base_url: str, peer_root: Path | None, processes: int, small: int, large: int
) -> dict[str, Any]:
    job = {
        "base_url": base_url,
        "ours_root": str(ROOT / "generated"),
        "peer_root": str(peer_root) if peer_root else "",
        "peer_package": PEER_PACKAGES["magic-hour"],
        "small_path": SMALL_PATH,
        "large_path": LARGE_PATH,
        "warmup": 30,
        "small_iterations": small,
        "large_iterations": large,
    }
    per_process: list[dict[str, Any]] = []
    for index in range(processes):
        try:
            result = probe("requests", job, timeout=600)
        except subprocess.TimeoutExpired:
            result = {"error": "timed out after 600 s"}
        if "error" in result:
            return result
        say(f"requests process #{index + 1}: done")
        per_process.append(result)
    summary: dict[str, Any] = {
        "processes": processes,
        "peer_error": per_process[0].get("peer_error"),
    }
    for case in ("sync_small", "async_small", "sync_large", "async_large"):
        summary[case] = {
            client: statistics.median(p[case][client]["median_us"] for p in per_process)
            for client in per_process[0][case]
        }
    return summary


# -- the report ------------------------------------------------------------------------------------


def seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def clip(text: str, limit: int = 220) -> str:
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cell_text(cell: Cell, attribute: str, unit: str = "s") -> str:
    if cell.error:
        return f"failed: {clip(cell.error)}"
    value = cell.median(attribute)
    if value is None:
        return "–"
    text = seconds(value) if unit == "s" else f"{value:.0f} MB"
    text += f" (n={len([r for r in cell.runs if r.ok])})"
    if cell.failures:
        text += f"; then a run failed: {clip(cell.failures[0])}"
    return text


def ratio(numerator: float | None, denominator: float | None) -> str:
    if numerator is None or denominator is None or denominator <= 0:
        return "–"
    return f"{numerator / denominator:.2f}×"


def verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("**PASS**" if ok else "**MISS**")


def generator_line(start: str, end: str) -> str:
    if start == end:
        return f"commit {start}"
    return f"commit {start} at the start but {end} at the end (it changed during the run)"


def report(data: dict[str, Any], options: argparse.Namespace) -> str:
    info, large = data["machine"], data["large"]
    sections = data["sections"]
    gen, regen = data.get("generation", {}), data.get("regeneration", {})
    imports, first = data.get("imports", {}), data.get("first_request", {})
    requests = data.get("requests", {})
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (`bench/run.py`) on {data['date']}, in {data['elapsed']:.0f} s.",
        "",
        f"- Machine: {info['nproc']} CPUs ({info['cpu']}), {info['system']}, Python "
        f"{info['python']}; load average {info['load']} at the start, {data['load_end']} at "
        "the end (the machine is shared and noisy: compare the ratios, which come from one run "
        "with the tools alternating).",
        f"- This generator: {generator_line(info['commit'], data['commit_end'])}, black "
        f"{data['versions']['black']}. Peer: "
        f"{PEER_NAME} {data['versions']['peer']} (`--meta none`, its default ruff post-hooks), "
        f"in `bench/.venv-peer`. SDKs run with pydantic {data['versions']['pydantic']}, httpx "
        f"{data['versions']['httpx']}.",
        f"- Large spec: `bench/make_spec.py` seed {make_spec.DEFAULT_SEED}, "
        f"{large['operations']} operations, {large['schemas']} component schemas, "
        f"{large['lines']:,} lines of YAML ({large['bytes'] / 1e6:.1f} MB). `spec/magic-hour.json`: "
        f"{data['magic_hour_operations']} operations.",
        f"- Runs: generation and regeneration up to {options.runs} runs per tool and spec, fewer "
        f"when more would take a tool past {options.budget:.0f} s on that line (n says how many); "
        f"imports {options.import_runs} fresh processes each; first request "
        f"{options.first_request_runs}; per-request {options.request_processes} processes × "
        f"{options.small_iterations} small / {options.large_iterations} large calls per client, "
        "interleaved. All values are medians. Peak RSS is GNU time's maximum resident set size "
        "of the generator process (and of its child processes).",
        "",
    ]
    # targets
    large_cells = gen.get("large", {})
    ours_gen = large_cells.get(OURS, Cell()).median("wall_s")
    peer_gen = large_cells.get(PEER, Cell()).median("wall_s")
    ours_regen = regen.get(OURS, Cell()).median("wall_s")
    ours_import = imports.get(OURS, {}).get("importtime_ms")
    peer_import = imports.get(PEER, {}).get("importtime_ms")
    sync_small, async_small = requests.get("sync_small", {}), requests.get("async_small", {})

    def overhead(case: dict[str, float]) -> float | None:
        return case["ours"] / case["raw"] if "ours" in case and "raw" in case else None

    sync_ratio, async_ratio = overhead(sync_small), overhead(async_small)
    first_ms = first.get(OURS, {}).get("total_s")
    targets = [
        (
            1,
            "Full cold generation ≤ 0.25× the peer's time",
            f"ours ÷ peer = {ratio(ours_gen, peer_gen)} ({seconds(ours_gen)} vs {seconds(peer_gen)})",
            None if ours_gen is None or peer_gen is None else ours_gen / peer_gen <= 0.25,
        ),
        (
            2,
            "Regeneration after a one-operation change < 1 s",
            f"{seconds(ours_regen)} (÷ 1 s = {ratio(ours_regen, 1.0)}; "
            f"{ratio(ours_regen, ours_gen)} of a cold generation)",
            None if ours_regen is None else ours_regen < 1,
        ),
        (
            3,
            "`import` < 150 ms median",
            "–" if ours_import is None else f"{ours_import:.1f} ms",
            None if ours_import is None else ours_import < 150,
        ),
        (
            3,
            "`import` ≥ 3× faster than the peer's package",
            f"peer ÷ ours = {ratio(peer_import, ours_import)}",
            None if ours_import is None or peer_import is None else peer_import / ours_import >= 3,
        ),
        (
            4,
            "Per-request overhead ≤ 15% over raw httpx, small call (sync and async)",
            f"sync {ratio(sync_ratio, 1)}, async {ratio(async_ratio, 1)} of raw httpx",
            (
                None
                if sync_ratio is None or async_ratio is None
                else sync_ratio <= 1.15 and async_ratio <= 1.15
            ),
        ),
        (
            3,
            f"First request (import + client + call) ≤ half of {FIRST_REQUEST_BEFORE_MS:.0f} ms",
            (
                "–"
                if first_ms is None
                else f"{first_ms:.1f} ms (÷ {FIRST_REQUEST_BEFORE_MS:.0f} ms = "
                f"{first_ms / FIRST_REQUEST_BEFORE_MS:.2f}×)"
            ),
            None if first_ms is None else first_ms <= FIRST_REQUEST_BEFORE_MS / 2,
        ),
    ]
    lines += ["## Targets (large synthetic spec)", "", "| Target | Measured | Result |"]
    lines += ["|---|---|---|"]
    lines += [
        f"| {name} | {measured_} | {verdict(ok)} |"
        for section, name, measured_, ok in targets
        if section in sections
    ]
    lines += [
        "",
        "Warm and cold caches give byte-identical output: `tests/test_incremental.py` (a test, "
        "not part of this run).",
    ]
    if sections != [1, 2, 3, 4, 5]:
        shown = ", ".join(str(section) for section in sections)
        lines += ["", f"Only sections {shown} were run (`--sections`)."]
    if 1 in sections:
        lines += [
            "",
            "## 1. Generation (one child process per run, fresh output folder and cache)",
            "",
            f"| Spec | Metric | ours | {PEER_NAME} | peer ÷ ours |",
            "|---|---|---|---|---|",
        ]
        for spec_name in ("magic-hour", "large"):
            cells = gen[spec_name]
            for label, attribute, unit in (
                ("wall time", "wall_s", "s"),
                ("CPU time (user+sys)", "cpu_s", "s"),
                ("peak RSS", "max_rss_mb", "MB"),
            ):
                lines.append(
                    f"| {spec_name} | {label} | {cell_text(cells[OURS], attribute, unit)} | "
                    f"{cell_text(cells[PEER], attribute, unit)} | "
                    f"{ratio(cells[PEER].median(attribute), cells[OURS].median(attribute))} |"
                )
        notes = [
            f"{spec_name}: {cells[PEER].note}"
            for spec_name, cells in gen.items()
            if cells[PEER].note
        ]
        if notes:
            lines += ["", "Peer notes: " + "; ".join(notes)]
    if 2 in sections:
        lines += [
            "",
            "## 2. Regeneration after a one-operation change (large spec, same output folder)",
            "",
            f"| Metric | ours | {PEER_NAME} | peer ÷ ours |",
            "|---|---|---|---|",
        ]
        if regen:
            for label, attribute, unit in (
                ("wall time", "wall_s", "s"),
                ("CPU time (user+sys)", "cpu_s", "s"),
                ("peak RSS", "max_rss_mb", "MB"),
            ):
                lines.append(
                    f"| {label} | {cell_text(regen.get(OURS, Cell()), attribute, unit)} | "
                    f"{cell_text(regen.get(PEER, Cell()), attribute, unit)} | "
                    f"{ratio(regen.get(PEER, Cell()).median(attribute), regen.get(OURS, Cell()).median(attribute))} |"
                )
        else:
            lines.append("| wall time | failed: no generation to regenerate | | |")
        for stem, measured_cells in data.get("outside", {}).items():
            lines += [
                "",
                f"Real spec outside the project, `{stem}`: a cold generation, then regenerations "
                "after a one-word change to one operation's description (the first path's), "
                "alternating with the original:",
                "",
                f"| Metric | ours | {PEER_NAME} | peer ÷ ours |",
                "|---|---|---|---|",
            ]
            for label, part in (
                ("cold generation", "generation"),
                ("regeneration", "regeneration"),
            ):
                cells = measured_cells[part]
                lines.append(
                    f"| {label}, wall time | {cell_text(cells.get(OURS, Cell()), 'wall_s')} | "
                    f"{cell_text(cells.get(PEER, Cell()), 'wall_s')} | "
                    f"{ratio(cells.get(PEER, Cell()).median('wall_s'), cells.get(OURS, Cell()).median('wall_s'))} |"
                )
    if 3 in sections:
        lines += [
            "",
            "## 3. Import and first request (SDK of the large spec, bench interpreter, fresh processes)",
            "",
            f"| Metric | ours | {PEER_NAME} | peer ÷ ours |",
            "|---|---|---|---|",
        ]

        def ms(values: dict[str, Any], key: str) -> str:
            if "error" in values:
                return f"failed: {clip(values['error'])}"
            return f"{values[key]:.1f} ms" if key in values else "–"

        def both(label: str, source: dict[str, Any], key: str) -> str:
            ours_v, peer_v = source.get(OURS, {"error": "not run"}), source.get(
                PEER, {"error": "not run"}
            )
            return (
                f"| {label} | {ms(ours_v, key)} | {ms(peer_v, key)} | "
                f"{ratio(peer_v.get(key), ours_v.get(key))} |"
            )

        lines += [
            both("`import pkg`: `-X importtime` cumulative", imports, "importtime_ms"),
            both("`import pkg`: wall − `python -c pass`", imports, "wall_ms"),
            both("first request: total (import + client + call)", first, "total_s"),
            both("first request: import", first, "import_s"),
            both("first request: client construction", first, "client_s"),
            both("first request: first call (lazy imports, parsing)", first, "call_s"),
        ]
        if OURS in first and "modules" in first[OURS]:
            lines.append(
                f"| modules of the package loaded at the first response | {first[OURS]['modules']} | "
                f"{first.get(PEER, {}).get('modules', '–')} | |"
            )
        baseline = imports.get("baseline_ms", {}).get("wall_ms")
        if baseline is not None:
            lines += ["", f"`python -c pass` takes {baseline:.1f} ms here (subtracted above)."]
        lines += [
            "",
            f"First request: `client.{'.'.join(data['target'].chain)}(...)` (ours) and "
            f"`{data['target'].operation_id}` (`sync`, peer), `GET {data['target'].path}` answered by "
            "`bench/server.py` with a full object of the resource.",
        ]
        raw, raw_model = first.get(RAW, {}), first.get(RAW_MODEL, {})
        if "total_s" in raw and "total_s" in raw_model:
            ours_total = first.get(OURS, {}).get("total_s")
            lines += [
                "",
                "The floor, in fresh processes of the same rounds: the same request with httpx "
                f"alone (`import httpx`, `httpx.Client()`, the GET, `.json()`) takes "
                f"{raw['total_s']:.1f} ms (import {raw['import_s']:.1f}, client "
                f"{raw['client_s']:.1f}, call {raw['call_s']:.1f}); parsing its JSON with our "
                f"pydantic model of the response as well (`{data['target'].operation_id}`'s, "
                "imported from the SDK's models alone), with a client that loads no CA bundle "
                f"(as ours for an http:// URL), takes {raw_model['total_s']:.1f} ms. Ours "
                f"is {ratio(ours_total, raw['total_s'])} of the first and "
                f"{ratio(ours_total, raw_model['total_s'])} of the second.",
            ]
    if 4 in sections:
        lines += [
            "",
            "## 4. Per-request cost (Magic Hour SDK in `generated/`, local threaded server)",
            "",
        ]
        if "error" in requests:
            lines.append(f"failed: {clip(requests['error'])}")
        else:
            lines += [
                "| Call | raw httpx | ours | ours ÷ raw | ours − raw | "
                f"{PEER_NAME} | peer ÷ raw |",
                "|---|---|---|---|---|---|---|",
            ]
            for case, label in (
                ("sync_small", "sync, small JSON (`video_projects.get`)"),
                ("async_small", "async, small JSON (`video_projects.get`)"),
                ("sync_large", "sync, 1,000-item array (`upload_urls.create`)"),
                ("async_large", "async, 1,000-item array (`upload_urls.create`)"),
            ):
                values = requests[case]
                peer_value = values.get("peer")
                lines.append(
                    f"| {label} | {values['raw']:.0f} µs | {values['ours']:.0f} µs | "
                    f"{ratio(values['ours'], values['raw'])} | {values['ours'] - values['raw']:.0f} µs | "
                    f"{'–' if peer_value is None else f'{peer_value:.0f} µs'} | "
                    f"{ratio(peer_value, values['raw'])} |"
                )
            if requests.get("peer_error"):
                lines += ["", f"Peer client not measured: {clip(requests['peer_error'])}"]
            lines += [
                "",
                "raw httpx: one `httpx.Client` / `httpx.AsyncClient`, the same URL and bearer header, "
                "`raise_for_status()` and `.json()`. Ours and the peer's parse into their models "
                "(pydantic for ours, attrs for the peer's). Each client keeps its connection alive.",
            ]
    field = data.get("field", {})
    if field:
        lines += [
            "",
            "## 5. Real specs (`../shared/field-specs/`): one cold generation each",
            "",
            f"| Spec | ours | {PEER_NAME} | ours ÷ peer |",
            "|---|---|---|---|",
        ]
        for name, cells in field.items():
            lines.append(
                f"| {name} | {cell_text(cells[OURS], 'wall_s')} | "
                f"{cell_text(cells[PEER], 'wall_s')} | "
                f"{ratio(cells[OURS].median('wall_s'), cells[PEER].median('wall_s'))} |"
            )
    lines.append("")
    return "\n".join(lines)


# -- main --------------------------------------------------------------------------------------


def sections_argument(text: str) -> set[int]:
    try:
        chosen = {int(part) for part in text.split(",") if part.strip()}
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of section numbers: {text!r}") from None
    if not chosen or not chosen <= {1, 2, 3, 4, 5}:
        raise argparse.ArgumentTypeError(f"sections are 1 to 5, not {text!r}")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark this generator against the peer.")
    parser.add_argument("--runs", type=int, default=3, help="generation runs per tool and spec")
    parser.add_argument(
        "--budget", type=float, default=200.0, help="seconds one tool may spend on one line"
    )
    parser.add_argument("--import-runs", type=int, default=9)
    parser.add_argument("--first-request-runs", type=int, default=5)
    parser.add_argument("--request-processes", type=int, default=3)
    parser.add_argument("--small-iterations", type=int, default=1000)
    parser.add_argument("--large-iterations", type=int, default=60)
    parser.add_argument("--out", type=Path, default=BENCH / "results.md")
    parser.add_argument(
        "--no-field-specs", action="store_true", help="leave out section 5 (the real specs)"
    )
    parser.add_argument(
        "--sections",
        type=sections_argument,
        default={1, 2, 3, 4, 5},
        help="the sections to run, such as 3,4 (default: all); the report has only those",
    )
    parser.add_argument(
        "--resources",
        type=int,
        default=make_spec.DEFAULT_RESOURCES,
        help="size of the large spec (smaller only to try the harness quickly)",
    )
    parser.add_argument(
        "--outside-spec",
        type=Path,
        action="append",
        default=[],
        help="with section 2: also a real spec outside the project (generation, regeneration)",
    )
    parser.add_argument(
        "--generator-src",
        type=Path,
        help="run our generator from this checkout (PYTHONPATH) instead of the installed one",
    )
    options = parser.parse_args()

    global GENERATOR_SRC
    GENERATOR_SRC = options.generator_src.resolve() if options.generator_src else None
    ensure_peer_venv()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    data: dict[str, Any] = {
        "machine": machine(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "versions": {
            "black": version_of(OUR_PY, "black"),
            "peer": version_of(PEER_PY, "openapi-python-client"),
            "pydantic": version_of(PEER_PY, "pydantic"),
            "httpx": version_of(PEER_PY, "httpx"),
        },
    }
    magic_hour = json.loads(MAGIC_HOUR.read_text(encoding="utf-8"))
    data["magic_hour_operations"] = sum(
        1 for item in magic_hour["paths"].values() for key in item if key in make_spec.METHODS
    )
    say("writing the large spec")
    data["large"] = write_specs(options.resources)
    target = first_request_target(data["large"]["spec"])
    data["target"] = target
    server = LocalServer(
        {
            f"GET {SMALL_PATH}": VIDEO_PROJECT,
            f"POST {LARGE_PATH}": UPLOAD_URLS,
            f"GET {target.path}": target.body,
        }
    )
    try:
        sections = options.sections - ({5} if options.no_field_specs else set())
        # The SDKs that the chosen sections use; generated once, unmeasured, when section 1
        # (which measures generating them) is left out.
        wanted = {
            "magic-hour": bool(sections & {1, 4}),
            "large": bool(sections & {1, 2, 3}),
        }
        runs = options.runs if 1 in sections else 1
        generated: dict[str, dict[str, Cell]] = {}
        homes: dict[str, dict[str, Path]] = {"magic-hour": {}, "large": {}}
        for spec_name, spec in (("magic-hour", MAGIC_HOUR), ("large", WORK / "large.yaml")):
            if wanted[spec_name]:
                cells, homes[spec_name] = generation(spec_name, spec, runs, options.budget)
                generated[spec_name] = cells
        if 1 in sections:
            data["generation"] = generated
        large_homes = {
            tool: home
            for tool, home in homes["large"].items()
            if not generated["large"][tool].error
        }
        sdks: dict[str, tuple[Path, str]] = {}
        if OURS in large_homes:
            sdks[OURS] = (large_homes[OURS] / "out", PACKAGES[("large", OURS)])
        if PEER in large_homes:
            sdks[PEER] = (large_homes[PEER] / "out", PEER_PACKAGES["large"])
        if 3 in sections:
            say("import times")
            data["imports"] = import_times(sdks, options.import_runs) if sdks else {}
            say("first requests")
            data["first_request"] = (
                first_requests(sdks, target, server.url, options.first_request_runs) if sdks else {}
            )
        if 2 in sections:
            if 3 not in sections:
                say("importing each SDK once (its bytecode written, as section 3 leaves it)")
                write_bytecode(sdks)
            data["regeneration"] = regeneration(
                large_homes,
                (WORK / "large.yaml", WORK / "large-changed.yaml"),
                options.runs,
                options.budget,
            )
            data["outside"] = outside(options.outside_spec, options.runs, options.budget)
        if 4 in sections:
            say("per-request cost")
            mh_peer = homes["magic-hour"].get(PEER)
            peer_ok = mh_peer is not None and not generated["magic-hour"][PEER].error
            data["requests"] = request_costs(
                server.url,
                mh_peer / "out" if peer_ok and mh_peer else None,
                options.request_processes,
                options.small_iterations,
                options.large_iterations,
            )
        if 5 in sections:
            say("field specs")
            data["field"] = field_generation()
        data["sections"] = sorted(sections)
    finally:
        server.stop()
    data["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    data["commit_end"] = generator_version()
    data["elapsed"] = time.perf_counter() - _started
    text = report(data, options)
    options.out.write_text(text, encoding="utf-8")
    print(text)
    say(f"wrote {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
