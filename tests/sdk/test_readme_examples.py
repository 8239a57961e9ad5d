"""Every ```python block of ``generated/README.md`` runs as written against a local server.

The examples build their client with ``Client(token=getenv("MAGIC_HOUR_API_TOKEN"))``;
``MAGIC_HOUR_BASE_URL`` points them at ``support.http_server.LocalServer``, which answers
each operation with the example response of the spec.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.http_server import LocalServer, ScriptedResponse

from generator.emit.examples import response_example
from generator.model.api import Operation
from generator.pipeline import load_api

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated" / "README.md"
SPEC = ROOT / "spec" / "magic-hour.json"
TOKEN = "sk-readme-test-0123456789"

BLOCK = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*$", re.MULTILINE)
# `client.v1.files.upload_urls.create(` or `client.v1.x.with_raw_response.create(`
CALL = re.compile(r"\.(v1(?:\.\w+)+?)(?:\.with_raw_response)?\.(\w+)\(")

API = load_api(SPEC)
# The SDK's name of each operation -> (method, path template) in the spec.
OPERATIONS = {op.qualified_name: (op.http_method, op.path) for _, op in API.all_operations()}


def readme_blocks() -> list[tuple[str, str]]:
    """``(id, code)`` for each python block, the id naming the section it is in."""
    text = README.read_text(encoding="utf-8")
    blocks = []
    for number, match in enumerate(BLOCK.finditer(text), start=1):
        headings = HEADING.findall(text, 0, match.start())
        section = re.sub(r"\W+", "-", headings[-1].lower()).strip("-") if headings else "top"
        blocks.append((f"{number}-{section}", match.group(1)))
    return blocks


BLOCKS = readme_blocks()


def _operation(method: str, path: str) -> Operation:
    (found,) = [op for _, op in API.all_operations() if (op.http_method, op.path) == (method, path)]
    return found


def example_response(method: str, path: str) -> ScriptedResponse:
    """The operation's documented 2xx answer: the spec's example, else one built from its
    schema (as the reference docs show it)."""
    op = _operation(method, path)
    has_example, example = response_example(API, op)
    if not has_example:
        return ScriptedResponse(int(op.success.status))
    return ScriptedResponse(int(op.success.status), json=example)


def required_body_fields(method: str, path: str) -> set[str]:
    op = _operation(method, path)
    return {p.wire_name for p in op.parameters if p.location == "body" and p.required}


def calls_in(code: str) -> list[str]:
    """The SDK operations a block calls, in order, e.g. ``v1.files.upload_urls.create``."""
    found = [f"{group}.{method}" for group, method in CALL.findall(code)]
    unknown = [name for name in found if name not in OPERATIONS]
    assert not unknown, f"README calls operations this test does not know: {unknown}"
    return found


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    with LocalServer() as s:
        monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", TOKEN)
        monkeypatch.setenv("MAGIC_HOUR_BASE_URL", s.url)
        yield s


def run_block(block_id: str, code: str) -> None:
    """Execute one README block in a fresh namespace, as a script would run it."""
    # The logging example configures logging globally: undo that afterwards.
    root, sdk = logging.getLogger(), logging.getLogger("magic_hour")
    handlers, root_level, sdk_level = list(root.handlers), root.level, sdk.level
    namespace: dict[str, Any] = {"__name__": "__main__"}
    try:
        exec(compile(code, f"README.md block {block_id}", "exec"), namespace)
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(root_level)
        sdk.setLevel(sdk_level)


def test_readme_has_the_expected_examples() -> None:
    assert len(BLOCKS) >= 6, [block_id for block_id, _ in BLOCKS]
    sections = " ".join(block_id for block_id, _ in BLOCKS)
    for section in ("synchronous", "asynchronous", "errors", "raw-responses"):
        assert section in sections
    assert any("AsyncClient" in code and "asyncio.run(" in code for _, code in BLOCKS)
    assert any(calls_in(code) for _, code in BLOCKS)


@pytest.mark.parametrize(("block_id", "code"), BLOCKS, ids=[block_id for block_id, _ in BLOCKS])
def test_readme_block_runs(
    block_id: str, code: str, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for method, path in OPERATIONS.values():
        if "{" not in path:
            server.respond(method, path, example_response(method, path))
    expected = [OPERATIONS[name] for name in calls_in(code)]

    run_block(block_id, code)

    received = [(r.method, r.path) for r in server.requests]
    assert received == expected, f"block {block_id} made {received}, expected {expected}"
    for recorded in server.requests:
        assert recorded.headers["authorization"] == f"Bearer {TOKEN}"
        assert recorded.headers["user-agent"].startswith("magic-hour-python/")
        required = required_body_fields(recorded.method, recorded.path)
        if required:
            assert required <= set(recorded.json()), f"{recorded.path}: {recorded.json()}"
    out = capsys.readouterr().out
    if "print(res)" in code:
        # The parsed response is printed: it holds the spec example's values.
        example = example_response(*expected[-1]).json
        for value in _leaf_strings(example):
            assert value in out, f"{value!r} not printed by block {block_id}:\n{out}"
    if "print(raw.status_code" in code:
        assert out.startswith("200 application/json"), out


def _leaf_strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in _leaf_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _leaf_strings(item)]
    return [value] if isinstance(value, str) and not re.search(r"\d{4}-\d\d-\d\dT", value) else []


def error_block() -> tuple[str, str]:
    blocks = [(block_id, code) for block_id, code in BLOCKS if "except BadRequestError" in code]
    assert len(blocks) == 1, "the README should have one example catching BadRequestError"
    return blocks[0]


def test_readme_errors_example_reports_a_bad_request(
    server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    block_id, code = error_block()
    [name] = calls_in(code)
    method, path = OPERATIONS[name]
    server.respond(method, path, ScriptedResponse(400, json={"message": "bad"}))

    run_block(block_id, code)

    out = capsys.readouterr().out
    assert out.startswith("rejected: 400 "), out
    assert "bad" in out
    assert "failed:" not in out and "unreachable:" not in out
    assert [(r.method, r.path) for r in server.requests] == [(method, path)]  # 400: no retry
