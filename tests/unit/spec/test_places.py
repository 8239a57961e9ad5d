"""Positions in JSON found pointer by pointer: the same line and column as reading the whole
text with positions (`load.py`'s careful YAML path) gives, for every pointer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.spec import pointer as jp
from generator.spec.load import _SURROGATE_ESCAPE, Document, _parse_yaml, load_document
from generator.spec.places import JsonPlaces, NotJson

SHARED = Path(__file__).resolve().parents[4] / "shared"

TEXT = """{
  "openapi" : "3.0.3",
  "info": {"title": "Caf\\u00e9 \\"x\\" \\ud83d\\ude00", "version": "1"},
  "paths": {
    "/a~b/{id}": {"get": {"tags": ["one", "two", {"x": [1, 2.5e3, null]}]}},
\t"/\u00e9t\u00e9":{"post":{"x-empty":{},"x-list":[]}}
  },
  "last": [[], [[true]], false]
}
"""


def pointers(value: object, at: str = "") -> list[str]:
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += pointers(item, jp.join(at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += pointers(item, jp.join(at, index))
    return found


def careful_positions(text: str) -> dict[str, tuple[int, int]]:
    readable = _SURROGATE_ESCAPE.sub(r"\\u0041", text)  # as `Document.locate` gives YAML
    return _parse_yaml(Path("spec.json"), readable, located=True).positions


def test_every_pointer_has_the_place_reading_it_whole_gives() -> None:
    places = JsonPlaces(TEXT)
    careful = careful_positions(TEXT)
    every = pointers(json.loads(TEXT))
    assert {p: places.position(p) for p in every} == {p: careful[p] for p in every}


def test_a_pointer_to_nothing_written_has_no_place() -> None:
    places = JsonPlaces(TEXT)
    for missing in ("/nothing", "/paths/~1a~0b~1{id}/put", "/last/3", "/last/01", "/openapi/x"):
        assert places.position(missing) is None
    assert places.position("/last/2") == careful_positions(TEXT)["/last/2"]


def test_text_that_is_not_json_says_so() -> None:
    with pytest.raises(NotJson):
        JsonPlaces("{a: 1}").position("/a")


def test_a_document_locates_in_json_text_without_reading_it_whole(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(TEXT, encoding="utf-8")
    document = load_document(spec)
    location = document.locate("/paths/~1a~0b~1{id}/get/tags/2/x/1/deeper")
    assert (location.line, location.column) == (5, 60)  # at 2.5e3
    assert document.text is not None  # not read whole


def test_yaml_written_in_a_json_file_is_located_by_reading_it_whole(tmp_path: Path) -> None:
    document = Document(tmp_path / "spec.json", {"a": {"b": 1}}, text="{a: {b: 1}}\n")
    location = document.locate("/a/b")
    assert (location.line, location.column) == (1, 6)


@pytest.mark.parametrize(
    "name", ["magic-hour/openapi.json", "field-specs/ory-kratos.json", "field-specs/qdrant.json"]
)
def test_real_documents_have_the_places_reading_them_whole_gives(name: str) -> None:
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"needs ../shared/{name}")
    text = load_document(path).text
    assert text is not None
    careful = careful_positions(text)
    places = JsonPlaces(text)
    every = pointers(json.loads(text))
    assert [places.position(p) for p in every] == [careful[p] for p in every]
