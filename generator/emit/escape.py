"""Escaping for every place a spec string lands. Templates use these as filters, nothing else.

Each function takes an untrusted string and returns text that, placed where its name says, reads
as exactly that string and cannot end the construct it sits in (a string literal, a docstring, a
comment, a markdown table cell or code span, a TOML string).
"""

from __future__ import annotations

import json
import re
from typing import Any

# Characters some tools treat as line breaks although Python source and markdown tables don't.
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\x85"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


# Custom-code markers (see custom.py) must never come from a spec: "@custom-" is broken up.
_MARKER_TEXT = "@custom-"


def py_str(value: str) -> str:
    """A Python string literal (double-quoted) that evaluates to exactly `value`."""
    literal = json.dumps(value, ensure_ascii=False)
    for char, escaped in _LINE_SEPARATORS.items():
        literal = literal.replace(char, escaped)
    return _escape_surrogates(literal)


def py_literal(value: Any) -> str:
    """A Python expression for a JSON value (or a tuple of them); object keys sorted so output
    never follows key order."""
    if isinstance(value, bool) or value is None or isinstance(value, bytes):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(item) for item in value) + "]"
    if isinstance(value, tuple):
        parts = [py_literal(item) for item in value]
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    if isinstance(value, dict):
        items = (f"{py_str(str(key))}: {py_literal(value[key])}" for key in sorted(value, key=str))
        return "{" + ", ".join(items) + "}"
    raise TypeError(f"not a JSON value: {value!r}")


def docstring(value: str) -> str:
    """Text safe inside a triple-double-quoted (non-raw) docstring (trailing spaces dropped)."""
    # Trailing spaces (markdown line breaks) would only trip linters; they carry no meaning here.
    value = "\n".join(line.rstrip(" \t") for line in value.replace("\r\n", "\n").split("\n"))
    text = value.replace("\\", "\\\\").replace("\r", "\\r")
    # Runs of quotes, and a quote at the very end, could close the docstring: escape them.
    text = re.sub(r'"{2,}', lambda match: '\\"' * len(match.group()), text)
    if value.endswith('"') and not value.endswith('""'):  # a lone quote, still unescaped
        text = text[:-1] + '\\"'
    text = _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
    for char, escaped in _LINE_SEPARATORS.items():
        text = text.replace(char, escaped)
    # "\x40" reads as "@" once Python parses the docstring, so its value is unchanged.
    # A lone surrogate cannot be encoded in a class docstring: it becomes U+FFFD.
    return _SURROGATE.sub("\ufffd", text.replace(_MARKER_TEXT, "\\x40custom-"))


def comment(value: str) -> str:
    """One line of text safe after `#`: line breaks become spaces, control characters go."""
    return _one_line(value).replace(_MARKER_TEXT, "@ custom-")


def md_text(value: str) -> str:
    """Markdown prose from the spec, kept as written; only what breaks the page is neutralized.

    Code fences stay (descriptions use them), but one cannot be a ```python block (those are
    the SDK's examples, which the docs' example runner executes: it becomes ```py), and an
    unclosed fence is closed so it cannot swallow the rest of the page. Line separators that
    some tools treat as line breaks become plain spaces.
    """
    text = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[\u2028\u2029\x85]", " ", text)
    fences = 0
    opened = "```"
    lines = []
    for line in text.split("\n"):
        fence = _FENCE.match(line)
        if fence:
            fences += 1
            opened = fence.group("fence")
            if fence.group("info").strip().lower().startswith("python"):
                line = fence.group("indent") + fence.group("fence") + "py"
        lines.append(line)
    if fences % 2:
        lines.append(opened)
    text = "\n".join(lines)
    return _SURROGATE.sub("\ufffd", text.replace(_MARKER_TEXT, "&#64;custom-"))


_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


def md_cell(value: str) -> str:
    """A markdown table cell: one line, pipes escaped so they cannot open a new column."""
    return _one_line(value).replace("|", "\\|")


def md_code(value: str) -> str:
    """An inline code span holding `value` verbatim, safe in a table cell too."""
    text = _one_line(value)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if not text:
        return "` `"
    edge_spaces = text.startswith(" ") and text.endswith(" ") and text.strip(" ")
    padded = f" {text} " if text.startswith("`") or text.endswith("`") or longest else text
    if edge_spaces and padded is text:
        padded = f" {text} "  # CommonMark strips one space from each side of such a span
    return f"{fence}{padded}{fence}".replace("|", "\\|")


def md_heading(value: str) -> str:
    """Heading text: one line, and markdown's own heading and HTML syntax made literal."""
    text = _one_line(value).replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"^([#>*+\-=]|\d+\.)", r"\\\1", text.strip())


def md_link_target(value: str) -> str:
    """A relative link target: whitespace, brackets and parentheses percent-encoded."""
    return re.sub(r"[\s()<>\[\]\x00-\x1f\x7f]", lambda m: f"%{ord(m.group()):02X}", value)


def toml_str(value: str) -> str:
    """A TOML basic string; JSON's escapes are valid TOML escapes, and DEL is escaped too."""
    text = json.dumps(_SURROGATE.sub("\ufffd", value), ensure_ascii=False)
    return text.replace("\x7f", "\\u007f")


def json_inline(value: Any) -> str:
    """A JSON value on one line with sorted keys, as the reference docs show examples."""
    return json_text(value, indent=None)


def json_text(value: Any, indent: int | None) -> str:
    """JSON for the docs: readable, but line separators escaped (they are valid JSON escapes)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)
    for char in _LINE_SEPARATORS:
        text = text.replace(char, f"\\u{ord(char):04x}")
    return _escape_surrogates(text)


def _one_line(value: str) -> str:
    text = re.sub(r"\r\n|[\r\n\u2028\u2029\x85]", " ", value)
    return _escape_surrogates(_CONTROL.sub("", text))


def _escape_surrogates(text: str) -> str:
    # A lone surrogate cannot be written to a UTF-8 file; spell it as an escape instead.
    return re.sub(r"[\ud800-\udfff]", lambda match: f"\\u{ord(match.group()):04x}", text)


FILTERS = {
    "py_str": py_str,
    "py_literal": py_literal,
    "docstring": docstring,
    "comment": comment,
    "md_text": md_text,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_heading": md_heading,
    "md_link_target": md_link_target,
    "toml_str": toml_str,
    "json_inline": json_inline,
}
