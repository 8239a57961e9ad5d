"""Steps taken from the last run only where their part of the document, and every entry of the
shared state they read, are as they were; replayed, they leave the state as building would."""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.build import reuse
from generator.build.context import Warnings
from generator.build.reuse import Remembered, StepCache, Steps, reuse_folder
from generator.build.trace import Ledger, Traced
from generator.config import Config
from generator.spec.refs import Ref

Program = list[tuple[str, Callable[[Traced[Any, Any], Warnings, Path], Any]]]


def claim(wanted: str) -> Callable[[Traced[Any, Any], Warnings, Path], Any]:
    """A step that takes the first free name after `wanted` (as classes are named)."""

    def step(names: Traced[Any, Any], warnings: Warnings, spec: Path) -> Any:
        name, number = wanted, 1
        while name in names:
            number += 1
            name = f"{wanted}{number}"
        names[name] = True
        warnings.warn(Ref(spec, f"/paths/{wanted}"), f"named {name}")
        return name

    return step


class Builds:
    """Runs of a program of steps over one cache folder, counting the steps built."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: list[str] = []

    def run(
        self,
        program: Program,
        keys: dict[str, str | None],
        spec: Path = Path("/specs/spec.yaml"),
        before: tuple[str, ...] = (),
        fixed: tuple[str, ...] = (),
    ) -> tuple[list[Any], dict[Any, Any], list[str]]:
        ledger = Ledger()
        names = ledger.dict("names")
        ledger.fixed("components").update(dict.fromkeys(fixed, True))
        warnings = Warnings()
        units = {("paths", unit): key for unit, key in keys.items()}
        steps = Steps(StepCache(self.folder, "global", {}, units, spec), ledger, warnings)
        for name in before:
            names[name] = True
        steps.begin()
        results = []
        for unit, build in program:

            def counted(unit: str = unit, build: Any = build) -> Any:
                self.built.append(unit)
                return build(names, warnings, spec)

            results.append(steps.step(("paths", unit), (), counted))
        steps.save({})
        return results, dict(names.data), [f"{w.pointer}: {w.message}" for w in warnings.items]


def test_an_unchanged_run_builds_nothing_and_equals_a_cold_one(tmp_path: Path) -> None:
    program: Program = [("a", claim("Pet")), ("b", claim("Pet")), ("c", claim("Owner"))]
    keys: dict[str, str | None] = {"a": "1", "b": "2", "c": "3"}
    builds = Builds(tmp_path)
    cold = builds.run(program, keys)
    assert cold[0] == ["Pet", "Pet2", "Owner"]
    builds.built.clear()
    # Another file name: places are the spec's own, and warnings are located again.
    warm = builds.run(program, keys, spec=Path("/elsewhere/changed.yaml"))
    assert builds.built == []
    assert warm[:2] == cold[:2]
    assert warm[2] == [line.replace("spec.yaml", "changed.yaml") for line in cold[2]]


def test_a_step_that_read_what_a_changed_step_writes_is_built_again(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    first: Program = [("a", claim("Pet")), ("b", claim("Pet")), ("c", claim("Owner"))]
    builds.run(first, {"a": "1", "b": "2", "c": "3"})
    builds.built.clear()
    # `a` now takes another name: `b` read `Pet` as taken, it is free now.
    second: Program = [("a", claim("Cat")), ("b", claim("Pet")), ("c", claim("Owner"))]
    results, names, _ = builds.run(second, {"a": "1'", "b": "2", "c": "3"})
    assert builds.built == ["a", "b"]
    assert results == ["Cat", "Pet", "Owner"]
    assert names == {"Cat": True, "Pet": True, "Owner": True}


def test_what_a_step_built_again_no_longer_writes_is_no_longer_there(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    keys: dict[str, str | None] = {"a": "1", "b": "2", "c": "3"}
    program: Program = [("a", claim("Pet")), ("b", claim("Pet")), ("c", claim("Pet"))]
    assert builds.run(program, keys)[0] == ["Pet", "Pet2", "Pet3"]
    builds.built.clear()
    # `b` is built again (`Pet` is free now) and no longer takes `Pet2`, which `c` read.
    program[0] = ("a", claim("Cat"))
    assert builds.run(program, {**keys, "a": "1'"})[0] == ["Cat", "Pet", "Pet2"]
    assert builds.built == ["a", "b", "c"]


def test_a_changed_step_that_writes_the_same_leaves_the_others_taken(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet")), ("b", claim("Pet"))]
    builds.run(program, {"a": "1", "b": "2"})
    builds.built.clear()
    assert builds.run(program, {"a": "1'", "b": "2"})[0] == ["Pet", "Pet2"]
    assert builds.built == ["a"]


def test_what_a_removed_step_wrote_is_no_longer_there(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    builds.run([("a", claim("Pet")), ("b", claim("Pet"))], {"a": "1", "b": "2"})
    builds.built.clear()
    results, names, _ = builds.run([("b", claim("Pet"))], {"b": "2"})
    assert builds.built == ["b"]
    assert results == ["Pet"] and names == {"Pet": True}


def test_the_state_before_the_steps_counts(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet")), ("b", claim("Owner"))]
    builds.run(program, {"a": "1", "b": "2"})
    builds.built.clear()
    results, _, _ = builds.run(program, {"a": "1", "b": "2"}, before=("Pet",))
    assert builds.built == ["a"]
    assert results == ["Pet2", "Owner"]


def test_another_fixed_state_takes_nothing(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet")), ("b", claim("Owner"))]
    builds.run(program, {"a": "1", "b": "2"}, fixed=("Pet",))
    builds.built.clear()
    builds.run(program, {"a": "1", "b": "2"}, fixed=("Pet", "Cat"))
    assert builds.built == ["a", "b"]
    builds.built.clear()
    builds.run(program, {"a": "1", "b": "2"}, fixed=("Pet", "Cat"))
    assert builds.built == []


def test_a_step_without_a_key_is_built_every_time_and_its_writes_count(tmp_path: Path) -> None:
    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet")), ("b", claim("Pet"))]
    builds.run(program, {"a": None, "b": "2"})
    builds.built.clear()
    later: Program = [("a", claim("Cat")), ("b", claim("Pet"))]
    assert builds.run(later, {"a": None, "b": "2"})[0] == ["Cat", "Pet"]
    assert builds.built == ["a", "b"]


def test_a_step_that_read_a_container_whole_is_built_every_time(tmp_path: Path) -> None:
    def count(names: Traced[Any, Any], warnings: Warnings, spec: Path) -> Any:
        return len(list(names.values()))

    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet")), ("b", count)]
    builds.run(program, {"a": "1", "b": "2"})
    builds.built.clear()
    assert builds.run(program, {"a": "1", "b": "2"})[0] == ["Pet", 1]
    assert builds.built == ["b"]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_damaged_cache_is_as_if_absent(tmp_path: Path, damage: bytes) -> None:
    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet")), ("b", claim("Pet"))]
    builds.run(program, {"a": "1", "b": "2"})
    for file in tmp_path.iterdir():
        file.write_bytes(damage)
    builds.built.clear()
    assert builds.run(program, {"a": "1", "b": "2"})[0] == ["Pet", "Pet2"]
    assert builds.built == ["a", "b"]


def test_many_changes_rewrite_the_base_and_every_run_stays_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reuse, "_INLINE", 1)
    builds = Builds(tmp_path)
    for round_ in range(4):
        program: Program = [(str(i), claim(f"N{(i + round_) % 3}")) for i in range(6)]
        keys: dict[str, str | None] = {str(i): f"{i}.{(i + round_) % 3}" for i in range(6)}
        cold = Builds(tmp_path / f"cold-{round_}").run(program, keys)
        assert builds.run(program, keys) == cold


def test_the_global_key_holds_what_steps_read_outside_their_units() -> None:
    data: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "A", "version": "1"},
        "paths": {"/a": {}},
        "components": {"securitySchemes": {"key": {"type": "http", "scheme": "bearer"}}},
    }

    def key(doc: dict[str, Any], config: Config | None = None, package: str = "a") -> str:
        return reuse.global_key(doc, config or Config(), package, "A")

    assert key(data) == key(copy.deepcopy(data))
    assert key(data, Config(timeout=3.0)) != key(data)
    assert key(data, package="other") != key(data)
    basic = {"securitySchemes": {"key": {"type": "http", "scheme": "basic"}}}
    assert key({**data, "components": basic}) != key(data)
    assert key({**data, "security": [{"key": []}]}) != key(data)
    assert key({**data, "openapi": "3.1.0"}) != key(data)
    # What the steps do not read: the API's own description, its servers, a path item (whose
    # key is the step's).
    assert key({**data, "info": {"title": "A", "version": "2"}}) == key(data)
    assert key({**data, "servers": [{"url": "https://a.example"}]}) == key(data)
    assert key({**data, "paths": {"/a": {"get": {}}}}) == key(data)


def test_the_most_recent_runs_are_kept_taken_again_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reuse, "MAX_RUNS", 2)
    builds = Builds(tmp_path)

    def run(key: str) -> None:
        ledger = Ledger()
        ledger.dict("names")
        cache = StepCache(tmp_path, key, {}, {("paths", "a"): "1"}, Path("/s.yaml"))
        steps = Steps(cache, ledger, Warnings())
        steps.begin()
        steps.step(("paths", "a"), (), lambda: builds.built.append(key))
        steps.save({})

    run("first")
    run("second")
    for age, key in ((100, "first"), (50, "second")):
        when = time.time() - age
        os.utime(tmp_path / f"{key}.run", (when, when))
    run("first")  # taken whole: nothing written, but it is the most recent now
    run("third")
    assert builds.built == ["first", "second", "third"]
    assert sorted(file.stem for file in tmp_path.glob("*.run")) == ["first", "third"]


def test_the_folder_is_beside_the_format_cache(tmp_path: Path) -> None:
    assert reuse_folder(tmp_path / "format") == tmp_path / "build"
    assert Remembered(tmp_path, {}, {}).folder == tmp_path


class _Says:
    """Pickled as a call of `print`: what a foreign file could make a reader run."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (print, ("ran",))


def test_a_file_naming_anything_but_a_step_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    builds = Builds(tmp_path)
    program: Program = [("a", claim("Pet"))]
    builds.run(program, {"a": "1"})
    run_file = next(tmp_path.glob("*.run"))
    with run_file.open("wb") as handle:
        reuse._Pickler(handle, Path("/specs/spec.yaml")).dump(("global", "", {}, {}, [_Says()], {}))
    builds.built.clear()
    builds.run(program, {"a": "1"})
    assert builds.built == ["a"]
    assert "ran" not in capsys.readouterr().out
