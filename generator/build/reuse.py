"""Steps of the build (an operation, a component schema) taken from the last run, where nothing
they were made from changed.

A step's build is a deterministic function of three things, and is reused only when all three
are as they were:
- its part of the document: its path item (or component schema) and everything that reaches by
  `$ref`, as the validation cache keys it (`spec/cache.py`: each key commits to the content of
  every unit it reaches), with its planned names (method, resource segments);
- the global inputs: the generator's code and the libraries whose answers it keeps, the
  configuration, the package's names, and what it reads from the document by name rather than
  by `$ref` (the default security, the security schemes; see `global_key`);
- the shared state it read (names taken, schemas typed, unions' choices, samples...), entry by
  entry, as `trace.py` records it.
The cache holds the last run's trace: the state made before the steps, then each step in order
with what it read and wrote. A run walks its steps in order beside the last run's and keeps the
entries that may hold another value now than at the same point of the last run (`dirty`):
those a step built anew wrote, those a step of the last run not taken again (changed, gone)
wrote, and those made before the steps that differ. Every other entry is as the last run had
it, so a step whose key matches (in the last run's order) is checked only on the dirty entries
it read; taken, its writes are replayed (those entries are clean again), else it is built.
So the state before each step is the one building everything would make, and so is its result.
A unit that reaches another file has no key: such a step is built every time.

This holds because every state one step leaves for another is traced: the typer's names, types,
aliases and memo of typed schemas, the unions' examples, the samples found (which depend on the
examples of the whole document, themselves an entry per name). What is not traced is a step's
own (the typer's stack), a memo of content alone (schema checks, the document's own objects),
or made before the steps and never written by them (component names, shared error bodies: the
`fixed` state, compared whole; a run whose fixed state differs takes no step).

Two files per global key: the steps of a base run, and the last run (what was made before the
steps, the steps in order: by key where the base holds them, else whole). A file that cannot be
read is as if absent; the folder is safe to delete. Warnings are kept by place and located
again when replayed: lines move when the file is edited elsewhere.
"""

from __future__ import annotations

import copyreg
import functools
import gc
import hashlib
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import IO, Any, TypeVar, cast

from ..config import Config
from ..shipped import RUNTIME
from ..spec.cache import Unit
from ..spec.refs import Ref, Resolver
from .context import Warnings
from .samples import examples_of
from .trace import ABSENT, Entries, Ledger

# Raise when what an entry holds, or how keys are made, changes.
CACHE_VERSION = "2"
MAX_RUNS = 8  # a large spec's steps take a few megabytes
_INLINE = 64  # steps kept whole in the run's file before the base is written again
_GENERATOR = Path(__file__).resolve().parents[1]
T = TypeVar("T")
# What a pickled step may name besides the model's classes: its parts and the values of the
# samples it remembers by content (which name their types, not hold them).
_CLASSES = {
    __name__: {"Built"},
    "generator.build.trace": {"Absent"},
    "generator.build.options": {"Choice"},
    "generator.build.schemas": {"Kept"},
    "generator.spec.refs": {"Ref"},
    "pathlib": {"PosixPath", "WindowsPath"},
}


@dataclass(frozen=True)
class Built:
    """One step: its key (None: it has none), its result, what it read (None: it cannot be
    checked) and wrote, and the warnings it gave."""

    key: str | None
    result: Any
    reads: Entries | None
    writes: Entries
    warned: tuple[tuple[Ref, str], ...]
    left_out: tuple[tuple[Ref, str, str], ...]


@dataclass(frozen=True)
class Run:
    """What a run leaves for the next: the state made before the steps (the part the steps
    only read, whole; the rest, as written), and the steps."""

    fixed: Entries
    before: Entries
    steps: list[Built]
    examples: dict[str, dict[str, list[Any]]]  # what each unit gives, by unit key
    verdicts: dict[str, bool]  # samples' schema checks, by content (see `samples.py`)


@functools.cache
def code_digest() -> str:
    """The generator's own code and the runtime's (whose exceptions the model names), Python's
    version and the libraries whose answers a build keeps (schema checks of samples and
    examples, pattern samples)."""
    hasher = hashlib.sha256(f"{CACHE_VERSION}|{sys.version}".encode())
    for library in ("openapi-schema-validator", "jsonschema", "rstr"):
        hasher.update(f"|{library} {version(library)}".encode())
    for folder in (_GENERATOR, RUNTIME):
        for path in sorted(folder.rglob("*.py")):
            hasher.update(f"\0{folder.name}/{path.relative_to(folder).as_posix()}\0".encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


def global_key(data: dict[str, Any], config: Config, package: str, env_prefix: str) -> str:
    """What any step may read besides its unit and the traced state: the generator, the
    configuration, the names the SDK is made under, and what operations read from the document
    by name rather than by `$ref` (the default security, the security schemes), with the
    version of OpenAPI. The rest of the document outside its units (info, servers, tags,
    webhooks) is read after the steps, every run."""
    hasher = hashlib.sha256(code_digest().encode())
    hasher.update(f"\0{config!r}\0{package}\0{env_prefix}\0".encode("utf-8", "surrogatepass"))
    components = data.get("components")
    read_by_name = {
        "openapi": data.get("openapi"),
        "jsonSchemaDialect": data.get("jsonSchemaDialect"),
        "security": data.get("security"),
        "securitySchemes": (
            components.get("securitySchemes") if isinstance(components, dict) else None
        ),
    }
    text = json.dumps(read_by_name, sort_keys=True, default=repr)
    hasher.update(text.encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


@dataclass(frozen=True)
class Remembered:
    """Where the steps are remembered, and the document's units and their keys."""

    folder: Path
    units: dict[Unit, Any]
    unit_keys: dict[Unit, str | None]

    def open(self, resolver: Resolver, config: Config, package: str, env_prefix: str) -> StepCache:
        root = resolver.real_path(resolver.root.path)
        key = global_key(resolver.root.data, config, package, env_prefix)
        return StepCache(self.folder, key, self.units, self.unit_keys, root)


class StepCache:
    """The last run of a spec with the same global key (see the module), and where to keep
    this one."""

    def __init__(
        self,
        folder: Path,
        key: str,
        units: dict[Unit, Any],
        unit_keys: dict[Unit, str | None],
        root: Path,
    ) -> None:
        self.folder = folder
        self.key = key
        self.root = root
        self.units = units
        self._unit_keys = unit_keys
        self._base_file = folder / f"{key[:40]}.steps"
        self._run_file = folder / f"{key[:40]}.run"
        self._base: dict[str, Built] = {}
        self._base_token = ""
        self.last = self._read()

    def unit_key(self, unit: Unit) -> str | None:
        return self._unit_keys.get(unit)

    def step_key(self, unit: Unit, *names: str) -> str | None:
        """The key of a step made from `unit` (and all it reaches) and named by `names` as the
        plan names it; None when the unit has none (it reaches another file, or a place that
        is no unit)."""
        unit_key = self._unit_keys.get(unit)
        if unit_key is None:
            return None
        what = [self.key, unit_key, *names]
        return hashlib.sha256("\0".join(what).encode("utf-8", "surrogatepass")).hexdigest()

    def _read(self) -> Run | None:
        collecting = gc.isenabled()
        gc.disable()  # what is read lives to the end: nothing for the collector to find
        try:
            token, fixed, before, sequence, examples, verdicts = self._load(self._run_file)
            if any(isinstance(step, str) for step in sequence):
                self._base_token, self._base = self._load(self._base_file)
            if self._base_token != token:
                self._base = {}
            steps = [self._base[step] if isinstance(step, str) else step for step in sequence]
            if not isinstance(before, dict) or not all(isinstance(s, Built) for s in steps):
                return None
            if not isinstance(verdicts, dict):
                return None
            return Run(fixed, before, steps, examples, verdicts)
        except Exception:  # absent, cut short, foreign: as if there were no last run
            self._base = {}
            return None
        finally:
            if collecting:
                # What was read lives to the end: straight to the oldest generation, so that
                # the young generations' collections do not go through it again and again.
                gc.freeze()
                gc.unfreeze()
                gc.enable()

    def _load(self, file: Path) -> Any:
        with file.open("rb") as handle:
            stored = _Unpickler(handle, self.root).load()
        if not (isinstance(stored, tuple) and stored[0] == self.key):
            raise ValueError("another key")
        return stored[1:]

    def save(self, run: Run, built_now: int) -> None:
        """Remember `run`, of which `built_now` steps were built (not taken from the last run):
        as references into the base run's steps, where it holds them, and whole otherwise,
        until they make a tenth of the run; then the base is written again. A run of which no
        step has a key leaves nothing a later run could take."""
        if not any(step.key is not None for step in run.steps):
            return
        whole = [step for step in run.steps if step.key is not None and step.key not in self._base]
        if built_now == 0 and self.last is not None and len(run.steps) == len(self.last.steps):
            if all(a is b for a, b in zip(run.steps, self.last.steps, strict=True)):
                try:  # the run is the last one: only as recent as it now is (see `_prune`)
                    os.utime(self._run_file)
                except OSError:
                    pass
                return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if len(whole) > max(_INLINE, len(run.steps) // 10):
                self._base_token = hashlib.sha256(os.urandom(16)).hexdigest()
                self._base = {step.key: step for step in run.steps if step.key is not None}
                self._write(self._base_file, (self.key, self._base_token, self._base))
            sequence = [
                step.key if step.key is not None and self._base.get(step.key) is step else step
                for step in run.steps
            ]
            value = (
                self.key,
                self._base_token,
                run.fixed,
                run.before,
                sequence,
                run.examples,
                run.verdicts,
            )
            self._write(self._run_file, value)
            _prune(self.folder)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower

    def _write(self, file: Path, value: Any) -> None:
        # Written beside, then renamed: a reader never sees half a file.
        with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, suffix=".tmp") as handle:
            _Pickler(handle, self.root).dump(value)
        os.replace(handle.name, file)


def _prune(folder: Path) -> None:
    """Keep the files of the `MAX_RUNS` most recent runs (specs, configurations)."""
    runs = sorted(folder.glob("*.run"), key=lambda path: path.stat().st_mtime, reverse=True)
    for old in runs[MAX_RUNS:]:
        old.unlink(missing_ok=True)
        old.with_suffix(".steps").unlink(missing_ok=True)


def _the_spec() -> Path:
    raise AssertionError("stands for the spec's path in a pickle; never called")


class _Pickler(pickle.Pickler):
    """Pickles the spec's path as `_the_spec`: the places a step remembers are read as places
    of the spec being built, wherever it is and whatever its name (a step of another file has
    no key)."""

    def __init__(self, file: IO[bytes], root: Path) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.dispatch_table = {**copyreg.dispatch_table, type(root): self._path}
        self._root = root

    def _path(self, path: Path) -> Any:
        return (_the_spec, ()) if path == self._root else path.__reduce__()


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: IO[bytes], root: Path) -> None:
        super().__init__(file)
        self._root = root

    def find_class(self, module: str, name: str) -> Any:
        """Only what a step holds: a foreign file names nothing else (it is refused, then read
        as absent), so no code runs whatever the folder holds."""
        if module == __name__ and name == _the_spec.__name__:
            return lambda: self._root
        found = super().find_class(module, name)
        if name not in _CLASSES.get(module, ()) and not (
            module == "generator.model.api" and isinstance(found, type)
        ):
            raise pickle.UnpicklingError(f"{module}.{name} is no part of a step")
        return found


def reuse_folder(format_cache: Path) -> Path:
    """Beside the format cache (whose folder `SDK_GENERATOR_CACHE_DIR` names)."""
    return format_cache.parent / "build"


class Steps:
    """The build's steps, each taken from the last run when it can be (see the module), else
    built and, with a cache, recorded for the next run."""

    def __init__(self, cache: StepCache | None, ledger: Ledger, warnings: Warnings) -> None:
        self.cache = cache
        self.ledger = ledger
        self.warnings = warnings
        self._last: list[Built] = []
        self._position: dict[str, int] = {}
        self._next = 0  # the first step of the last run not yet taken or passed
        self._dirty: Entries = {}
        self._fixed: Entries = {}
        self._before: Entries = {}
        self._done: list[Built] = []
        self._built_now = 0
        self._examples: dict[str, dict[str, list[Any]]] = {}
        if cache is not None:
            ledger.record()  # what is made before the steps

    def examples(self) -> dict[int, dict[str, list[Any]]]:
        """What each unit of the document gives the examples by name (see `samples.py`), by
        the unit's `id`: taken from the last run where the unit's key is the same."""
        if self.cache is None:
            return {}
        last = self.cache.last.examples if self.cache.last is not None else {}
        known: dict[int, dict[str, list[Any]]] = {}
        for unit, value in self.cache.units.items():
            key = self.cache.unit_key(unit)
            if not isinstance(value, dict | list) or key is None:
                continue
            found = last.get(key)
            if found is None:
                found = examples_of(value)
            known[id(value)] = self._examples[key] = found
        return known

    def begin(self) -> None:
        """The state before the steps is made: what differs from the last run's is dirty."""
        if self.cache is None:
            return
        _, self._before, _ = self.ledger.stop()
        self._fixed = {name: dict(values) for name, values in self.ledger.fixed_state.items()}
        last = self.cache.last
        if last is None or last.fixed != self._fixed:
            return
        self._last = last.steps
        self._position = {step.key: at for at, step in enumerate(last.steps) if step.key}
        for name in self._before.keys() | last.before.keys():
            now, then = self._before.get(name, {}), last.before.get(name, {})
            changed = {key for key in now.keys() | then.keys() if now.get(key, ABSENT) != then.get(key, ABSENT)}
            if changed:
                self._dirty[name] = dict.fromkeys(changed)

    def step(self, unit: Unit, names: tuple[str, ...], build: Callable[[], T]) -> T:
        cache, ledger = self.cache, self.ledger
        if cache is None:
            return build()
        key = cache.step_key(unit, *names)
        at = self._position.get(key) if key is not None else None
        if at is not None and at >= self._next:
            for passed in self._last[self._next : at]:
                self._mark(passed.writes)
            self._next = at + 1
            last = self._last[at]
            if last.reads is not None and not (
                self._dirty and ledger.differing(last.reads, last.writes, self._dirty)
            ):
                return cast(T, self._take(last))
            self._mark(last.writes)
        warnings = self.warnings
        warned, left = len(warnings.placed), len(warnings.left_out_placed)
        ledger.record()
        try:
            result = build()
        finally:
            reads, writes, whole = ledger.stop()
        self._mark(writes)
        self._built_now += 1
        self._done.append(
            Built(
                key,
                result if key is not None else None,
                None if whole or key is None else reads,
                writes,
                tuple(warnings.placed[warned:]),
                tuple(warnings.left_out_placed[left:]),
            )
        )
        return result

    def _take(self, built: Built) -> Any:
        self.ledger.replay(built.writes)
        for name, written in built.writes.items():
            dirty = self._dirty.get(name)
            if dirty:
                for key in written.keys() & dirty.keys():
                    del dirty[key]
        for at, message in built.warned:
            self.warnings.warn(at, message)
        for at, what, reason in built.left_out:
            self.warnings.leave_out(at, what, reason)
        self._done.append(built)
        return built.result

    def _mark(self, writes: Entries) -> None:
        if not self._position:
            return  # no step of the last run is left to take: nothing to check
        for name, written in writes.items():
            self._dirty.setdefault(name, {}).update(dict.fromkeys(written))

    def verdicts(self) -> dict[str, bool]:
        """The samples' schema checks of the last run (see `samples.py`)."""
        if self.cache is None or self.cache.last is None:
            return {}
        return self.cache.last.verdicts

    def save(self, verdicts: dict[str, bool]) -> None:
        """Remember this run's steps, and the samples' schema checks it used."""
        # A step that wrote the fixed state would make this run's trace wrong: not kept.
        if self.cache is not None and self.ledger.fixed_state == self._fixed:
            run = Run(self._fixed, self._before, self._done, self._examples, verdicts)
            self.cache.save(run, self._built_now)
