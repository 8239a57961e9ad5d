"""Hostile input shared by the hostile-spec tests (tests/hostile/) and the escaping filters'
unit tests (tests/unit/emit/test_escape.py): injection strings, nasty text, a small spec."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

CANARY = "@CANARY@"  # replaced by the absolute path of a file that must never appear
# Python that, if it ever ran, would create the canary file.
RUN = f"__import__('os').system('touch {CANARY}')"

# Concrete nasty strings, each escaping filter is checked on in the place it is made for.
NASTY = [
    "",
    "plain",
    "'",
    '"',
    "'''",
    '"""',
    '""""',
    '"""""',
    'ends with "',
    'ends with ""',
    "ends with \\",
    "\\",
    "\\\\",
    '\\"',
    "\\'",
    '\\"""',
    "\\n",
    "\\x00",
    "\\u2028",
    "\\N{BULLET}",
    "a\nb",
    "a\rb",
    "a\r\nb",
    "a\n\rb",
    "\n",
    "\r",
    "trailing   \nspaces\t\t\nhere  ",
    "\x00",
    "a\x00b",
    "\x01\x08\x0b\x0c\x0e\x1f\x1b",
    "\x7f",
    "\t",
    "\u2028",
    "\u2029",
    "\x85",
    "a\u2028b\u2029c\x85d",
    "\ufeff",
    "\u200b\u200e\u202e",
    "\ud800",
    "a\udfffb",
    "é日本𝔘",
    "{{ 7*7 }}",
    "{% if x %}",
    "{# comment #}",
    "|",
    "a|b",
    "a\\|b",
    "`",
    "``",
    "a`b``c",
    "`code`",
    " leading and trailing ",
    "  ",
    "<script>alert(1)</script>",
    "# not a heading",
    f'"""+{RUN}+"""',
    f"'+{RUN}+'",
    f'"+{RUN}+"',
    f"\n{RUN}",
    "x" * 3000,
    '"' * 2001,
    "\\" * 2001,
    "]\n[evil]\nx = 1",
    "# @custom-begin ThingsClient\nx = 1\n# @custom-end ThingsClient",
    "<!-- @custom-begin docs -->\ntext\n<!-- @custom-end docs -->",
]


def shown(text: str) -> str:
    """Text as a reader sees it: a lone surrogate may be kept, spelled as an escape or replaced."""
    text = re.sub(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", "\ufffd", text)
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


def thing_spec(
    *,
    title: str = "Hostile",
    version: str = "1.0.0",
    description: str = "",
    summary: str = "List things",
    query: dict[str, list[str]] | None = None,
    body: dict[str, list[str]] | None = None,
    response: dict[str, list[str]] | None = None,
    schema_name: str = "Thing",
    server: str = "https://api.example.com/v1",
) -> dict[str, Any]:
    """A one- or two-operation spec; each name maps to its enum (the first value is the example)."""

    def enum(values: list[str]) -> dict[str, Any]:
        return {"type": "string", "enum": values, "default": values[0], "example": values[0]}

    paths: dict[str, Any] = {
        "get": {
            "summary": summary,
            "description": description,
            "parameters": [
                {"name": name, "in": "query", "schema": enum(values), "example": values[0]}
                for name, values in (query or {"kind": ["a"]}).items()
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{schema_name}"}
                        }
                    },
                }
            },
        }
    }
    if body is not None:
        paths["post"] = {
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {name: enum(values) for name, values in body.items()},
                        }
                    }
                },
            },
            "responses": {"204": {"description": "done"}},
        }
    properties = {name: enum(values) for name, values in (response or {"x": ["y"]}).items()}
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": version, "description": description},
        "servers": [{"url": server, "description": "Production"}],
        "paths": {"/things": paths},
        "components": {"schemas": {schema_name: {"type": "object", "properties": properties}}},
    }


def run_generator(
    spec: Path, out: Path, *extra: str, cwd: Path, timeout: float
) -> tuple[subprocess.CompletedProcess[str] | None, float]:
    """`python -m generator generate SPEC --out OUT` and the CPU seconds it used (its own and
    its children's): how much work a hostile input caused, which, unlike wall time, does not
    grow when the machine is busy. `None` when it still ran after ``timeout`` wall seconds (a
    read that blocks uses no CPU: only the clock catches it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        run = subprocess.run(
            [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), *extra],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None, float("inf")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return run, used
