"""Loading a spec file: plain values, the line and column of every JSON pointer, and located,
bounded failures."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import Location, SpecError
from generator.spec import load
from generator.spec.load import Document, load_document


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def failure(path: Path) -> SpecError:
    with pytest.raises(SpecError) as caught:
        load_document(path)
    return caught.value


# -- values ---------------------------------------------------------------------------------------

YAML = """\
openapi: 3.0.3
info:
  title: Pets
  version: "1"
paths:
  /pets:
    get:
      responses:
        200:
          description: ok
"""


def test_yaml_becomes_plain_values(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "spec.yaml", YAML))
    assert document.data == {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }


def test_every_pointer_has_its_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", YAML)
    document = load_document(path)
    assert document.positions == {}  # not computed until a message needs one
    assert document.locate("/info/version") == Location(str(path), "/info/version", 4, 3)
    assert document.positions["/info/title"] == (3, 3)  # the key's position
    assert document.positions["/paths/~1pets/get/responses/200"] == (9, 9)
    assert document.locate("/info/version") == Location(str(path), "/info/version", 4, 3)


def test_locate_falls_back_to_the_nearest_known_place_above(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", YAML)
    document = load_document(path)
    assert document.locate("/info/title/nothing/here") == Location(
        str(path), "/info/title/nothing/here", 3, 3
    )
    assert document.locate("") == Location(str(path), "", 1, 1)


@pytest.mark.parametrize(
    ("yaml_text", "value"),
    [
        ("k: 2024-07-25", "2024-07-25"),  # a timestamp stays the string the spec wrote
        ("k: 2024-07-25T16:56:21Z", "2024-07-25T16:56:21Z"),
        ("k: !!binary aGk=", "aGk="),
        ("k: 12", 12),
        ("k: 1.5", 1.5),
        ("k: true", True),
        ("k: null", None),
        ("k: ~", None),
        ("k: '12'", "12"),
        ("k: 0x1F", 31),
        # YAML 1.2's core schema, as specs are written (PyYAML alone reads YAML 1.1):
        ("k: 1e-08", 1e-08),
        ("k: 1e+09", 1e09),
        ("k: .5", 0.5),
        ("k: -.inf", float("-inf")),
        ("k: 0o17", 15),
        ("k: 010", 10),
        ("k: yes", "yes"),
        ("k: off", "off"),
        ("k: 1_000", "1_000"),
        ("k: 1:20", "1:20"),
        ("k: !!int '7'", 7),
        ("k: '1e-08'", "1e-08"),
        ("k: " + "9" * 5000, "9" * 5000),  # beyond Python's int parsing: stays text
    ],
)
def test_scalars_keep_their_meaning_but_dates_stay_strings(
    tmp_path: Path, yaml_text: str, value: object
) -> None:
    data = load_document(write(tmp_path, "spec.yaml", yaml_text)).data
    assert data == {"k": value} and type(data["k"]) is type(value)


@pytest.mark.parametrize(
    ("key", "text"),
    [("200", "200"), ("true", "true"), ("null", "null"), ("1.5", "1.5"), ("010", "010")],
)
def test_mapping_keys_become_strings(tmp_path: Path, key: str, text: str) -> None:
    assert load_document(write(tmp_path, "spec.yaml", f"{key}: x")).data == {text: "x"}


def test_yaml_merge_keys_are_applied(tmp_path: Path) -> None:
    text = "base: &base {a: 1, b: 2}\nderived:\n  <<: *base\n  c: 3\n"
    data = load_document(write(tmp_path, "spec.yaml", text)).data
    assert data["derived"] == {"a": 1, "b": 2, "c": 3}


def test_a_key_beside_a_merge_overrides_the_merged_value(tmp_path: Path) -> None:
    text = "base: &base {a: 1, b: 2}\nderived:\n  <<: *base\n  b: 3\n"
    data = load_document(write(tmp_path, "spec.yaml", text)).data
    assert data["derived"] == {"a": 1, "b": 3}


def test_json_is_parsed_with_json_and_located_on_demand(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.json", '{\n  "info": {\n    "title": "x"\n  }\n}\n')
    document = load_document(path)
    assert document.data == {"info": {"title": "x"}}
    assert document.positions == {}  # not computed until an error needs one
    assert document.locate("/info/title") == Location(str(path), "/info/title", 3, 5)


def test_a_yaml_file_whose_positions_cannot_be_read_is_located_by_its_name_only() -> None:
    document = Document(Path("spec.yaml"), {"a": 2}, text="a: 1\na: 2\n")
    assert document.locate("/a") == Location("spec.yaml", "/a")


def test_a_repeated_key_in_json_is_located_at_its_first_place() -> None:
    document = Document(Path("spec.json"), {"a": 2}, text='{"a": 1, "a": 2}')
    assert document.locate("/a") == Location("spec.json", "/a", 1, 2)


# -- failures, each with its place ----------------------------------------------------------------


def test_a_missing_file(tmp_path: Path) -> None:
    error = failure(tmp_path / "does-not-exist.yaml")
    assert error.message == "no such file"
    assert str(error) == f"{tmp_path / 'does-not-exist.yaml'}: no such file"


def test_a_folder(tmp_path: Path) -> None:
    assert failure(tmp_path).message == "this is a folder, not a spec file"


def test_yaml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    text = (
        'openapi: 3.0.3\ninfo:\n  title: Broken\n  version: "1"\n'
        "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok\n"
    )
    path = write(tmp_path, "spec.yaml", text)
    error = failure(path)
    assert "invalid YAML" in error.message and "expected ',' or '}'" in error.message
    assert str(error).startswith(f"{path}:10:1: ")


def test_json_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    text = '{"openapi": "3.0.3",\n "info": {"title": "x", "version": "1"},\n "paths": {,}}\n'
    path = write(tmp_path, "spec.json", text)
    error = failure(path)
    assert error.message.startswith("invalid JSON")
    assert str(error).startswith(f"{path}:3:12: ")


def test_a_duplicate_key_is_located_at_the_second_one(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", "info:\n  title: a\n  title: b\n")
    error = failure(path)
    assert error.message == "duplicate key 'title'"
    assert error.location == Location(str(path), "/info/title", 3, 3)


def test_a_key_that_is_not_a_plain_value(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "spec.yaml", "? [a, b]\n: x\n"))
    assert error.message == "a mapping key must be a plain value"
    assert error.location is not None and error.location.line == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ("# only a comment\n", "the file is empty"),
        ("a: 1\x00\n", "the file contains a NUL byte"),
        (b"a: \xff\xfe\n", "not UTF-8 text (byte 3)"),
    ],
    ids=["empty", "comment only", "NUL", "not UTF-8"],
)
def test_unreadable_content(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = write(tmp_path, "spec.yaml", content)
    error = failure(path)
    assert error.message == message
    assert error.location is not None and error.location.file == str(path)


# -- bounds against hostile documents -------------------------------------------------------------


def nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_yaml_nesting_is_bounded_before_it_is_composed(tmp_path: Path) -> None:
    load_document(write(tmp_path, "ok.yaml", f"k: {nested(load.MAX_DEPTH - 1)}"))
    path = write(tmp_path, "deep.yaml", f"k: {nested(load.MAX_DEPTH + 1)}")
    error = failure(path)
    assert error.message == f"values are nested more than {load.MAX_DEPTH} levels deep"
    # The mapping holding `k` is the first level: the 200th bracket is one too many.
    assert error.location == Location(str(path), "", 1, 3 + load.MAX_DEPTH)


def test_json_nesting_beyond_the_recursion_limit_is_a_clean_error(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.json", nested(5000))
    error = failure(path)
    assert error.message == f"values are nested more than {load.MAX_DEPTH} levels deep"
    # Found before parsing, at the bracket that goes one level too deep.
    assert error.location == Location(str(path), "", 1, load.MAX_DEPTH + 1)


def test_json_nesting_is_bounded_as_yaml_is(tmp_path: Path) -> None:
    # Brackets inside strings do not count.
    shallow = json.dumps({"k": "[[[[" * load.MAX_DEPTH, "e": '\\"{'})
    assert load_document(write(tmp_path, "shallow.json", shallow)).data["k"].startswith("[[[[")
    path = write(tmp_path, "deep.json", json.dumps({"k": json.loads(nested(load.MAX_DEPTH + 1))}))
    assert failure(path).message == f"values are nested more than {load.MAX_DEPTH} levels deep"


def test_an_alias_bomb_is_refused_without_expanding_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_VALUES", 1000)
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for name, previous in zip("bcd", "abc", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")  # 10,000 values expanded
    error = failure(path)
    assert error.message.startswith("the document expands to more than 1,000 values")
    assert error.location == Location(str(path), "", 1, 1)
    # Aliases within the bound are expanded as usual.
    monkeypatch.setattr(load, "MAX_VALUES", 100_000)
    assert len(load_document(path).data["d"]) == 10


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 10)
    error = failure(write(tmp_path, "big.yaml", "x: " + "a" * 100))
    assert error.message == "the file is larger than 10 bytes, the limit"


def test_the_size_limit_error_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 10)
    path = write(tmp_path, "big.yaml", "x: " + "a" * 100)
    assert failure(path).location == Location(str(path))


def test_an_unterminated_json_string_is_read_in_one_pass(tmp_path: Path) -> None:
    # Each escaped quote once started a scan to the end of the file: quadratic, minutes here.
    path = write(tmp_path, "open.json", '["' + '\\"' * 200_000)
    assert failure(path).message.startswith("invalid JSON: Unterminated string")


# -- the fast path (rapidyaml) reads exactly what the careful path reads ---------------------------


def careful(text: str) -> object:
    return load._parse_yaml(Path("spec.yaml"), text, located=False).data


def test_a_plain_document_is_read_by_the_fast_path_as_the_careful_path_reads_it() -> None:
    text = (
        YAML + "  x-aliased: &shared {a: 1, b: [true, null, 1e-08, 0.5, -3]}\n  x-again: *shared\n"
    )
    fast = load._read_fast(text)
    assert fast is not None  # taken: this is no test of the fallback
    assert fast == careful(text)
    assert fast["paths"]["/pets"]["get"]["responses"]["200"] == {"description": "ok"}


# Every plain scalar of up to three characters from the alphabet numbers, words and YAML's
# special values are made of, and the spellings of its special values.
_TOKENS = sorted(
    {
        "".join(chars)
        for size in (1, 2, 3)
        for chars in itertools.product("019+-.eExXo_~TtNnaif", repeat=size)
    }
    | {"True", "TRUE", "False", "FALSE", "Null", "NULL", "yes", "No", "on", "OFF", ".inf", "-.Inf"}
    | {"+.INF", ".nan", ".NaN", ".NAN", "0x1F", "0o17", "010", "0e5", "1e400", "2024-07-25"}
)


def test_every_short_plain_scalar_is_typed_as_the_core_schema_types_it() -> None:
    taken = 0
    for token in _TOKENS:
        for text in (f"k: {token}\n", f"k: [{token}]\n", f"{token}: v\n", f"k:\n  - {token}\n"):
            fast = load._read_fast(text)
            if fast is None:
                continue  # left to the careful path
            taken += 1
            try:
                expected = careful(text)
            except SpecError:
                pytest.fail(f"the fast path read {text!r}, which the careful path refuses")
            assert repr(fast) == repr(expected), text  # repr: nan == nan, 1 != 1.0, True != 1
    assert taken > len(_TOKENS)  # most are read fast


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=st.dictionaries(st.text(max_size=8), _VALUES, min_size=1, max_size=4),
    flow=st.sampled_from([False, True, None]),
    style=st.sampled_from([None, '"', "'", "|", ">"]),
    width=st.sampled_from([20, 80]),
    shared=st.booleans(),
)
def test_any_dumped_document_is_read_by_both_paths_alike(
    value: dict[str, object], flow: bool | None, style: str | None, width: int, shared: bool
) -> None:
    if shared:  # the same object twice: PyYAML writes an anchor and an alias
        value = {"first": value, "second": value}
    text = yaml.safe_dump(
        value, default_flow_style=flow, default_style=style, width=width, allow_unicode=True
    )
    fast = load._read_fast(text)
    if fast is not None:
        assert repr(fast) == repr(careful(text))


@pytest.mark.parametrize(
    "text",
    [
        "a: !!str 1\n",  # a tag
        "base: &b {x: 1}\nmine:\n  <<: *b\n  y: 2\n",  # a merge key
        "a: 1\na: 2\n",  # a duplicate key: the careful path names it
        "a: 1\n---\nb: 2\n",  # two documents
        "- a\n",  # not a mapping
        "a: " + "[" * 70 + "]" * 70 + "\n",  # deeper than rapidyaml writes
        "a: |\n  text",  # no final line break: the block scalar would gain one
        "a: [1, 2\n",  # invalid
        "a: &x 1\nb: &x 2\nc: *x\n",  # an anchor name used twice
        'a: "\\ud800"\n',  # an escaped lone surrogate: libyaml refuses it
        'a: "\\0"\n',  # NUL
    ],
)
def test_what_the_fast_path_could_read_otherwise_is_left_to_the_careful_path(
    text: str, capfd: pytest.CaptureFixture[str]
) -> None:
    assert load._read_fast(text) is None
    assert capfd.readouterr().err == ""  # rapidyaml's own messages are not shown


def test_an_alias_bomb_is_not_expanded_by_the_fast_path() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for name, previous in zip("bcdefghij", "abcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    assert load._read_fast("\n".join(lines) + "\n") is None  # 10**10 values: never built


_SHARED = Path(__file__).resolve().parents[4] / "shared"


@pytest.mark.skipif(not _SHARED.is_dir(), reason=f"no shared data at {_SHARED}")
def test_every_yaml_file_of_the_field_corpus_is_read_by_both_paths_alike() -> None:
    files = sorted({*_SHARED.rglob("*.yaml"), *_SHARED.rglob("*.yml")})
    taken = 0
    for path in files:
        text = load.read_spec_file(path)
        fast = load._read_fast(text)
        if fast is not None:
            taken += 1
            assert repr(fast) == repr(careful(text)), path
    assert taken > len(files) // 2


def test_json_with_escaped_emoji_is_located(tmp_path: Path) -> None:
    """`json.dumps` writes an emoji as a surrogate pair of escapes, which YAML refuses; the
    positions are found all the same (GitHub's description, written by json.dumps)."""
    text = json.dumps({"info": {"title": "😀"}, "paths": {"/a": {"get": {"summary": "ok"}}}})
    assert "\\ud83d" in text
    document = load_document(write(tmp_path, "spec.json", text))
    assert document.data["info"]["title"] == "😀"
    location = document.locate("/paths/~1a/get/summary")
    assert (location.line, location.column) == (1, text.index('"summary"') + 1)


def test_positions_are_looked_for_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = Document(tmp_path / "spec.yaml", {"a": 2}, text="a: 1\na: 2\n")  # refused
    parses: list[bool] = []
    careful = load._parse_yaml

    def counted(*args: Any, **kwargs: Any) -> Document:
        parses.append(True)
        return careful(*args, **kwargs)

    monkeypatch.setattr(load, "_parse_yaml", counted)
    for _ in range(3):
        assert document.locate("/a") == Location(str(document.path), "/a")
    assert parses == [True]
