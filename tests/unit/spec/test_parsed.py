"""A YAML text read before is read back from its JSON: the same data, the same places, and
nothing kept that JSON would not give back exactly."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from generator.spec import load, parsed
from generator.spec.load import load_document
from generator.spec.parsed import ParsedCache

SPEC = """openapi: 3.0.3
info: {title: Shop, version: '1'}
paths:
  /items:
    get:
      description: "caf\\u00e9 \\U0001F600"
      responses:
        '200': {description: ok}
"""


def write(folder: Path, text: str = SPEC) -> Path:
    spec = folder / "spec.yaml"
    spec.write_text(text, encoding="utf-8", errors="surrogatepass")
    return spec


def no_parse(*args: object, **kwargs: object) -> Any:
    raise AssertionError("the text was parsed again")


def test_a_text_read_before_is_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, cache = write(tmp_path), ParsedCache(tmp_path / "parsed")
    first = load_document(spec, parsed=cache)
    assert first.data == load_document(spec).data
    monkeypatch.setattr(load, "_read_fast", no_parse)
    monkeypatch.setattr(load, "_parse_yaml", no_parse)
    again = load_document(spec, parsed=cache)
    assert again.data == first.data
    monkeypatch.undo()  # places are found in the text, when a message needs one, as before
    assert again.locate("/paths/~1items/get").line == first.locate("/paths/~1items/get").line == 5


def test_another_text_is_parsed(tmp_path: Path) -> None:
    cache = ParsedCache(tmp_path / "parsed")
    load_document(write(tmp_path), parsed=cache)
    changed = load_document(write(tmp_path, SPEC.replace("Shop", "Store")), parsed=cache)
    assert changed.data["info"]["title"] == "Store"


@pytest.mark.parametrize("data", [{1: "an integer key"}, {"x": math.nan}, {"x": {1, 2}}])
def test_what_json_would_not_give_back_is_not_kept(tmp_path: Path, data: Any) -> None:
    cache = ParsedCache(tmp_path)
    cache.put("text", data)
    assert cache.get("text") is None


def test_a_text_that_cannot_be_read_fails_every_time(tmp_path: Path) -> None:
    cache = ParsedCache(tmp_path / "parsed")
    spec = write(tmp_path, "openapi: [unclosed\n")
    for _ in range(2):
        with pytest.raises(load.SpecError, match="invalid YAML"):
            load_document(spec, parsed=cache)
    assert not (tmp_path / "parsed").exists()


@pytest.mark.parametrize("damage", [b"", b"{", b"\xff"])
def test_a_damaged_file_is_as_if_absent(tmp_path: Path, damage: bytes) -> None:
    spec, cache = write(tmp_path), ParsedCache(tmp_path / "parsed")
    expected = load_document(spec, parsed=cache).data
    for kept in (tmp_path / "parsed").iterdir():
        kept.write_bytes(damage)
    assert load_document(spec, parsed=cache).data == expected


def test_the_most_recent_texts_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsed, "MAX_KEPT", 2)
    cache = ParsedCache(tmp_path)
    for index in range(4):
        cache.put(f"text {index}", {"index": index})
    assert len(list(tmp_path.iterdir())) == 2
    assert cache.get("text 3") == {"index": 3}
    assert cache.get("text 0") is None


def test_without_a_folder_nothing_is_kept() -> None:
    cache = ParsedCache(None)
    cache.put("text", {"a": 1})
    assert cache.get("text") is None


def test_the_folder_is_beside_the_format_cache(tmp_path: Path) -> None:
    assert parsed.default_folder(tmp_path / "format") == tmp_path / "parsed"
