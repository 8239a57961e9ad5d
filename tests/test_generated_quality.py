"""The generated SDK type-checks strictly, lints clean, installs, and imports lazily."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import GENERATED, ROOT


def run(
    *command: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)


def test_generated_package_passes_mypy_strict(tmp_path: Path) -> None:
    result = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path),
        "magic_hour",
        cwd=GENERATED,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_package_passes_ruff_with_its_own_config() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "--no-cache", ".", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generator_and_runtime_pass_mypy_strict_and_ruff() -> None:
    mypy = run(sys.executable, "-m", "mypy")
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = run(sys.executable, "-m", "ruff", "check", "--no-cache", "generator", "runtime", "tests")
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def test_generated_project_installs_and_imports(tmp_path: Path) -> None:
    target = tmp_path / "site"
    # Built from a copy: a build writes build/ and *.egg-info next to the sources.
    source = tmp_path / "source"
    shutil.copytree(GENERATED, source)
    install = run(
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--target",
        str(target),
        str(source),
    )
    assert install.returncode == 0, install.stdout + install.stderr
    assert (target / "magic_hour" / "py.typed").exists()
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = run(
        sys.executable,
        "-c",
        "import magic_hour, sys; from magic_hour import Client; "
        "print(Client(token='t').v1.lip_sync.create.__qualname__); print(magic_hour.__file__)",
        cwd=tmp_path,
        env=env,
    )
    assert probe.returncode == 0, probe.stderr
    qualname, location = probe.stdout.split()
    assert qualname == "LipSyncClient.create"
    assert location.startswith(str(target))


def test_importing_the_package_and_making_a_client_imports_no_model() -> None:
    probe = run(
        sys.executable,
        "-c",
        "import sys; from magic_hour import Client; Client(token='t'); "
        "print(sorted(m for m in sys.modules if m.startswith('magic_hour.types.') "
        "or m.startswith('magic_hour.resources.')))",
        env={**os.environ, "PYTHONPATH": str(GENERATED)},
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"
