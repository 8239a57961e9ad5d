"""The folders the generator ships besides its code: the templates and the SDK runtime.

The repository keeps them at its top (`templates/`, `runtime/`); a wheel carries them inside
the package (`generator/templates/`, `generator/runtime/`, mapped by pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped(name: str) -> Path:
    """`templates` or `runtime`: inside the installed package, else at the checkout's top."""
    installed = _PACKAGE / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


TEMPLATES = shipped("templates")
RUNTIME = shipped("runtime")
