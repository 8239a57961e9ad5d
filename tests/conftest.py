"""Shared test set-up: the committed SDK in `generated/` is importable as `magic_hour`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.http_server import LocalServer

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPEC = ROOT / "spec" / "magic-hour.yaml"

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
