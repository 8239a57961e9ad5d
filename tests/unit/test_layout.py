"""The unit-test tree mirrors `generator/`: each module has its test file, which imports it,
and every other file of a stage's folder tests that stage.

A new module of the generator without unit tests fails here, naming the file to write.
"""

from __future__ import annotations

import ast
import fnmatch
import pkgutil
import subprocess
from pathlib import Path

import pytest

import generator

UNIT = Path(__file__).resolve().parent
# Where a module's tests live when that is not tests/unit/<package path>/test_<module>.py.
_HOME = {"generator.__main__": "test_cli.py"}


def generator_modules() -> list[str]:
    """Every module of the generator (packages, whose `__init__` holds only a docstring, aside)."""
    return sorted(
        info.name
        for info in pkgutil.walk_packages(generator.__path__, prefix="generator.")
        if not info.ispkg
    )


def expected_test_file(module: str) -> Path:
    """`generator.build.schemas` → tests/unit/build/test_schemas.py."""
    if module in _HOME:
        return UNIT / _HOME[module]
    *packages, name = module.split(".")[1:]
    return UNIT.joinpath(*packages, f"test_{name}.py")


def imported_modules(source: str) -> set[str]:
    """The modules a test file imports: `import a.b`, `from a import b` (a and a.b),
    `importlib.import_module("a.b")` and `runpy.run_module("a.b")`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("import_module", "run_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_the_generator_has_the_modules_this_check_expects() -> None:
    modules = generator_modules()
    # A sanity check of the walk itself: one module of each stage, and the entry points.
    for module in (
        "generator.cli",
        "generator.pipeline",
        "generator.spec.load",
        "generator.model.naming",
        "generator.build.schemas",
        "generator.emit.render",
        "generator.output.write",
        "generator.diff.compare",
        "generator.__main__",
    ):
        assert module in modules


def test_every_generator_module_has_a_unit_test_file_that_imports_it() -> None:
    missing_files = []
    not_imported = []
    for module in generator_modules():
        test_file = expected_test_file(module)
        if not test_file.is_file():
            missing_files.append(f"{module}: write {test_file.relative_to(UNIT.parents[1])}")
        elif module not in imported_modules(test_file.read_text(encoding="utf-8")):
            not_imported.append(f"{module}: {test_file.relative_to(UNIT.parents[1])}")
    assert missing_files == [], "modules without unit tests:\n  " + "\n  ".join(missing_files)
    assert not_imported == [], "unit test files that do not import their module:\n  " + (
        "\n  ".join(not_imported)
    )


def test_every_unit_test_file_tests_its_own_stage() -> None:
    """No stray file: each test_<name>.py under tests/unit/ is a module's home, or a topic file
    of one stage (say the naming collisions of `model.naming`) that imports a module of the
    stage whose folder it is in. Whole-pipeline tests on tiny specs live in tests/features/."""
    homes = {expected_test_file(module) for module in generator_modules()}
    modules = generator_modules()
    stray = []
    for path in UNIT.rglob("test_*.py"):
        if path in homes or path == Path(__file__).resolve():
            continue
        stage = ".".join(["generator", *path.parent.relative_to(UNIT).parts])
        own = {m for m in modules if m.startswith(stage + ".") and "." not in m[len(stage) + 1 :]}
        if not own & imported_modules(path.read_text(encoding="utf-8")):
            stray.append(str(path.relative_to(UNIT)))
    assert sorted(stray) == []


def test_pytest_collects_every_folder_of_the_unit_tree(pytestconfig: pytest.Config) -> None:
    """pytest skips folders named like `build` by default: tests/unit/build/ would never run."""
    patterns = pytestconfig.getini("norecursedirs")
    skipped = sorted(
        str(folder.relative_to(UNIT))
        for folder in UNIT.rglob("*")
        if folder.is_dir()
        and folder.name != "__pycache__"
        and any(fnmatch.fnmatch(folder.name, pattern) for pattern in patterns)
    )
    assert skipped == []


def test_no_source_or_test_file_is_ignored_by_git() -> None:
    root = UNIT.parents[1]
    sources = [
        path.relative_to(root).as_posix()
        for folder in ("generator", "runtime", "templates", "tests/unit")
        for path in (root / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        cwd=root,
        input="\n".join(sources),
        capture_output=True,
        text=True,
        check=False,
    )
    assert ignored.returncode in (0, 1), ignored.stderr  # 1: nothing is ignored
    assert ignored.stdout.split() == []


def test_imports_are_recognised_in_each_spelling() -> None:
    source = (
        "import generator.spec.load\n"
        "from generator.model import naming\n"
        "from generator.emit.escape import py_str\n"
        "importlib.import_module('generator.cli')\n"
        "runpy.run_module('generator.__main__', run_name='__main__')\n"
        "from . import sibling\n"
    )
    assert imported_modules(source) == {
        "generator.spec.load",
        "generator.model",
        "generator.model.naming",
        "generator.emit.escape",
        "generator.emit.escape.py_str",
        "generator.cli",
        "generator.__main__",
    }
