"""Fresh virtual environments for tests that install things, as a user's machine would."""

from __future__ import annotations

import os
import subprocess
import venv
from pathlib import Path


def checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}:\n{result.stdout}\n{result.stderr}"
    return result


class Environment:
    """A new virtual environment, and commands run with its `bin` first on PATH."""

    def __init__(self, root: Path) -> None:
        self.root = root
        venv.create(root / "venv", with_pip=True)
        self.bin = root / "venv" / "bin"

    def variables(self, **extra: str) -> dict[str, str]:
        environment = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "VIRTUAL_ENV", "SDK_GENERATOR_CACHE_DIR")
        }
        environment["PATH"] = f"{self.bin}{os.pathsep}{environment.get('PATH', '')}"
        environment["VIRTUAL_ENV"] = str(self.root / "venv")
        environment["SDK_GENERATOR_CACHE_DIR"] = str(self.root / "cache")
        environment.update(extra)
        return environment

    def run(
        self, *command: str, cwd: Path, shell: bool = False, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command[0] if shell else command,
            cwd=cwd,
            env=self.variables(**extra),
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
            shell=shell,
            executable="/bin/bash" if shell else None,
        )
