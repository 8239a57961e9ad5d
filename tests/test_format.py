"""On every file the suite generates, the fast formatting path gives black's bytes exactly.

(The format stage on small sources, the cache and the fallbacks: tests/unit/emit/test_format.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SPEC

from generator.emit import format as fmt
from generator.emit.render import render_sdk
from generator.pipeline import load_api

SPECS = [SPEC, *sorted((ROOT / "tests" / "specs").glob("*.yaml"))]


def python_sources(spec: Path) -> dict[str, str]:
    files = render_sdk(load_api(spec))
    sources = {path: text for path, text in files.items() if path.endswith(".py")}
    for path, text in files.items():
        if path.endswith(".md"):
            for index, match in enumerate(fmt._PYTHON_BLOCK.finditer(text)):
                sources[f"{path}#{index}"] = match.group(1)
    return sources


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_fast_path_is_byte_identical_to_black(spec: Path) -> None:
    sources = python_sources(spec)
    fast = fmt.Formatter(cache_dir=None, use_ruff=True)
    assert fast.use_ruff, "ruff must be installed for the fast path"
    formatted = fast.format_all(sources)
    for name, source in sources.items():
        assert formatted[name] == fmt.format_python(name, source), name
