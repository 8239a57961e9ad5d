"""Generate a small spec's SDK into a folder and check it as the field suite does: every module
imports, every model builds (and rebuilds), `mypy --strict` and ruff are clean."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from generator.output.write import write_output
from generator.pipeline import Generated, generate

# Imports every module, rebuilds every model from scratch and resolves every TypedDict.
IMPORT_ALL = textwrap.dedent("""
    import importlib, pkgutil, sys
    import pydantic, typing_extensions
    package = importlib.import_module(sys.argv[1])
    for info in pkgutil.walk_packages(package.__path__, sys.argv[1] + "."):
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
                value.model_rebuild(force=True)
                value.model_json_schema()
            elif typing_extensions.is_typeddict(value):
                typing_extensions.get_type_hints(value)
    """)


@dataclass(frozen=True)
class Sdk:
    root: Path
    package: str
    generated: Generated

    def run(
        self, *command: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, check=False, env=env
        )

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        """Run `code` with the SDK importable; the result's stdout is what it printed."""
        return self.run(sys.executable, "-c", code)

    def problems(self) -> list[str]:
        """What the field suite would report: import, mypy --strict and ruff failures."""
        found = []
        imported = self.run(sys.executable, "-c", IMPORT_ALL, self.package)
        if imported.returncode:
            found.append("import: " + imported.stderr[-3000:])
        mypy = self.run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", self.package)
        if mypy.returncode:
            found.append("mypy: " + mypy.stdout[-3000:])
        ruff = self.run(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
        if ruff.returncode:
            found.append("ruff: " + ruff.stdout[-3000:])
        return found


def generate_sdk(spec: str, folder: Path) -> Sdk:
    """Generate `spec` (YAML text) into `folder`/sdk."""
    folder.mkdir(parents=True, exist_ok=True)
    spec_path = folder / "openapi.yaml"
    spec_path.write_text(textwrap.dedent(spec))
    result = generate(spec_path)
    root = folder / "sdk"
    write_output(result.files, root)
    return Sdk(root, result.api.package, result)
