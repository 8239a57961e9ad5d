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
    # Runs of quotes could close the docstring: escape them. A quote at the very end is kept
    # apart from the closing quotes by a space, as black writes it (ruff keeps that space, where
    # it would drop the one black adds after an escaped quote).
    text = re.sub(r'"{2,}', lambda match: '\\"' * len(match.group()), text)
    if value.endswith('"') and not value.endswith('""'):  # a lone quote, still unescaped
        text += " "
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
    """Markdown prose from the spec, kept as written; only what could break the page is neutralized.

    Nothing the spec writes can swallow what the page puts after it:
    - no raw HTML: every `<` outside code (fenced blocks and code spans) becomes `&lt;`, so a
      description can open no HTML comment, block or tag (`<!--`, `<script>`, `<details>`, ...);
    - code fences at the start of a line stay (descriptions use them) and are tracked as
      CommonMark does (same character, at least as long, to close; up to three spaces of indent,
      which are dropped): one left open is closed. A fence anywhere else (indented further, in a
      list or a quote, where it would close with its container) is shown as text. A ```python block becomes ```py: those are the SDK's
      examples, which the docs' example runner executes.
    Line separators that some tools treat as line breaks become plain spaces.
    """
    text = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[\u2028\u2029\x85]", " ", text)
    lines = []
    fence: str | None = None  # the run of the open fence
    pending = False  # an unmatched backtick run earlier in this paragraph
    for line in text.split("\n"):
        if fence is not None:
            closing = _FENCE_CLOSE.match(line)
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
                fence = None
            lines.append(line)
            continue
        opening = _FENCE_OPEN.match(line)
        if opening and not (opening.group("fence")[0] == "`" and "`" in opening.group("info")):
            fence = opening.group("fence")
            # Up to three spaces of indent open a fence too; written without them, it opens
            # one wherever the page puts this text.
            line = line.lstrip(" ")
            if opening.group("info").strip().lower().startswith("python"):
                line = fence + "py"
            lines.append(line)
            pending = False
            continue
        if _FENCE_LIKE.match(line):
            line = _FENCE_RUN.sub(lambda match: "\\" + match.group(), line, count=1)
        line, pending = _escape_html(line, trust_spans=not pending, pending=pending)
        if not line.strip():
            pending = False
        lines.append(line)
    if fence is not None:
        lines.append(fence)
    text = "\n".join(lines)
    return _SURROGATE.sub("\ufffd", text.replace(_MARKER_TEXT, "&#64;custom-"))


# A fence CommonMark opens wherever the text stands (at the start of a line, after at most three
# spaces), a closing one, and a line that is a fence only in some context (indented further,
# after list or quote markers).
_FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_FENCE_CLOSE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")
_FENCE_LIKE = re.compile(r"^[ \t>*+\-0-9.)]*(?:`{3}|~{3})")
_FENCE_RUN = re.compile(r"`{3,}|~{3,}")


def _escape_html(line: str, *, trust_spans: bool, pending: bool) -> tuple[str, bool]:
    """`line` with every `<` that could start HTML written `&lt;`; and whether a backtick run is
    left unmatched (it may pair with one on a later line of the paragraph).

    Code spans are left as they are (`<` is literal there) when `trust_spans`: both backtick runs
    on this line, with no unmatched run before it in the paragraph that CommonMark could pair with
    one of them instead. Otherwise every `<` is escaped, which inside a code span only shows
    `&lt;`: never unsafe.
    """
    out: list[str] = []
    index, length = 0, len(line)
    while index < length:
        char = line[index]
        if char == "\\" and index + 1 < length:  # a backslash escape: the pair is literal
            out.append(line[index : index + 2])
            index += 2
            continue
        if char == "`":
            end = index
            while end < length and line[end] == "`":
                end += 1
            close = _closing_run(line, end, end - index) if trust_spans else None
            if close is None:
                pending = True
                out.append(line[index:end])
                index = end
            else:
                out.append(line[index:close])
                index = close
            continue
        out.append("&lt;" if char == "<" else char)
        index += 1
    return "".join(out), pending


def _closing_run(line: str, start: int, size: int) -> int | None:
    """The end of the first run of exactly `size` backticks from `start`, if any."""
    for match in re.finditer(r"`+", line[start:]):
        if len(match.group()) == size:
            return start + match.end()
    return None


def md_inline(value: str) -> str:
    """Inline markdown on one line, within a line the page writes: no raw HTML (as `md_text`)."""
    return _escape_html(_one_line(value), trust_spans=True, pending=False)[0]


def md_cell(value: str) -> str:
    """A markdown table cell: one line, no raw HTML, pipes escaped so they cannot open a column."""
    return md_inline(value).replace("|", "\\|")


def md_code(value: str) -> str:
    """An inline code span holding `value` verbatim, safe in a table cell too."""
    return md_code_span(value).replace("|", "\\|")


def md_code_span(value: str) -> str:
    """An inline code span holding `value` verbatim (on one line), for prose and list items."""
    text = _one_line(value)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if not text:
        return "` `"
    edge_spaces = text.startswith(" ") and text.endswith(" ") and text.strip(" ")
    padded = f" {text} " if text.startswith("`") or text.endswith("`") or longest else text
    if edge_spaces and padded is text:
        padded = f" {text} "  # CommonMark strips one space from each side of such a span
    return f"{fence}{padded}{fence}"


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
    "md_inline": md_inline,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_code_span": md_code_span,
    "md_heading": md_heading,
    "md_link_target": md_link_target,
    "toml_str": toml_str,
    "json_inline": json_inline,
}
