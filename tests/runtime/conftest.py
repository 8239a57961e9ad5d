"""Fixtures of the runtime tests: the runtime installed as an SDK's `_core`, and the
sync/async harness every behaviour test runs through."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from support.runtime_harness import PACKAGE, Harness, install_runtime


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("runtime")
    install_runtime(root)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(f"{PACKAGE}._core")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest, core: ModuleType) -> Iterator[Harness]:
    harness = Harness(core, request.param)
    try:
        yield harness
    finally:
        harness.shutdown()
