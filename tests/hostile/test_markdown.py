"""Generated markdown, read by a CommonMark parser: spec text cannot open raw HTML or a code
fence that swallows what a page puts after it, in the docs, the diff report or the changelog.
(Each markdown filter on its own: tests/unit/emit/test_escape.py.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support.hostile import thing_spec
from support.markdown import check_sdk_markdown, outline

from generator.diff import changelog
from generator.diff.report import diff_specs, render_report
from generator.emit import escape
from generator.model.api import Api
from generator.pipeline import generate


def _operations_by_readme(api: Api) -> dict[str, int]:
    return {resource.doc_path: len(resource.operations) for resource in api.all_resources()}


# Each opens something that, left as it is, hides the rest of the page from a CommonMark reader
# (or from the browser that shows its HTML).
SWALLOWING = {
    "html comment": "Intro.\n<!-- never closed",
    "html comment mid-line": "a <!-- b",
    "script block": "<script>\nlet x = 1",
    "style block": "Text\n<style>",
    "details tag": "<details><summary>More</summary>",
    "processing instruction": "<?php",
    "cdata": "<![CDATA[",
    "declaration": "<!DOCTYPE x",
    "div block": "<div>\n\n# Not a heading of ours",
    "backtick fence": "```\nopen",
    "tilde fence closed by backticks": "~~~\n```\nstill open",
    "longer fence": "````\n```\nstill open",
    "fence in a list item": "- item\n\n  ```\n  code",
    "fence in a quote": "> ```\n> code",
    "indented fence": "   ```",
    "code span across lines": "a `b\n` <details> `",
    "escaped backtick": "\\`<details>`",
    "python fence": "```python\nprint(1)",
}


def _markdownthing_spec(text: str) -> dict[str, Any]:
    spec = thing_spec(title=text.split("\n")[0] or "T", description=text, summary=text)
    responses = spec["paths"]["/things"]["get"]["responses"]
    responses["200"]["description"] = text
    responses["404"] = {"description": text}
    spec["components"]["schemas"]["Thing"]["description"] = text
    return spec


@pytest.mark.parametrize("case", sorted(SWALLOWING))
def test_spec_text_cannot_swallow_a_generated_page(case: str, tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(_markdownthing_spec(SWALLOWING[case])), encoding="utf-8")
    generated = generate(path)
    check_sdk_markdown(generated.files, _operations_by_readme(generated.api))


def test_markdown_keeps_what_descriptions_mean(tmp_path: Path) -> None:
    """Escaping only neutralizes: code spans, closed fences and prose read as written."""
    text = 'Use `List<Item>` and a < b.\n\n```json\n{"a": "<b>"}\n```\n\n```python\nx = 1\n```'
    page = escape.md_text(text)
    shown = outline(page)
    assert shown.fences == [("json", '{"a": "<b>"}\n'), ("py", "x = 1\n")]
    assert "`List<Item>`" in page and "a &lt; b" in page
    assert escape.md_cell("`a<b>` <i>|") == "`a<b>` &lt;i>\\|"


def test_the_diff_report_and_changelog_hold_no_html_from_thething_spec(tmp_path: Path) -> None:
    old = thing_spec(query={"kind": ["a"]})
    new = thing_spec(title="<!-- T", version="<details>", query={"kind": ["a", "`<details>`|"]})
    old["info"]["title"] = new["info"]["title"]
    paths = []
    for name, spec in (("old.json", old), ("new.json", new)):
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(spec), encoding="utf-8")
    report = render_report(diff_specs(*paths))
    entry = changelog.entry(diff_specs(*paths))
    for text in (report, entry):
        page = outline(text)
        assert page.html_blocks == [] and page.html_inline == [], text
    assert '`` "`<details>`|" ``' in report  # the enum value, whole, in one code span
    lines = [line for line in report.splitlines() if line.startswith("- ")]
    assert len(lines) == len(diff_specs(*paths).changes)
