"""Contract tests: the generated Magic Hour SDK against a Prism mock of spec/magic-hour.yaml.

Every operation of the spec is called through ``magic_hour.Client`` and
``magic_hour.AsyncClient`` with the spec's examples as arguments (optional ones too). Prism
validates each request against the spec, so a 2xx answer without an ``sl-violations`` header
means the SDK sent what the spec describes; the parsed result must have the declared type.

The operations are parametrized from the spec itself (paths x methods), so an operation added
to the spec without an entry in ``SDK_OPERATIONS`` fails here instead of going untested. The
negative controls prove that the capture notices a request Prism rejects.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import magic_hour
import pytest
import yaml
from magic_hour.types import models
from support.prism import assert_no_violations, prism_mock, prism_violations

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "magic-hour.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TOKEN = "test-token"

# (METHOD, spec path) -> (SDK method path, declared result type; None for no content).
SDK_OPERATIONS: dict[tuple[str, str], tuple[str, type[Any] | None]] = {
    ("POST", "/v1/lip-sync"): ("v1.lip_sync.create", models.V1LipSyncCreateResponse),
    ("POST", "/v1/files/upload-urls"): (
        "v1.files.upload_urls.create",
        models.V1FilesUploadUrlsCreateResponse,
    ),
    ("GET", "/v1/video-projects/{id}"): (
        "v1.video_projects.get",
        models.V1VideoProjectsGetResponse,
    ),
    ("DELETE", "/v1/video-projects/{id}"): ("v1.video_projects.delete", None),
}


def spec_operations() -> list[tuple[str, str]]:
    """Every (METHOD, path) of the spec, in document order."""
    return [
        (method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method in item
        if method in HTTP_METHODS
    ]


def node_ref_parts(ref: str) -> list[str]:
    assert ref.startswith("#/"), f"only local $refs are supported, not {ref!r}"
    return [part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/")]


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node_ref_parts(node["$ref"]):
            target = target[part]
        node = target
    return node


def _example(schema: dict[str, Any], where: str) -> Any:
    schema = resolve(schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("type") == "object" and "properties" in schema:
        return {
            name: _example(prop, f"{where}.{name}")
            for name, prop in schema["properties"].items()
            if "example" in resolve(prop) or name in schema.get("required", [])
        }
    raise AssertionError(f"the spec has no example for {where}")


def operation_parameters(method: str, path: str) -> list[dict[str, Any]]:
    item = SPEC["paths"][path]
    declared = item.get("parameters", []) + item[method.lower()].get("parameters", [])
    return [resolve(param) for param in declared]


def example_parameters(method: str, path: str) -> dict[str, Any]:
    """Every path, query and header parameter, with the spec's example."""
    return {
        p["name"]: (
            p["example"]
            if "example" in p
            else _example(p["schema"], f"{method} {path} parameter {p['name']}")
        )
        for p in operation_parameters(method, path)
    }


def example_body(method: str, path: str) -> dict[str, Any] | None:
    """Every top-level JSON body property (optional ones too), with the spec's example."""
    body = resolve(SPEC["paths"][path][method.lower()].get("requestBody", {}))
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    properties = resolve(schema).get("properties", {})
    return {
        name: _example(prop, f"{method} {path} body.{name}") for name, prop in properties.items()
    }


def example_arguments(method: str, path: str) -> dict[str, Any]:
    """The SDK keyword arguments of an operation, from the spec's examples."""
    return {**example_parameters(method, path), **(example_body(method, path) or {})}


def success_response(method: str, path: str) -> tuple[int, Any]:
    """The declared 2xx status and its JSON example (None when it has no content)."""
    responses = SPEC["paths"][path][method.lower()]["responses"]
    status = next(code for code in responses if str(code).startswith("2"))
    content = resolve(responses[status]).get("content", {}).get("application/json")
    return int(status), (content or {}).get("example")


def path_pattern(path: str) -> re.Pattern[str]:
    pieces = re.split(r"(\{[^}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in pieces) + "$")


@dataclasses.dataclass
class Exchange:
    """One request the SDK sent and Prism's answer to it."""

    method: str
    path: str
    request_body: bytes
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def violations(self) -> list[Any]:
        return prism_violations(self.headers, self.body)

    def operation(self) -> tuple[str, str] | None:
        """The spec operation (METHOD, path template) this request matches."""
        for method, path in spec_operations():
            if method == self.method and path_pattern(path).match(self.path):
                return method, path
        return None


class Recorder:
    """httpx response hooks that record every exchange with Prism."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def _record(self, response: httpx.Response) -> None:
        request = response.request
        self.exchanges.append(
            Exchange(
                method=request.method,
                path=request.url.path,
                request_body=request.content,
                status=response.status_code,
                headers=dict(response.headers),
                body=response.content,
            )
        )

    def sync_hook(self, response: httpx.Response) -> None:
        response.read()
        self._record(response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self._record(response)

    def only(self) -> Exchange:
        assert len(self.exchanges) == 1, f"expected one request, got {self.exchanges}"
        return self.exchanges[0]


def assert_clean(exchange: Exchange) -> None:
    """Prism accepted the request: a 2xx answer without any reported violation."""
    assert_no_violations(exchange.headers, exchange.body)
    assert (
        200 <= exchange.status < 300
    ), f"{exchange.method} {exchange.path} -> {exchange.status}: {exchange.body!r}"


def call_operation(client: Any, sdk_path: str, kwargs: dict[str, Any]) -> Any:
    target = client
    for part in sdk_path.split("."):
        target = getattr(target, part)
    return target(**kwargs)


def run_sync(recorder: Recorder, base_url: str, sdk_path: str, kwargs: dict[str, Any]) -> Any:
    with httpx.Client(event_hooks={"response": [recorder.sync_hook]}) as http_client:
        client = magic_hour.Client(
            base_url=base_url, token=TOKEN, http_client=http_client, max_retries=0
        )
        return call_operation(client, sdk_path, kwargs)


def run_async(recorder: Recorder, base_url: str, sdk_path: str, kwargs: dict[str, Any]) -> Any:
    async def scenario() -> Any:
        hooks = {"response": [recorder.async_hook]}
        async with httpx.AsyncClient(event_hooks=hooks) as http_client:
            client = magic_hour.AsyncClient(
                base_url=base_url, token=TOKEN, http_client=http_client, max_retries=0
            )
            return await call_operation(client, sdk_path, kwargs)

    return asyncio.run(scenario())


RUNNERS = {"sync": run_sync, "async": run_async}


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism_mock(SPEC_PATH) as url:
        yield url


def test_spec_operations_are_found() -> None:
    assert len(spec_operations()) >= 4  # guards the parametrization below against a no-op


def test_sdk_operation_table_has_no_stale_entries() -> None:
    stale = set(SDK_OPERATIONS) - set(spec_operations())
    assert not stale, f"SDK_OPERATIONS lists operations the spec no longer has: {stale}"


@pytest.mark.parametrize("mode", sorted(RUNNERS))
@pytest.mark.parametrize(
    ("method", "path"), spec_operations(), ids=[f"{m} {p}" for m, p in spec_operations()]
)
def test_operation_with_spec_examples(prism_url: str, method: str, path: str, mode: str) -> None:
    assert (
        method,
        path,
    ) in SDK_OPERATIONS, f"no contract test for {method} {path}: add it to SDK_OPERATIONS"
    sdk_path, result_type = SDK_OPERATIONS[(method, path)]
    kwargs = example_arguments(method, path)

    recorder = Recorder()
    result = RUNNERS[mode](recorder, prism_url, sdk_path, kwargs)

    exchange = recorder.only()
    assert exchange.operation() == (method, path), f"{sdk_path} sent {exchange}"
    assert_clean(exchange)
    status, example = success_response(method, path)
    assert exchange.status == status

    # What went over the wire is exactly the spec's example body (no NOT_GIVEN, no extras).
    body = example_body(method, path)
    if body is None:
        assert exchange.request_body == b""
    else:
        assert json.loads(exchange.request_body) == body

    if result_type is None:
        assert result is None
    else:
        assert type(result) is result_type
        assert result == result_type.model_validate(example)


NEGATIVE_CASES = {
    "out-of-range-via-extra_body": {"request_options": {"extra_body": {"end_seconds": -5}}},
    "wrong-type": {"end_seconds": "fifteen"},
}


@pytest.mark.parametrize("mode", sorted(RUNNERS))
@pytest.mark.parametrize("case", sorted(NEGATIVE_CASES))
def test_negative_control_rejected_request_is_detected(
    prism_url: str, case: str, mode: str
) -> None:
    kwargs = {**example_arguments("POST", "/v1/lip-sync"), **NEGATIVE_CASES[case]}
    recorder = Recorder()

    with pytest.raises(magic_hour.APIStatusError) as raised:
        RUNNERS[mode](recorder, prism_url, "v1.lip_sync.create", kwargs)

    exchange = recorder.only()
    assert 400 <= exchange.status < 500
    assert raised.value.response.status_code == exchange.status
    assert exchange.violations, "Prism rejected the request but the capture saw no violation"
    assert any("end_seconds" in json.dumps(v) for v in exchange.violations), exchange.violations
    with pytest.raises(AssertionError, match="violation"):
        assert_clean(exchange)
