"""Shared test set-up: the committed SDK in `generated/` is importable as `magic_hour`."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.http_server import LocalServer

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPEC = ROOT / "spec" / "magic-hour.json"
CONFIG = ROOT / "spec" / "openapi-python-sdk.toml"


def load_magic_hour_spec() -> Any:
    """Magic Hour's spec as data, for tests that write a changed copy."""
    return json.loads(SPEC.read_text(encoding="utf-8"))


def write_magic_hour_spec(document: Any, folder: Path, name: str = "magic-hour.json") -> Path:
    """A (changed) copy of the Magic Hour spec in `folder`, with the SDK's configuration beside
    it, so that it generates the same SDK but for the change."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    shutil.copyfile(CONFIG, folder / CONFIG.name)
    return path


# The behaviour tests exercise exactly the committed output (the snapshot test keeps it current).
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 for one test (tests/support/http_server.py)."""
    with LocalServer() as s:
        yield s


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests decide what the Magic Hour SDK finds in the environment.
    monkeypatch.delenv("MAGIC_HOUR_API_TOKEN", raising=False)
    monkeypatch.delenv("MAGIC_HOUR_BASE_URL", raising=False)
