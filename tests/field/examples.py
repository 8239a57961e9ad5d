"""Run every doc example of one generated SDK against a Prism mock of its spec; print JSON.

    .venv/bin/python tests/field/examples.py SPEC SDK_FOLDER

A child process of tests/field/run.py, so that each SDK is imported into a fresh interpreter.
Each ```python example of the resource READMEs (a sync and an async one per operation) must run
as written through the package's `Client` / `AsyncClient`, make one request, of the operation
its section documents, get a 2xx answer with no request-side Prism violation, and leave `res`
of the documented type. Operations Prism cannot serve (no responses, an event stream) are
counted apart, with the reason. A spec Prism cannot load at all is reported with Prism's words.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator, OAS31Validator

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS.parent), str(TESTS)]

from support.doc_examples import (  # noqa: E402
    DocExample,
    Exchange,
    Recorder,
    auth_environment,
    check_exchange,
    collect_examples,
    conforms,
    expected_type,
    is_page,
    mock_credential,
    only_exchange,
    run_example,
)
from support.openapi_document import (  # noqa: E402
    Document,
    Operation,
    deprecated_parameter_warning,
    operations_of,
)
from support.prism import prism_mock, prism_violations  # noqa: E402

PRISM_STARTUP = 300.0  # seconds: Prism reads a 2,850-file spec slowly on a busy machine


def request_violations(found: list[Any], operation: Operation) -> list[Any]:
    """What Prism says about the request the SDK sent (not about the spec's own response
    examples), less its note on a parameter the spec itself marks deprecated."""
    return [
        v
        for v in found
        if not (isinstance(v, dict) and (v.get("location") or ["request"])[0] == "response")
        and not deprecated_parameter_warning(v, operation)
    ]


def response_violations(found: list[Any]) -> list[Any]:
    return [
        v for v in found if isinstance(v, dict) and (v.get("location") or [""])[0] == "response"
    ]


def carried_from_a_broken_page(
    exchanges: list[Exchange], found: list[list[Any]], operation: Operation
) -> str:
    """Why a listing's later page failed, when the SDK is not to blame: Prism's page broke the
    spec's own schema (an item id that misses its pattern) and the only request parameters
    Prism objects to on a later page are ones the SDK changed to ask for that page (the id
    carried into `after`); "" otherwise."""
    if (
        len(found) < 2
        or request_violations(found[0], operation)
        or not response_violations(found[0])
    ):
        return ""
    first = exchanges[0].query
    for exchange, violations in zip(exchanges[1:], found[1:], strict=True):
        changed = {k for k in exchange.query if exchange.query[k] != first.get(k)}
        for violation in request_violations(violations, operation):
            location = violation.get("location") if isinstance(violation, dict) else None
            if not (
                location
                and location[:2] == ["request", "query"]
                and location[2:3]
                and location[2] in changed
            ):
                return ""
    broken = str(response_violations(found[0])[0].get("message"))[:200]
    return f"the first page: {broken}; the next page's request carries a value from it"


def matching_options(operation: Operation, body: bytes) -> list[int]:
    """Which options of the request body's top-level `oneOf` (in the spec's own schema, read
    as plain JSON Schema, as Prism reads it: no discriminator) a JSON body is valid under."""
    content = (
        operation.document.deref(operation.op.get("requestBody") or {}, operation.base).get(
            "content"
        )
        or {}
    )
    media = next((m for t, m in content.items() if "json" in t), None)
    if not media or "schema" not in media or not body:
        return []
    schema = inlined(operation.document, media["schema"], operation.base)
    options = schema.get("oneOf") if isinstance(schema, dict) else None
    if not isinstance(options, list):
        return []
    version = str(operation.document.root.get("openapi", ""))
    validator_class = OAS30Validator if version.startswith("3.0") else OAS31Validator
    value = json.loads(body)
    return [i for i, option in enumerate(options) if validator_class(option).is_valid(value)]


def ambiguous_body(exchanges: list[Exchange], found: list[list[Any]], operation: Operation) -> str:
    """Why Prism refused a body, when the spec is to blame: its `oneOf` options cannot be told
    apart (the body is valid under several, so "exactly one" fails for every body the SDK
    could send; the generator warns at the schema's place); "" otherwise."""
    if len(exchanges) != 1 or not found[0]:
        return ""
    said = {
        str(v.get("message"))
        for v in request_violations(found[0], operation)
        if isinstance(v, dict)
    }
    if "Request body must match exactly one schema in oneOf" not in said:
        return ""
    matched = matching_options(operation, exchanges[0].sent)
    if len(matched) < 2:
        return ""
    return (
        f"the request body is valid under oneOf options {matched} of the spec's own schema: "
        "its options cannot be told apart, so Prism's 'exactly one' refuses any body"
    )


def inlined(document: Document, node: Any, base: Path, depth: int = 0) -> Any:
    """`node` with its `$ref`s replaced by what they point to; a recursive schema is cut
    (accepting anything) below a depth no mock answer reaches."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        if depth > 12:
            return {}
        target, target_base = document.resolve(node, base)
        return inlined(document, target, target_base, depth + 1)
    if isinstance(node, dict):
        return {key: inlined(document, value, base, depth) for key, value in node.items()}
    if isinstance(node, list):
        return [inlined(document, item, base, depth) for item in node]
    return node


def schema_errors(operation: Operation, status: int, body: bytes) -> list[str]:
    """Where a JSON answer breaks the schema the spec declares for it, read independently of
    the generator and of Prism (which does not check the answers it makes up itself)."""
    response = operation.response_for(status) or {}
    media: dict[str, Any] = next(iter((response.get("content") or {}).values()), {})
    if "schema" not in media:
        return []
    document = operation.document
    schema = inlined(document, media["schema"], operation.base)
    version = str(document.root.get("openapi", ""))
    validator = (OAS30Validator if version.startswith("3.0") else OAS31Validator)(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:200]
        for e in validator.iter_errors(json.loads(body))
    ]


def run_one(
    example: DocExample,
    operation: Operation,
    package: Any,
    models: Any,
    url: str,
    environment: dict[str, str],
    base_url_env: str,
) -> tuple[str, str]:
    """("ok", ""); ("spec", why) when the SDK sent a correct request and the spec is to blame:
    the SDK rightly refused an answer that breaks the spec's own schema (one Prism took from a
    spec example, as Prism says, or made up, as the schema says), a listing's next request
    carried such a value, or the body's `oneOf` options cannot be told apart; else
    ("failed", what went wrong, with what Prism said)."""
    with pytest.MonkeyPatch.context() as patch:
        for variable, value in environment.items():
            patch.setenv(variable, value)
        patch.setenv(base_url_env, url)
        recorder = Recorder(package, url, base_url_env)
        recorder.install(patch)
        try:
            namespace, is_async = run_example(example, recorder, drain=["res"])
            res = namespace.get("res")
            # A list example's loop fetched the pages after the first: every request is checked.
            listing = is_page(res)
            exchanges = recorder.exchanges if listing else [only_exchange(example, recorder)]
            for exchange in exchanges:
                violations = request_violations(
                    prism_violations(exchange.headers, exchange.body), operation
                )
                assert not violations, f"Prism reported {violations}"
                check_exchange(
                    example, exchange, is_async, redirect_answer=operation.redirect_answer
                )
            documented = expected_type(example, models)
            body = res.body if listing else res
            assert conforms(body, documented), f"`res` is {res!r:.200}, not {example.response_type}"
        except Exception as failure:  # noqa: BLE001 - every failure is reported, not raised
            found = [prism_violations(x.headers, x.body) for x in recorder.exchanges]
            if (
                type(failure).__name__ == "ResponseValidationError"
                and len(found) == 1
                and response_violations(found[0])
                and not request_violations(found[0], operation)
            ):
                return "spec", str(response_violations(found[0])[0].get("message"))[:300]
            blamed = carried_from_a_broken_page(
                recorder.exchanges, found, operation
            ) or ambiguous_body(recorder.exchanges, found, operation)
            if blamed:
                return "spec", blamed
            if type(failure).__name__ == "ResponseValidationError" and len(found) == 1:
                exchange = recorder.exchanges[0]
                broken = schema_errors(operation, exchange.status, exchange.body)
                if broken and not request_violations(found[0], operation):
                    return "spec", f"Prism's made-up answer breaks the schema: {broken[0]}"
            said = [
                str(v.get("message") if isinstance(v, dict) else v)[:200] for v in sum(found, [])
            ]
            statuses = [x.status for x in recorder.exchanges]
            if said:  # what Prism objected to, first: the exception repeats the answer's body
                return "failed", f"{statuses}: Prism said {said[:4]} ({type(failure).__name__})"
            return "failed", f"{statuses}: {type(failure).__name__}: {str(failure)[:400]}"
    return "ok", ""


def prism_can_serve(operation: Operation) -> bool:
    """Besides what `Operation.prism_can_serve` says: Prism routes by the literal path, so a
    path template that goes on after a `#` (`/connectors/{id}#idOrName`, which tells two
    operations on one path apart; a fragment is never sent) matches no request."""
    return operation.prism_can_serve and "#" not in operation.path


def main(spec: Path, folder: Path) -> dict[str, Any]:
    (package_name,) = [d.name for d in sorted(folder.iterdir()) if (d / "__init__.py").is_file()]
    sys.path.insert(0, str(folder))
    package = importlib.import_module(package_name)
    models = importlib.import_module(f"{package_name}.types.models")
    base_url_env = importlib.import_module(f"{package_name}._sdk").BASE_URL_ENV
    environment = {c.variable: mock_credential(c) for c in auth_environment(folder / "README.md")}
    operations = operations_of(Document(spec))
    examples = collect_examples(folder / package_name / "resources")
    servable = [
        e for e in examples if e.endpoint in operations and prism_can_serve(operations[e.endpoint])
    ]
    report: dict[str, Any] = {
        "total": len(examples),
        "ok": 0,
        "spec": 0,  # the spec's response example breaks its schema; the SDK refused it
        # no responses, an event stream, or a path Prism cannot route: see prism_can_serve
        "not_servable": len(examples) - len(servable),
        "failed": 0,
        "prism": "",
        "failures": [],
        "spec_problems": [],
    }
    try:
        with prism_mock(spec, startup_timeout=PRISM_STARTUP) as url:
            for example in servable:
                assert example.endpoint is not None
                outcome, problem = run_one(
                    example,
                    operations[example.endpoint],
                    package,
                    models,
                    url,
                    environment,
                    base_url_env,
                )
                report[outcome] = report.get(outcome, 0) + 1
                if problem:
                    endpoint = " ".join(example.endpoint)
                    report["failures" if outcome == "failed" else "spec_problems"].append(
                        {"example": example.id, "endpoint": endpoint, "problem": problem}
                    )
    except RuntimeError as refused:  # Prism could not load the spec: its own words
        report["prism"] = str(refused)[-2000:]
    return report


if __name__ == "__main__":
    # What the examples print (a listing's `print(item)`) stays out of the report.
    with contextlib.redirect_stdout(io.StringIO()):
        result = main(Path(sys.argv[1]), Path(sys.argv[2]))
    print(json.dumps(result))
