"""The fast formatting path gives black's bytes exactly, and the cache skips repeated work."""

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


def test_long_type_hints_fall_back_to_black() -> None:
    source = (
        "def f(*, status: typing.Literal['pending', 'succeeded', 'failed', 'refunded'] "
        "| NotGiven = NOT_GIVEN) -> None: ...\n"
    )
    result = fmt.Formatter(cache_dir=None).format_all({"x.py": source})
    assert result["x.py"] == fmt.format_python("x.py", source)
    assert "status: (" in result["x.py"]


def test_cache_returns_the_same_bytes_without_formatting_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = python_sources(SPEC)
    first = fmt.Formatter(cache_dir=tmp_path).format_all(sources)

    def no_formatting(*args: object) -> object:
        raise AssertionError("formatted again although the cache holds the result")

    monkeypatch.setattr(fmt.Formatter, "_ruff", no_formatting)
    monkeypatch.setattr(fmt, "format_python", no_formatting)
    assert fmt.Formatter(cache_dir=tmp_path).format_all(sources) == first


def test_invalid_generated_code_is_reported_with_its_path() -> None:
    with pytest.raises(fmt.FormatError, match="broken.py"):
        fmt.Formatter(cache_dir=None).format_all({"broken.py": "def f(:\n"})
