"""Generated markdown as a CommonMark parser reads it (markdown-it-py, with GFM tables).

`check_sdk_markdown` asserts that every page of a generated SDK has the structure its template
gives it, whatever the spec's text: every section heading and code block is still there (nothing
was swallowed by an HTML comment, a raw HTML block or a code fence the spec opened), and the
only raw HTML is the template's own (operation anchors, custom-region markers).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
_PARSER = MarkdownIt("commonmark").enable("table")
# The HTML the templates write themselves.
_MARKER = re.compile(r"<!-- @custom-(?:begin|end) [\w.-]+ -->\n")
_ANCHOR = re.compile(r'<a name="\w+">|</a>')


@dataclass
class Outline:
    """What a reader sees of a page's structure."""

    headings: list[tuple[int, str]] = field(default_factory=list)
    fences: list[tuple[str, str]] = field(default_factory=list)  # (info, content)
    html_blocks: list[str] = field(default_factory=list)
    html_inline: list[str] = field(default_factory=list)


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def outline(text: str) -> Outline:
    result = Outline()
    tokens = _PARSER.parse(text)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            result.headings.append((int(token.tag[1]), tokens[index + 1].content))
    for token in _walk(tokens):
        if token.type in ("fence", "code_block"):
            result.fences.append((token.info.strip(), token.content))
        elif token.type == "html_block":
            result.html_blocks.append(token.content)
        elif token.type == "html_inline":
            result.html_inline.append(token.content)
    return result


def assert_only_template_html(path: str, page: Outline) -> None:
    for block in page.html_blocks:
        assert _MARKER.fullmatch(block), f"{path}: raw HTML from the spec: {block[:200]!r}"
    for tag in page.html_inline:
        assert _ANCHOR.fullmatch(tag), f"{path}: inline HTML from the spec: {tag[:200]!r}"


def _template_headings(name: str, level: int) -> list[str]:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    return [line[level + 1 :] for line in text.splitlines() if line.startswith("#" * level + " ")]


def check_sdk_markdown(files: Mapping[str, str], operations: Mapping[str, int]) -> None:
    """Check every markdown page of a generated SDK.

    `operations` maps each resource README's path to its number of operations.
    """
    checked = 0
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        page = outline(text)
        assert_only_template_html(path, page)
        markers = [block for block in page.html_blocks if _MARKER.fullmatch(block)]
        python = [content for info, content in page.fences if info == "python"]
        for code in python:
            # A whole example, nothing more (async ones await at the top level).
            compile(code, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        if path == "README.md":
            h2 = [text for level, text in page.headings if level == 2]
            assert h2 == _template_headings("project/README.md.jinja", 2), f"{path}: {h2}"
            expected = (TEMPLATES / "project/README.md.jinja").read_text().count("python_block(")
            assert len(python) == expected, f"{path}: {len(python)} python blocks"
            assert len(markers) == 2, f"{path}: the readme region's markers were swallowed"
        elif path in operations:
            count = operations[path]
            h3 = [text for level, text in page.headings if level == 3]
            h4 = Counter(text for level, text in page.headings if level == 4)
            assert len(h3) == count, f"{path}: {len(h3)} operation headings, not {count}"
            for section in ("Synchronous Client", "Asynchronous Client", "Response"):
                assert h4[section] == count, f"{path}: {h4[section]} {section!r} of {count}"
            assert len(python) == 2 * count, f"{path}: {len(python)} python blocks"
            assert len(page.html_inline) == 2 * count, f"{path}: operation anchors lost"
            assert len(markers) == 2, f"{path}: the docs region's markers were swallowed"
        checked += 1
    assert checked >= 2, "no markdown pages"
