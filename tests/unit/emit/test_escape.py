"""The escaping filters (`generator/emit/escape.py`), each on concrete nasty strings, in the place it
is made for: a Python literal evaluates back to the value, a docstring stays one docstring, a table
cell one cell, a TOML string parses, and no filter lets spec text write a custom-code marker."""

from __future__ import annotations

import ast
import json
import re
from typing import Any

import pytest
from support.compat import tomllib
from support.hostile import NASTY, shown

from generator.emit import escape

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _one_line(value: str) -> str:
    """What one-line filters keep: line breaks become spaces, other control characters go."""
    text = re.sub(r"\r\n|[\r\n\u2028\u2029\x85]", " ", value)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def _escape_surrogates(text: str) -> str:
    return re.sub(r"[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def _ids(values: list[str]) -> list[str]:
    return [ascii(v)[:40] for v in values]


def _py_eval(source: str) -> Any:
    tree = ast.parse(source, mode="eval")
    return eval(compile(tree, "<literal>", "eval"), {"__builtins__": {}})


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_py_str_round_trips(value: str) -> None:
    literal = escape.py_str(value)
    assert not any(c in literal for c in _LINE_BREAKS), "a literal must stay on one line"
    assert _py_eval(literal) == value
    assert ast.literal_eval(literal) == value
    # In generated code, next to other code, it is still one expression.
    namespace: dict[str, Any] = {}
    exec(compile(f"x = {literal}\ny = 1\n", "<module>", "exec"), {"__builtins__": {}}, namespace)
    assert namespace == {"x": value, "y": 1}


@pytest.mark.parametrize(
    "value",
    [
        {"b": [1, 2.5, None, True], "a": {"nested": NASTY[:20]}},
        [value for value in NASTY if value],
        {key: key for key in NASTY},
        -0.0,
        10**30,
    ],
    ids=["object", "list", "keys", "negative zero", "big int"],
)
def test_py_literal_round_trips(value: Any) -> None:
    source = escape.py_literal(value)
    assert "\n" not in source
    assert _py_eval(source) == value


def _docstring_text(value: str) -> str:
    """What a docstring keeps: the text, lines without trailing blanks, CRLF as LF; a lone
    quote at its end is followed by a space, as black writes it."""
    text = "\n".join(line.rstrip(" \t") for line in value.replace("\r\n", "\n").split("\n"))
    return f"{text} " if text.endswith('"') and not text.endswith('""') else text


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_docstring_round_trips(value: str) -> None:
    text = escape.docstring(value)
    # Module, function and class docstrings (a class's must be encodable: CPython copies it).
    for source, holder in (
        (f'"""{text}"""\nafter = 1\n', None),
        (f'def f():\n    """{text}"""\n    return 1\n\n\nafter = 1\n', "f"),
        (f'class C:\n    """{text}"""\n\n    field = 1\n\n\nafter = 1\n', "C"),
    ):
        namespace: dict[str, Any] = {}
        try:
            exec(compile(source, "<module>", "exec"), namespace)
        except (SyntaxError, UnicodeError) as error:
            pytest.fail(f"docstring({value!r}) = {text!r} breaks the code: {error!r}")
        assert namespace["after"] == 1, "the docstring swallowed the code after it"
        doc = namespace["__doc__"] if holder is None else namespace[holder].__doc__
        assert shown(doc) == shown(_docstring_text(value)), source
    text.encode("utf-8")  # a lone surrogate would make the file unwritable


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_comment_stays_one_line(value: str) -> None:
    text = escape.comment(value)
    assert not any(c in text for c in _LINE_BREAKS + "\x00"), ascii(text)
    namespace: dict[str, Any] = {}
    exec(compile(f"x = 1  # {text}\ny = 2\n", "<module>", "exec"), {}, namespace)
    assert namespace == {"x": 1, "y": 2}
    # "@custom-" may be broken up (custom-code markers must not come from a spec).
    assert text.replace("@ custom-", "@custom-") == _escape_surrogates(_one_line(value))
    text.encode("utf-8")


def _unescaped_pipes(text: str) -> list[int]:
    """Positions of `|` that a GFM table takes as a column break (those without a `\\` before)."""
    return [match.start() for match in re.finditer(r"(?<!\\)\|", text)]


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_cell_cannot_break_the_table(value: str) -> None:
    cell = escape.md_cell(value)
    assert not any(c in cell for c in _LINE_BREAKS), ascii(cell)
    assert _unescaped_pipes(cell) == [], f"{cell!r} opens a new column"
    cell.encode("utf-8")


def _code_span_content(span: str) -> str:
    """The text CommonMark shows for a code span in a table cell (`\\|` is a pipe there)."""
    span = span.replace("\\|", "|")
    fence = re.match(r"`+", span)
    assert fence, f"{span!r} does not start a code span"
    ticks = fence.group()
    assert span.endswith(ticks) and len(span) > 2 * len(ticks), f"{span!r} is not one span"
    inner = span[len(ticks) : -len(ticks)]
    assert not re.search(rf"(?<!`){ticks}(?!`)", inner), f"{span!r} closes early"
    if inner.startswith(" ") and inner.endswith(" ") and inner.strip(" "):
        inner = inner[1:-1]
    return inner


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_code_shows_the_value(value: str) -> None:
    span = escape.md_code(value)
    assert not any(c in span for c in _LINE_BREAKS), ascii(span)
    assert _unescaped_pipes(span) == [], f"{span!r} opens a new column"
    # CommonMark has no empty code span: a lone space is as close as it gets.
    assert _code_span_content(span) == (_escape_surrogates(_one_line(value)) or " "), span


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_heading_is_one_literal_line(value: str) -> None:
    heading = escape.md_heading(value)
    assert not any(c in heading for c in _LINE_BREAKS), ascii(heading)
    assert "<" not in heading and ">" not in heading
    assert not re.match(r"^(#|>|[*+\-=]|\d+\.)", heading), heading


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_toml_str_round_trips(value: str) -> None:
    literal = escape.toml_str(value)
    document = f"[project]\nx = {literal}\ny = 1\n"
    try:
        parsed = tomllib.loads(document)
    except tomllib.TOMLDecodeError as error:
        pytest.fail(f"toml_str({value!r}) = {literal!r} is not a TOML string: {error}")
    assert parsed["project"]["y"] == 1
    assert shown(parsed["project"]["x"]) == shown(value)


@pytest.mark.parametrize(
    "value", ["a b", "a(b)c", "x)](javascript:alert(1))", "a\tb", "a\nb"], ids=_ids
)
def test_md_link_target_cannot_end_the_link(value: str) -> None:
    target = escape.md_link_target(value)
    assert not re.search(r"[\s()]", target), target


@pytest.mark.parametrize("name", ["docstring", "comment", "md_text"])
def test_spec_text_cannot_write_a_custom_code_marker(name: str) -> None:
    for value in ("# @custom-begin X", "<!-- @custom-end docs -->", "a\n# @custom-begin X\nb"):
        assert "@custom-" not in escape.FILTERS[name](value), (name, value)


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_text_and_json_inline_are_writable(value: str) -> None:
    text = escape.md_text(value)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r]", text), ascii(text)
    text.encode("utf-8")
    inline = escape.json_inline({"k": value})
    assert "\n" not in inline
    if not re.search(r"[\ud800-\udfff]", value):
        assert json.loads(inline) == {"k": value}


@pytest.mark.parametrize(
    ("name", "spelled"),
    [("docstring", "\\x40custom-"), ("comment", "@ custom-"), ("md_text", "&#64;custom-")],
)
def test_a_broken_up_marker_still_reads_as_the_text(name: str, spelled: str) -> None:
    """Each filter spells "@custom-" so that it shows (or evaluates) as the spec wrote it."""
    shown = escape.FILTERS[name]("<!-- @custom-begin docs -->")
    # Markdown prose also writes the `<` as an entity: it opens no HTML comment.
    opener = "&lt;!--" if name == "md_text" else "<!--"
    assert shown == f"{opener} {spelled}begin docs -->"


@pytest.mark.parametrize(
    "value", ["\u2028", "\u2029", "\x85", "a\u2028<!-- @custom-begin docs -->"]
)
def test_json_for_the_docs_keeps_line_separators_escaped(value: str) -> None:
    for text in (escape.json_text({"k": value}, indent=2), escape.json_inline({"k": value})):
        assert not re.search(r"[\u2028\u2029\x85]", text), ascii(text)
        assert json.loads(text) == {"k": value}


def test_md_text_keeps_fences_but_no_python_block_and_closes_an_open_one() -> None:
    assert escape.md_text("```python\nx = 1\n```") == "```py\nx = 1\n```"
    assert escape.md_text("  ~~~Python3 extra\nx\n~~~") == "~~~py\nx\n~~~"
    assert escape.md_text("    ```\nx") == "    \\```\nx"  # an indented code line, not a fence
    assert escape.md_text("```json\n{}\n```") == "```json\n{}\n```"
    assert escape.md_text("text\n````\nunclosed") == "text\n````\nunclosed\n````"
    assert escape.md_text("a\r\nb\rc\u2028d") == "a\nb\nc d"


def test_py_literal_spells_tuples_and_refuses_what_json_cannot_hold() -> None:
    assert escape.py_literal(("a",)) == '("a",)'
    assert escape.py_literal((("a", "b"), ())) == '(("a", "b"), ())'
    assert escape.py_literal({"b": 1, "a": [None, True]}) == '{"a": [None, True], "b": 1}'
    with pytest.raises(TypeError, match="not a JSON value"):
        escape.py_literal(object())


def test_md_code_of_nothing_is_a_lone_space_and_backticks_get_a_longer_fence() -> None:
    assert escape.md_code("") == "` `"
    assert escape.md_code("a`b") == "`` a`b ``"
    assert escape.md_code("plain") == "`plain`"
