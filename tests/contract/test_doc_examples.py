"""Every ```python example of the generated resource READMEs runs, as written, against Prism.

The examples read their credentials from the environment and the clients read
``MAGIC_HOUR_BASE_URL``, so the test only sets both variables to point at a Prism mock of
spec/magic-hour.json. To see what each example sent and got back, ``magic_hour.Client`` and
``magic_hour.AsyncClient`` (which the examples import from the package) are replaced by thin
subclasses that hand the SDK an httpx client with recording response hooks.

Each example must make exactly one request, of the operation its section documents, which
Prism accepts (2xx, no violations), and leave ``res`` of the documented response type.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import magic_hour
import pytest
import yaml
from magic_hour.types import models
from openapi_schema_validator import OAS30Validator
from support.doc_examples import (
    DocExample,
    Recorder,
    check_exchange,
    collect_examples,
    expected_type,
    only_exchange,
    response_examples,
    run_example,
    spec_operations,
)
from support.magic_hour_fake import TOKEN as FAKE_TOKEN
from support.magic_hour_fake import fake_magic_hour
from support.prism import prism_mock, prism_violations

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "magic-hour.json"
RESOURCES = ROOT / "generated" / "magic_hour" / "resources"
TOKEN = "test-token"

ALL_EXAMPLES = collect_examples(RESOURCES)
# A `generate()` section runs a whole job (uploads, polling, downloads): its examples run against
# the fake Magic Hour API below, the others against Prism.
WORKFLOW_EXAMPLES = [e for e in ALL_EXAMPLES if '<a name="generate">' in e.section]
EXAMPLES = [e for e in ALL_EXAMPLES if e not in WORKFLOW_EXAMPLES]
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
OPERATIONS = spec_operations(SPEC)


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism_mock(SPEC_PATH) as url:
        yield url


def test_examples_are_found() -> None:
    assert EXAMPLES, f"no ```python blocks in any README.md under {RESOURCES}"
    assert WORKFLOW_EXAMPLES, "no generate() examples"


def test_every_spec_operation_has_a_sync_and_an_async_example() -> None:
    documented: dict[tuple[str, str], list[str | None]] = {}
    for example in EXAMPLES:
        if example.endpoint is not None:
            documented.setdefault(example.endpoint, []).append(example.flavour)
    for operation in OPERATIONS:
        flavours = sorted(str(f) for f in documented.get(operation, []))
        assert flavours == ["Asynchronous", "Synchronous"], (
            f"{operation[0]} {operation[1]}: expected one sync and one async example, "
            f"found {flavours}"
        )
    unknown = set(documented) - set(OPERATIONS)
    assert not unknown, f"examples document endpoints the spec does not have: {unknown}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_doc_example_runs_against_prism(
    example: DocExample, prism_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", TOKEN)
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", prism_url)
    recorder = Recorder(magic_hour, prism_url, "MAGIC_HOUR_BASE_URL")
    recorder.install(monkeypatch)

    try:
        namespace, is_async = run_example(example, recorder)
    except magic_hour.APIStatusError as exc:
        seen = [prism_violations(x.headers, x.body) for x in recorder.exchanges]
        pytest.fail(f"{example.id} raised {exc!r}; Prism reported {seen}")

    exchange = only_exchange(example, recorder)
    violations = prism_violations(exchange.headers, exchange.body)
    assert not violations, f"{example.id}: Prism reported {violations}"
    # The example does what its section documents, with the client kind its heading names.
    check_exchange(example, exchange, is_async)

    assert "res" in namespace, f"{example.id} does not assign `res`"
    result_type = expected_type(example, models)
    res = namespace["res"]
    assert type(res) is result_type or (
        result_type is None and res is None
    ), f"{example.id}: `res` is {type(res).__name__}, documented as {example.response_type}"


def _json_response_pointer(method: str, path: str) -> str | None:
    """The JSON pointer of the 2xx JSON response schema of an operation, if it has one."""
    responses = SPEC["paths"][path][method.lower()].get("responses", {})
    for status in sorted(responses):
        media = responses[status].get("content", {}).get("application/json", {})
        if str(status).startswith("2") and "schema" in media:
            escaped = path.replace("~", "~0").replace("/", "~1")
            return f"#/paths/{escaped}/{method.lower()}/responses/{status}/content/application~1json/schema"
    return None


@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_json_response_has_an_example_its_schema_accepts(operation: tuple[str, str]) -> None:
    """The spec's own example where it gives one, else one built from the schema: either way
    valid for the response schema (enums, formats, required fields, nullability)."""
    pointer = _json_response_pointer(*operation)
    shown = response_examples(RESOURCES).get(operation)
    if pointer is None:
        assert shown is None, f"{operation}: an example shown for a response with no JSON schema"
        return
    assert shown is not None, f"{operation}: the reference shows no response example"
    # The whole document is the root, so that the schema's $refs resolve within it.
    validator = OAS30Validator({**SPEC, "$ref": pointer})
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(json.loads(shown))
    ]
    assert not errors, f"{operation}: the example is not valid for its schema: {errors}"


# "required if `video_source` is `file`", "only used when `mode` is `x`": prose conditions.
_STATED = re.compile(r"(?:required|used|applies)\s+(?:if|when)\s+`\.?(?:\w+\.)*(\w+)`\s+is\s+(.+)")


def _resolved(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def _holds_example(schema: Any, depth: int = 0) -> bool:
    """Whether a schema or one of its properties (or items), at any depth, has an example."""
    schema = _resolved(schema)
    if not isinstance(schema, dict) or depth > 8:
        return False
    inner = [*(schema.get("properties") or {}).values(), schema.get("items")]
    return "example" in schema or any(_holds_example(s, depth + 1) for s in inner)


def _missing_examples(schema: Any, sent: Any, where: str) -> list[str]:
    """The example values `schema` gives (its properties', nested ones included) that `sent`
    lacks, unless a description rules the property out with the value its sibling was sent."""
    schema = _resolved(schema)
    if not isinstance(schema, dict):
        return []
    if schema.get("type") == "array" and isinstance(sent, list) and sent:
        return _missing_examples(schema.get("items"), sent[0], f"{where}[0]")
    missing: list[str] = []
    for name, prop in (schema.get("properties") or {}).items():
        prop = _resolved(prop)
        if not isinstance(sent, dict) or name not in sent:
            stated = _STATED.search(prop.get("description", ""))
            ruled_out = (
                stated is not None
                and isinstance(sent, dict)
                and f"`{sent.get(stated[1])}`" not in stated[2].split(".")[0]
            )
            if _holds_example(prop) and not ruled_out:
                missing.append(f"{where}.{name}")
            continue
        if "example" in prop:
            if sent[name] != prop["example"]:
                missing.append(f"{where}.{name} (sent {sent[name]!r})")
        else:
            missing.extend(_missing_examples(prop, sent[name], f"{where}.{name}"))
    return missing


def _call_arguments(code: str) -> dict[str, Any]:
    call = next(
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and ast.unparse(node.func).startswith("client.")
    )
    return {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg is not None}


JSON_BODIES = [
    (example, SPEC["paths"][example.endpoint[1]][example.endpoint[0].lower()])
    for example in EXAMPLES
    if example.endpoint is not None
    and example.flavour == "Synchronous"
    and "application/json"
    in SPEC["paths"][example.endpoint[1]][example.endpoint[0].lower()]
    .get("requestBody", {})
    .get("content", {})
]


@pytest.mark.parametrize(("example", "operation"), JSON_BODIES, ids=[e.id for e, _ in JSON_BODIES])
def test_code_examples_carry_every_example_value_the_conditions_allow(
    example: DocExample, operation: dict[str, Any]
) -> None:
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    sent = _call_arguments(example.code)
    missing = _missing_examples(schema, sent, "body")
    assert not missing, f"{example.id}: the example leaves out the spec's examples of {missing}"


@pytest.mark.parametrize("example", WORKFLOW_EXAMPLES, ids=[e.id for e in WORKFLOW_EXAMPLES])
def test_workflow_example_runs_a_whole_job(
    example: DocExample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example, as written, from a folder holding the local files it names: the files are
    uploaded, the job created and waited for, and its outputs saved where the example says."""
    monkeypatch.chdir(tmp_path)
    for name in re.findall(r'"([\w.-]+\.(?:mp3|mp4|png|jpg|jpeg|wav|gif))"', example.code):
        (tmp_path / name).write_bytes(b"local " + name.encode())
    with fake_magic_hour() as (url, state):
        monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", FAKE_TOKEN)
        monkeypatch.setenv("MAGIC_HOUR_BASE_URL", url)
        recorder = Recorder(magic_hour, url, "MAGIC_HOUR_BASE_URL")
        recorder.install(monkeypatch)
        namespace, is_async = run_example(example, recorder)
    assert is_async == (example.flavour == "Asynchronous")
    res = namespace["res"]
    assert res.status in ("complete", "completed"), f"{example.id}: {res.status}"
    assert res.downloaded_paths, f"{example.id}: nothing downloaded"
    for path in res.downloaded_paths:
        saved = tmp_path / path  # relative to the folder the example ran in
        assert saved.parent == tmp_path / "outputs" and saved.stat().st_size > 0
    uploads = [r for r in state.requests if r.method == "PUT"]
    local = re.findall(r'"([\w.-]+\.(?:mp3|mp4|png|jpg|jpeg|wav|gif))"', example.code)
    # A file named twice is uploaded once.
    assert len(uploads) == len(set(local)), f"{example.id}: {len(uploads)} uploads for {local}"
