"""The coverage suite: every spec in tests/specs/ and its committed SDK in tests/snapshots/<stem>/.

For each suite spec:

* the snapshot is exactly what the generator writes, and passes ``mypy --strict`` and ruff;
* every ```python example of its resource READMEs (a sync and an async one per operation) runs
  as written against a Prism mock of the spec (2xx, no ``sl-violations``, one request to the
  documented endpoint, ``res`` of the documented type, which must also agree with the media
  type the spec declares for the status received);
* where Prism cannot serve an operation (no ``responses``, ``text/event-stream``) or cannot
  check what was sent (multipart, forms, raw bodies, query styles, headers, cookies, binary
  responses, a second 2xx status), the example runs against a local server instead, scripted
  from the spec, and the request the server received is checked against the spec: every
  parameter example arrives, serialised per its style, and the body carries the example's
  arguments in the declared encoding;
* webhook payload examples parse into the generated models, and fail without a required field;
* every Environment (server) of the snapshot is reached through the sync and the async client;
* and a few calls the examples do not make: multipart files from paths and file objects, a JSON
  part, ``None`` sent as JSON ``null``, declared error responses (raised, body parsed, model
  named after its schema), and each security alternative on its own.

A snapshot or an SDK behaviour that is wrong fails a test here; nothing here edits a snapshot.

See docs/coverage.md for which OpenAPI feature each test covers.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import http.cookies
import importlib
import json
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pydantic
import pytest
from support.doc_examples import (
    Credential,
    DocExample,
    Recorder,
    auth_environment,
    check_exchange,
    collect_examples,
    conforms,
    expected_type,
    mock_credential,
    only_exchange,
    run_example,
    spec_operations,
)
from support.http_server import LocalServer, RecordedRequest, ScriptedResponse
from support.openapi_document import (
    Document,
    Operation,
    deprecated_parameter_warning,
    media_kind,
    operations_of,
)
from support.prism import prism_mock, prism_violations

from generator.cli import compare
from generator.output.write import with_manifest
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "specs"
SNAPSHOTS = ROOT / "tests" / "snapshots"
ACCEPT = "run `make generate` to accept the change"
# Bytes that are not UTF-8 text, so a binary response cannot pass by being decoded and re-encoded.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
MISSING = object()


@dataclasses.dataclass(frozen=True)
class Sdk:
    """A suite spec and its committed snapshot."""

    stem: str
    spec_path: Path
    folder: Path
    package: str  # the import name of the generated package
    document: Document
    operations: dict[tuple[str, str], Operation]
    examples: list[DocExample]
    credentials: list[Credential]

    @property
    def prefix(self) -> str:
        return self.package.upper()

    @property
    def base_url_env(self) -> str:
        return f"{self.prefix}_BASE_URL"

    def modules(self) -> tuple[types.ModuleType, types.ModuleType, types.ModuleType]:
        """The package, its ``types.models`` and its ``_core`` (the folder is on sys.path)."""
        return (
            importlib.import_module(self.package),
            importlib.import_module(f"{self.package}.types.models"),
            importlib.import_module(f"{self.package}._core"),
        )

    def operation(self, example: DocExample) -> Operation:
        assert example.endpoint is not None, f"{example.id}: no '**API Endpoint**' in its section"
        assert (
            example.endpoint in self.operations
        ), f"{example.id} documents {example.endpoint}, which {self.spec_path.name} lacks"
        return self.operations[example.endpoint]


def load_sdk(spec_path: Path) -> Sdk:
    folder = SNAPSHOTS / spec_path.stem
    packages = [d for d in sorted(folder.iterdir()) if (d / "__init__.py").is_file()]
    assert len(packages) == 1, f"{folder}: expected one package folder, found {packages}"
    document = Document(spec_path)
    return Sdk(
        stem=spec_path.stem,
        spec_path=spec_path,
        folder=folder,
        package=packages[0].name,
        document=document,
        operations=operations_of(document),
        examples=collect_examples(packages[0] / "resources"),
        credentials=auth_environment(folder / "README.md"),
    )


SUITE = [load_sdk(path) for path in sorted(SPECS.glob("*.yaml"))]
STEMS = [sdk.stem for sdk in SUITE]


# -- which examples run where --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Local:
    """Why an operation's examples (also) run against the local server, and its status."""

    reason: str
    status: int | None = None  # None: the first 2xx the spec declares


LOCAL: dict[tuple[str, str], Local] = {
    ("content-types", "uploadMedia"): Local("multipart: Prism keeps one of repeated parts"),
    ("content-types", "uploadMediaBatch"): Local("multipart array of files"),
    ("content-types", "replaceMediaContent"): Local("octet-stream body bytes, header"),
    ("content-types", "subscribeNewsletter"): Local("form-urlencoded repeated field"),
    ("content-types", "downloadMedia"): Local("binary response bytes (Prism sends text)"),
    ("content-types", "getThumbnail"): Local("image/png response bytes, integer enum query"),
    ("content-types", "streamProcessingEvents"): Local("text/event-stream: Prism 500s"),
    ("openapi30-petstore", "listPets"): Local("query styles, header and cookie on the wire"),
    ("openapi30-petstore", "listOwnerPets"): Local("path-level params merged, overridden"),
    ("openapi30-petstore", "uploadPetPhoto"): Local("octet-stream body bytes"),
    ("openapi30-petstore", "replacePet"): Local("the second 2xx (Prism answers 200)", 201),
    ("openapi30-petstore", "recordVaccination"): Local("a 2XX range answered 201", 201),
    ("openapi31-features", "archiveTask"): Local("no responses: Prism 500s", 204),
    ("openapi31-features", "remindAssignee"): Local("no responses: Prism 500s", 202),
    ("openapi31-features", "attachFile"): Local("3.1 contentMediaType file part"),
    ("naming", "search"): Local("same-named header and cookie, colliding query names"),
}

PRISM_CASES: list[tuple[Sdk, DocExample]] = []
LOCAL_CASES: list[tuple[Sdk, DocExample, Local]] = []
for _sdk in SUITE:
    for _example in _sdk.examples:
        if _example.endpoint not in _sdk.operations:
            PRISM_CASES.append((_sdk, _example))  # fails there, with the reason
            continue
        _operation = _sdk.operations[_example.endpoint]
        if _operation.prism_can_serve:
            PRISM_CASES.append((_sdk, _example))
        _local = LOCAL.get((_sdk.stem, _operation.name))
        if _local is not None or not _operation.prism_can_serve:
            LOCAL_CASES.append((_sdk, _example, _local or Local("Prism cannot serve it")))


def case_id(sdk: Sdk, example: DocExample) -> str:
    return f"{sdk.stem}/{example.id}"


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def snapshots_importable() -> Iterator[None]:
    folders = [str(sdk.folder) for sdk in SUITE]
    sys.path[:0] = folders
    yield
    for folder in folders:
        sys.path.remove(folder)


@pytest.fixture(scope="module")
def prism() -> Iterator[Callable[[Sdk], str]]:
    """One Prism per suite spec that has operations, all started at once, stopped after the
    module; the callable gives a spec's Prism URL once it is serving."""
    with ExitStack() as stack, ThreadPoolExecutor(max_workers=len(SUITE)) as pool:

        def start(sdk: Sdk) -> str:
            mock = prism_mock(sdk.spec_path)
            url = mock.__enter__()
            stack.push(mock.__exit__)
            return url

        started = {sdk.stem: pool.submit(start, sdk) for sdk in SUITE if sdk.operations}
        yield lambda sdk: started[sdk.stem].result(timeout=120)


@pytest.fixture(scope="module")
def linters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future[str]]]:
    """``mypy --strict`` and ``ruff check`` inside each snapshot folder, one after the other in
    a background thread (sharing one mypy cache in tmp, so the stubs are analysed once); each
    future gives the failure output, or "" when both pass."""
    cache = tmp_path_factory.mktemp("mypy-cache")

    def lint(sdk: Sdk) -> str:
        commands = [
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "."],
            [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        ]
        failures = []
        for command in commands:
            done = subprocess.run(
                command, cwd=sdk.folder, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                failures.append(f"$ {' '.join(command[2:])}\n{done.stdout}{done.stderr}")
        return "\n".join(failures)

    pool = ThreadPoolExecutor(max_workers=1)
    yield {sdk.stem: pool.submit(lint, sdk) for sdk in SUITE}
    pool.shutdown(cancel_futures=True)  # a -k selection need not wait for the rest


@pytest.fixture(scope="module")
def background(prism: Callable[[Sdk], str], linters: dict[str, Future[str]]) -> None:
    """Requested by the module's first tests (the snapshot ones), so that Prism and the
    linters start at once and work while the generator runs."""


def point_clients_at(
    sdk: Sdk, base_url: str | None, monkeypatch: pytest.MonkeyPatch, only: str | None = None
) -> None:
    """Test credentials in the README's variables (``only``: just that client argument's), and
    ``<PREFIX>_BASE_URL``."""
    for credential in sdk.credentials:
        if only is not None and credential.argument != only:
            monkeypatch.delenv(credential.variable, raising=False)
            continue
        monkeypatch.setenv(credential.variable, mock_credential(credential))
    if base_url is None:
        monkeypatch.delenv(sdk.base_url_env, raising=False)
    else:
        monkeypatch.setenv(sdk.base_url_env, base_url)


# -- snapshot, mypy and ruff ---------------------------------------------------------------


@pytest.mark.parametrize("sdk", SUITE, ids=STEMS)
@pytest.mark.usefixtures("background")
def test_snapshot_is_what_the_generator_writes(sdk: Sdk) -> None:
    expected = with_manifest(generate(sdk.spec_path).files)
    differences = compare(expected, sdk.folder)  # changed, missing, and listed but not generated
    on_disk = {
        path.relative_to(sdk.folder).as_posix()
        for path in sdk.folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and ".mypy_cache" not in path.parts
    }
    differences += [f"{path} (on disk, not generated)" for path in sorted(on_disk - set(expected))]
    if differences:
        print("\n".join(differences))
    assert not differences, (
        f"tests/snapshots/{sdk.stem} differs from what the generator writes for "
        f"{sdk.spec_path.name} ({ACCEPT}):\n" + "\n".join(differences)
    )


@pytest.mark.parametrize("sdk", SUITE, ids=STEMS)
def test_snapshot_passes_mypy_strict_and_ruff(sdk: Sdk, linters: dict[str, Future[str]]) -> None:
    failures = linters[sdk.stem].result(timeout=300)
    assert not failures, f"tests/snapshots/{sdk.stem}:\n{failures}"


# -- running an example and checking what came back ----------------------------------------


def execute(sdk: Sdk, example: DocExample, recorder: Recorder) -> tuple[dict[str, Any], bool]:
    package = sdk.modules()[0]
    try:
        return run_example(example, recorder, drain=["res"])
    except package.APIStatusError as exc:
        seen = [
            (x.status, prism_violations(x.headers, x.body), x.body[:300])
            for x in recorder.exchanges
        ]
        pytest.fail(f"{case_id(sdk, example)} raised {exc!r}; exchanges: {seen}")


def checked_exchange(sdk: Sdk, example: DocExample, recorder: Recorder, is_async: bool) -> Any:
    """The example's one exchange: 2xx, of the documented endpoint, by the client kind that the
    example's heading names (which it must have)."""
    name = case_id(sdk, example)
    exchange = only_exchange(example, recorder, name)
    assert example.flavour is not None, f"{name}: no '#### ... Client' heading above it"
    check_exchange(example, exchange, is_async, name)
    return exchange


def check_result(
    sdk: Sdk, example: DocExample, namespace: dict[str, Any], is_async: bool, status: int
) -> Any:
    """``res`` has the documented type, and that type fits what the spec declares for the
    status received. Returns ``res`` (an event stream's items, as a list)."""
    name = case_id(sdk, example)
    _, models, core = sdk.modules()
    assert "res" in namespace, f"{name} does not assign `res`"
    res = namespace["res"]
    documented = expected_type(example, models)
    response = sdk.operation(example).response_for(status)
    media_types = list((response or {}).get("content") or {})
    kind = media_kind(media_types[0]) if media_types else "empty"
    where = f"{name}: the spec declares {media_types or 'no content'} for {status}"
    if kind == "empty":
        assert documented is None and res is None, f"{where}; `res` is {res!r}"
        return None
    assert documented is not None, f"{where}, but the docs say the method returns None"
    if kind == "events":
        stream = core.AsyncStream if is_async else core.Stream
        assert type(res) is stream, f"{where}; `res` is {type(res).__name__}, not {stream}"
        items = namespace["res items"] if is_async else list(res)
        assert items, f"{name}: the event stream gave no items"
        for item in items:
            assert conforms(item, documented), f"{name}: event {item!r} is not {documented}"
        return items
    if isinstance(res, (core.SyncPage, core.AsyncPage)):
        res = res.body  # a list method's first page: its body is what the spec declares
    expected = {"text": str, "binary": bytes}.get(kind)
    if expected is not None:
        assert documented is expected, f"{where}; the docs say {example.response_type}"
    assert conforms(res, documented), (
        f"{name}: `res` is {type(res).__name__} ({res!r:.200}), documented as "
        f"{example.response_type}"
    )
    return res


@pytest.mark.parametrize(
    "sdk, example", PRISM_CASES, ids=[case_id(sdk, example) for sdk, example in PRISM_CASES]
)
def test_doc_example_against_prism(
    sdk: Sdk,
    example: DocExample,
    prism: Callable[[Sdk], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_against_prism(sdk, example, prism(sdk), monkeypatch)


def run_against_prism(
    sdk: Sdk,
    example: DocExample,
    url: str,
    monkeypatch: pytest.MonkeyPatch,
    only_credential: str | None = None,
) -> None:
    point_clients_at(sdk, url, monkeypatch, only_credential)
    recorder = Recorder(sdk.modules()[0], url, sdk.base_url_env)
    recorder.install(monkeypatch)

    namespace, is_async = execute(sdk, example, recorder)

    exchange = checked_exchange(sdk, example, recorder, is_async)
    operation = sdk.operation(example)
    violations = [
        v
        for v in prism_violations(exchange.headers, exchange.body)
        if not deprecated_parameter_warning(v, operation)
    ]
    assert not violations, f"{case_id(sdk, example)}: Prism reported {violations}"
    check_result(sdk, example, namespace, is_async, exchange.status)


SECURITY = next(sdk for sdk in SUITE if sdk.stem == "security")
# With every credential set the clients use the first alternative (the bearer token): these
# runs set only the other one, which Prism must accept.
ALTERNATIVES = [
    (example, argument)
    for endpoint, argument in [
        (("GET", "/payments"), "api_key_query"),  # bearer or an API key in the query
        (("GET", "/accounts/me"), "api_key_header"),  # global: bearer or an API key header
    ]
    for sdk, example in PRISM_CASES
    if sdk is SECURITY and example.endpoint == endpoint
]


@pytest.mark.parametrize(
    "example, argument",
    ALTERNATIVES,
    ids=[f"{case_id(SECURITY, e)}-{a}" for e, a in ALTERNATIVES],
)
def test_security_alternative_alone_against_prism(
    example: DocExample,
    argument: str,
    prism: Callable[[Sdk], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_against_prism(SECURITY, example, prism(SECURITY), monkeypatch, only_credential=argument)


# -- the local server: scripted from the spec, checking what it received --------------------


def media_example(document: Document, media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        return document.deref(example).get("value")
    schema = document.deref(media.get("schema") or {})
    if "example" in schema:
        return schema["example"]
    return (schema.get("examples") or [None])[0]


def sent_events(operation: Operation, status: int) -> list[tuple[dict[str, Any], str]]:
    """The first two events the local server sends: the examples of the event schema's
    ``oneOf`` members, each with the schema component it comes from."""
    document = operation.document
    response = operation.response_for(status) or {}
    schema, base = document.resolve(response["content"]["text/event-stream"]["schema"])
    events = []
    for member in schema.get("oneOf") or schema.get("anyOf") or [schema]:
        resolved = document.deref(member, base)
        component = str(member.get("$ref", "#/").rsplit("/", 1)[-1])
        for example in [resolved.get("example"), *(resolved.get("examples") or [])]:
            if example is not None:
                events.append((example, component))
    assert len(events) >= 2, f"{operation.name}: the event schema needs two examples"
    return events[:2]


def scripted_response(operation: Operation, status: int) -> ScriptedResponse:
    """A reply as the spec describes it for ``status`` (event streams: the first two events)."""
    document = operation.document
    response = operation.response_for(status) or {}
    headers = {}
    for header_name, header in (response.get("headers") or {}).items():
        header = document.deref(header)
        if "example" in header:
            headers[header_name] = str(header["example"])
    content = response.get("content") or {}
    if not content:
        return ScriptedResponse(status, headers=headers)
    media_type, media = next(iter(content.items()))
    kind = media_kind(media_type)
    if kind == "json":
        return ScriptedResponse(status, json=media_example(document, media), headers=headers)
    headers["Content-Type"] = media_type
    if kind == "text":
        text = str(media_example(document, media))
        return ScriptedResponse(status, body=text.encode(), headers=headers)
    if kind == "binary":
        return ScriptedResponse(status, body=BINARY, headers=headers)
    body = "".join(
        f"id: {n}\nevent: {event.get('type', 'message')}\ndata: {json.dumps(event)}\n\n"
        for n, (event, _) in enumerate(sent_events(operation, status), 1)
    )
    return ScriptedResponse(status, body=body.encode(), headers=headers)


def parameter_example(document: Document, parameter: dict[str, Any]) -> Any:
    """A parameter's example: its own ``example`` / ``examples``, else its schema's."""
    if "example" in parameter:
        return parameter["example"]
    for example in (parameter.get("examples") or {}).values():
        return document.deref(example).get("value")
    schema = document.deref(parameter.get("schema") or {})
    if "example" in schema:
        return schema["example"]
    return (schema.get("examples") or [MISSING])[0]


def wire_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def concrete_path(operation: Operation) -> str:
    path = operation.path
    for parameter in operation.parameters:
        if parameter["in"] == "path":
            example = parameter_example(operation.document, parameter)
            assert example is not MISSING, f"{operation.name}: no example for {parameter['name']}"
            value = quote(wire_text(example), safe="")
            path = path.replace("{" + parameter["name"] + "}", value)
    return path


def call_arguments(example: DocExample) -> dict[str, Any]:
    """The keyword arguments of the example's ``res = [await] client....(...)`` call (literal
    values; anything else is MISSING)."""
    for node in ast.walk(ast.parse(example.code)):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "res" for t in node.targets
        ):
            call = node.value.value if isinstance(node.value, ast.Await) else node.value
            assert isinstance(call, ast.Call), f"{example.id}: `res` is not a call's result"
            arguments = {}
            for keyword in call.keywords:
                try:
                    arguments[str(keyword.arg)] = ast.literal_eval(keyword.value)
                except ValueError:
                    arguments[str(keyword.arg)] = MISSING
            return arguments
    raise AssertionError(f"{example.id}: no `res = client....(...)` call")


def argument_for(arguments: dict[str, Any], wire_name: str) -> Any:
    """The argument an example passed for a body property (keywords get a ``_`` suffix)."""
    return arguments.get(wire_name, arguments.get(wire_name + "_", MISSING))


def check_parameters(operation: Operation, request: RecordedRequest) -> None:
    """Every parameter the spec gives an example for arrived, serialised per its style."""
    cookies = http.cookies.SimpleCookie(request.headers.get("cookie", ""))
    for parameter in operation.parameters:
        value = parameter_example(operation.document, parameter)
        if value is MISSING or parameter["in"] == "path":
            continue  # path parameters: the server only answers the concrete path
        name, where = parameter["name"], parameter["in"]
        label = f"{operation.name}: {where} parameter {name!r}"
        if where == "query":
            style = parameter.get("style", "form")
            explode = parameter.get("explode", style == "form")
            if not isinstance(value, list):
                expected = [wire_text(value)]
            elif explode:
                expected = [wire_text(v) for v in value]
            else:
                delimiter = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
                expected = [delimiter.join(wire_text(v) for v in value)]
            assert request.query.get(name) == expected, (
                f"{label} ({style}, explode={explode}): expected {expected} decoded, got "
                f"{request.query.get(name)} (raw query {request.raw_query!r})"
            )
        elif where == "header":
            text = ",".join(map(wire_text, value)) if isinstance(value, list) else wire_text(value)
            got = request.headers.get(name.lower())
            assert got == text, f"{label}: expected {text!r}, got {got!r}"
        elif where == "cookie":
            got = cookies[name].value if name in cookies else None
            assert got == wire_text(
                value
            ), f"{label}: expected {value!r}, got {got!r} (Cookie: {request.headers.get('cookie')})"


@dataclasses.dataclass
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def multipart_parts(request: RecordedRequest) -> list[Part]:
    """The parts of a multipart/form-data body, split by hand so that bytes stay exact."""
    content_type = request.headers.get("content-type", "")
    assert content_type.startswith("multipart/form-data"), f"content type {content_type!r}"
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
    body = request.body
    assert body.endswith(b"--" + boundary + b"--\r\n"), "the body does not end the multipart"
    parts = []
    for chunk in body.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n"), f"malformed part {chunk!r}"
        head, _, data = chunk[2:-2].partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        fields = dict(
            (k.strip(), v.strip().strip('"'))
            for k, _, v in (p.partition("=") for p in disposition.split(";")[1:])
        )
        parts.append(
            Part(fields["name"], fields.get("filename"), headers.get("content-type"), data)
        )
    return parts


def is_binary(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and (
        schema.get("format") == "binary" or "contentMediaType" in schema
    )


def check_body(operation: Operation, request: RecordedRequest, arguments: dict[str, Any]) -> None:
    """The body carries the example's arguments in the media type and encoding the spec says."""
    document = operation.document
    request_body = document.deref(operation.op.get("requestBody") or {})
    if not request_body.get("content"):
        assert request.body == b"", f"{operation.name} declares no body but sent {request.body!r}"
        return
    media_type, media = next(iter(request_body["content"].items()))
    got_type = request.headers.get("content-type", "")
    assert got_type.split(";")[0] == media_type, f"{operation.name}: sent {got_type!r}"
    schema, base = document.resolve(media.get("schema") or {})
    if media_type == "application/octet-stream" or is_binary(schema):
        raw = [v for v in arguments.values() if isinstance(v, bytes)]
        assert len(raw) == 1, f"{operation.name}: the example passes no bytes body"
        assert request.body == raw[0], f"{operation.name}: body {request.body!r} != {raw[0]!r}"
        return
    properties = {k: document.deref(v, base) for k, v in schema.get("properties", {}).items()}
    passed = {k: argument_for(arguments, k) for k in properties}
    passed = {k: v for k, v in passed.items() if v is not MISSING}
    for required in schema.get("required", []):
        assert required in passed, f"{operation.name}: the example omits required {required!r}"
    if media_type == "application/json":
        sent = request.json()
        for key, value in passed.items():
            assert sent.get(key, MISSING) == value, f"{operation.name}: {key}={sent.get(key)!r}"
        return
    if media_type == "application/x-www-form-urlencoded":
        form = parse_qs(request.body.decode(), keep_blank_values=True)
        for key, value in passed.items():
            expected = (
                [wire_text(v) for v in value] if isinstance(value, list) else [wire_text(value)]
            )
            assert form.get(key) == expected, f"{operation.name}: field {key}={form.get(key)}"
        assert set(form) <= set(properties), f"{operation.name}: unexpected fields {form}"
        return
    assert media_type == "multipart/form-data", f"{operation.name}: cannot check {media_type}"
    parts = multipart_parts(request)
    encoding = media.get("encoding") or {}
    for key, value in passed.items():
        mine = [p for p in parts if p.name == key]
        prop = properties[key]
        items = document.deref(prop.get("items") or {}, base)
        label = f"{operation.name}: multipart {key!r}"
        if is_binary(prop) or is_binary(items):
            files = value if isinstance(value, list) else [value]
            for part in mine:
                assert part.filename, f"{label} was sent as a plain field, not a file part: {part}"
            assert [p.data for p in mine] == files, f"{label}: got {mine}"
        elif prop.get("type") == "object" or "properties" in prop:
            assert len(mine) == 1, f"{label}: {len(mine)} parts"
            assert json.loads(mine[0].data) == value, f"{label}: {mine[0].data!r}"
            wanted = (encoding.get(key) or {}).get("contentType", "application/json")
            assert (
                mine[0].content_type == wanted
            ), f"{label}: a JSON part needs `Content-Type: {wanted}`, got {mine[0].content_type}"
        else:
            values = value if isinstance(value, list) else [value]
            assert [p.data.decode() for p in mine] == [
                wire_text(v) for v in values
            ], f"{label}: got {[p.data for p in mine]}"
            assert all(p.filename is None for p in mine), f"{label}: sent as a file part"
    unknown = {p.name for p in parts} - set(passed)
    assert not unknown, f"{operation.name}: parts the example did not pass: {unknown}"


@pytest.mark.parametrize(
    "sdk, example, local",
    LOCAL_CASES,
    ids=[case_id(sdk, example) for sdk, example, _ in LOCAL_CASES],
)
def test_doc_example_against_local_server(
    sdk: Sdk, example: DocExample, local: Local, monkeypatch: pytest.MonkeyPatch
) -> None:
    operation = sdk.operation(example)
    statuses = operation.success_statuses()
    status = local.status or (statuses[0] if statuses else 204)
    with LocalServer() as server:
        server.respond(
            operation.method, concrete_path(operation), scripted_response(operation, status)
        )
        point_clients_at(sdk, server.url, monkeypatch)
        recorder = Recorder(sdk.modules()[0], server.url, sdk.base_url_env)
        recorder.install(monkeypatch)

        namespace, is_async = execute(sdk, example, recorder)

    exchange = checked_exchange(sdk, example, recorder, is_async)
    assert exchange.status == status, f"{case_id(sdk, example)}: {exchange}"
    res = check_result(sdk, example, namespace, is_async, status)
    [request] = server.requests
    check_parameters(operation, request)
    check_body(operation, request, call_arguments(example))

    kind = media_kind(operation.success_media_types()[0]) if res is not None else "empty"
    if kind == "binary":
        assert res == BINARY, f"{case_id(sdk, example)}: the bytes changed on the way: {res!r}"
    if kind == "events":
        _, models, _ = sdk.modules()
        sent = sent_events(operation, status)
        assert len(res) == len(sent), f"{case_id(sdk, example)}: {len(res)} of {len(sent)} events"
        for item, (event, component) in zip(res, sent, strict=True):
            assert type(item) is getattr(models, model_name(models, component)), (
                f"{case_id(sdk, example)}: event {event} parsed as {type(item).__name__}, "
                f"not {component}"
            )
            assert item.model_dump(mode="json", by_alias=True, exclude_unset=True) == event


# -- every operation is run ----------------------------------------------------------------


@pytest.mark.parametrize("sdk", SUITE, ids=STEMS)
def test_every_operation_has_a_sync_and_an_async_example_that_runs(sdk: Sdk) -> None:
    run: dict[tuple[str, str] | None, set[str | None]] = {}
    cases = [*PRISM_CASES, *((s, e) for s, e, _ in LOCAL_CASES)]
    for case_sdk, example in cases:
        if case_sdk is sdk:
            run.setdefault(example.endpoint, set()).add(example.flavour)
    missing = [
        f"{method} {path}: {sorted(map(str, run.get((method, path), set())))}"
        for method, path in spec_operations(sdk.document.root)
        if run.get((method, path)) != {"Synchronous", "Asynchronous"}
    ]
    assert not missing, f"{sdk.stem}: operations without a sync and an async example run: {missing}"
    unknown = set(run) - set(sdk.operations)
    assert not unknown, f"{sdk.stem}: examples document endpoints the spec lacks: {unknown}"


# -- webhook payloads ----------------------------------------------------------------------


def comparable(name: str) -> str:
    return "".join(c for c in name if c.isalnum()).lower()


def model_name(models: types.ModuleType, component: str) -> str:
    """The generated class for a schema component, as the snapshot names it."""
    names = [n for n in models.__all__ if comparable(n) == comparable(component)]
    assert len(names) == 1, f"no single model in {models.__name__} for {component}: {names}"
    return str(names[0])


def webhook_cases() -> list[tuple[Sdk, str, str, dict[str, Any], dict[str, Any]]]:
    """(sdk, webhook, schema component, payload example, resolved schema) of every webhook."""
    cases = []
    for sdk in SUITE:
        document = sdk.document
        for name, item in (document.root.get("webhooks") or {}).items():
            for method, op in document.deref(item).items():
                if method not in ("get", "put", "post", "delete", "patch"):
                    continue
                media = document.deref(op["requestBody"])["content"]["application/json"]
                component = media["schema"]["$ref"].rsplit("/", 1)[-1]
                schema = document.deref(media["schema"])
                cases.append((sdk, name, component, media_example(document, media), schema))
    return cases


WEBHOOKS = webhook_cases()
WEBHOOK_IDS = [f"{sdk.stem}/{name}" for sdk, name, *_ in WEBHOOKS]


def required_fields(document: Document, schema: dict[str, Any]) -> set[str]:
    fields = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        fields |= required_fields(document, document.deref(part))
    return fields


@pytest.mark.parametrize("sdk, webhook, component, payload, schema", WEBHOOKS, ids=WEBHOOK_IDS)
def test_webhook_example_parses_into_its_model(
    sdk: Sdk, webhook: str, component: str, payload: dict[str, Any], schema: dict[str, Any]
) -> None:
    _, models, _ = sdk.modules()
    model = getattr(models, model_name(models, component))
    parsed = model.model_validate(payload)
    assert type(parsed) is model
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload


@pytest.mark.parametrize("sdk, webhook, component, payload, schema", WEBHOOKS, ids=WEBHOOK_IDS)
def test_webhook_example_without_a_required_field_fails(
    sdk: Sdk, webhook: str, component: str, payload: dict[str, Any], schema: dict[str, Any]
) -> None:
    _, models, _ = sdk.modules()
    model = getattr(models, model_name(models, component))
    fields = required_fields(sdk.document, schema)
    assert fields, f"{component} has no required fields to leave out"
    for field in sorted(fields):
        with pytest.raises(pydantic.ValidationError):
            model.model_validate({k: v for k, v in payload.items() if k != field})


# -- environments (servers) ----------------------------------------------------------------


def environments(sdk: Sdk) -> list[tuple[str, str]]:
    """(member, URL) of the snapshot's ``Environment`` enum, read from its source."""
    source = (sdk.folder / sdk.package / "environment.py").read_text(encoding="utf-8")
    members = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == "Environment":
            for statement in node.body:
                if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
                    members.append((statement.targets[0].id, ast.literal_eval(statement.value)))
    return members


def first_get_example(sdk: Sdk, flavour: str) -> DocExample:
    return next(
        example
        for _sdk, example in PRISM_CASES
        if _sdk is sdk and example.flavour == flavour and sdk.operation(example).method == "GET"
    )


SHORT = {"Synchronous": "sync", "Asynchronous": "async"}
ENVIRONMENTS = [
    (sdk, member, url, flavour)
    for sdk in SUITE
    if sdk.operations
    for member, url in environments(sdk)
    for flavour in ("Synchronous", "Asynchronous")
]


class _ToServer(httpx.HTTPTransport):
    """Sends every request to the local server, leaving its Host header as it was."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.target = httpx.URL(url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(
            scheme=self.target.scheme, host=self.target.host, port=self.target.port
        )
        return super().handle_request(request)


class _AsyncToServer(httpx.AsyncHTTPTransport):
    def __init__(self, url: str) -> None:
        super().__init__()
        self.target = httpx.URL(url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(
            scheme=self.target.scheme, host=self.target.host, port=self.target.port
        )
        return await super().handle_async_request(request)


@pytest.mark.parametrize(
    "sdk, member, url, flavour",
    ENVIRONMENTS,
    ids=[f"{sdk.stem}/{member}/{SHORT[flavour]}" for sdk, member, _, flavour in ENVIRONMENTS],
)
def test_environment_is_where_requests_go(
    sdk: Sdk, member: str, url: str, flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = first_get_example(sdk, flavour)
    operation = sdk.operation(example)
    server_url = urlsplit(url)
    package = sdk.modules()[0]
    with LocalServer() as server:
        path = server_url.path.rstrip("/") + concrete_path(operation)
        server.respond("GET", path, scripted_response(operation, operation.success_statuses()[0]))
        point_clients_at(sdk, None, monkeypatch)  # no <PREFIX>_BASE_URL: the environment decides
        recorder = Recorder(
            package,
            url,
            sdk.base_url_env,
            client_defaults={"environment": getattr(package.Environment, member)},
            transport=_ToServer(server.url),
            async_transport=_AsyncToServer(server.url),
        )
        recorder.install(monkeypatch)
        namespace, is_async = execute(sdk, example, recorder)
    [request] = server.requests
    assert request.path == path and request.headers["host"] == server_url.netloc, request
    assert is_async == (flavour == "Asynchronous")
    check_result(sdk, example, namespace, is_async, recorder.exchanges[0].status)


# -- multipart inputs the examples do not show -----------------------------------------------


def call(flavour: str, package: types.ModuleType, base_url: str, method: str, **kwargs: Any) -> Any:
    """``client.<method>(**kwargs)`` with a sync or an async client of ``package``."""

    def find(client: Any) -> Any:
        for attribute in method.split("."):
            client = getattr(client, attribute)
        return client

    if flavour == "sync":
        with package.Client(base_url=base_url) as client:
            return find(client)(**kwargs)

    async def run() -> Any:
        async with package.AsyncClient(base_url=base_url) as client:
            return await find(client)(**kwargs)

    return asyncio.run(run())


CONTENT_TYPES = next(sdk for sdk in SUITE if sdk.stem == "content-types")


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_multipart_file_parts_from_a_path_a_file_object_bytes_and_a_tuple(
    flavour: str, tmp_path: Path
) -> None:
    package, models, _ = CONTENT_TYPES.modules()
    upload, batch = (CONTENT_TYPES.operations[("POST", p)] for p in ("/media", "/media/batch"))
    photo, preview = tmp_path / "sunset.jpg", tmp_path / "preview.png"
    photo.write_bytes(BINARY)
    preview.write_bytes(BINARY[::-1])
    with LocalServer() as server:
        server.respond("POST", "/media", scripted_response(upload, 201))
        server.respond("POST", "/media/batch", scripted_response(batch, 201))
        with preview.open("rb") as handle:
            one = call(
                flavour, package, server.url, "media.create",
                file=photo, title="Sunset", thumbnail=handle,
            )  # fmt: skip
        many = call(
            flavour, package, server.url, "media.batch.create",
            files=[b"\x00raw\xff", ("second.png", BINARY, "image/png")],
        )  # fmt: skip
    assert type(one) is models.MediaItem
    assert isinstance(many, list) and all(type(m) is models.MediaItem for m in many)
    single, multiple = server.requests
    parts = {p.name: (p.filename, p.data) for p in multipart_parts(single)}
    assert parts == {
        "file": ("sunset.jpg", BINARY),  # a path: its name and bytes
        "thumbnail": ("preview.png", BINARY[::-1]),  # a file object: its name and bytes
        "title": (None, b"Sunset"),
    }
    files = [(p.name, p.filename, p.content_type, p.data) for p in multipart_parts(multiple)]
    assert [f[0] for f in files] == ["files", "files"] and files[0][1], files
    assert files[0][3] == b"\x00raw\xff"
    assert files[1][1:] == ("second.png", "image/png", BINARY)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_multipart_json_part(flavour: str) -> None:
    package, models, _ = CONTENT_TYPES.modules()
    upload = CONTENT_TYPES.operations[("POST", "/media")]
    with LocalServer() as server:
        server.respond("POST", "/media", scripted_response(upload, 201))
        call(
            flavour, package, server.url, "media.create",
            file=b"jpeg", title="Sunset", location={"lat": 43.2965, "lon": 5.3698},
        )  # fmt: skip
    [request] = server.requests
    check_body(
        upload,
        request,
        {"file": b"jpeg", "title": "Sunset", "location": {"lat": 43.2965, "lon": 5.3698}},
    )


# -- null in request bodies, and declared error responses ------------------------------------

FEATURES = next(sdk for sdk in SUITE if sdk.stem == "openapi31-features")
NULLS = [
    ("tasks.update", ("PATCH", "/tasks/{taskId}"), 200),  # its body example clears two fields
    ("tasks.reminders.create", ("POST", "/tasks/{taskId}/reminders"), 202),  # no responses
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("method, endpoint, status", NULLS, ids=[n[0] for n in NULLS])
def test_none_is_sent_as_json_null(
    method: str, endpoint: tuple[str, str], status: int, flavour: str
) -> None:
    package, _, _ = FEATURES.modules()
    operation = FEATURES.operations[endpoint]
    media = FEATURES.document.deref(operation.op["requestBody"])["content"]["application/json"]
    properties = FEATURES.document.deref(media["schema"])["properties"]
    example = {**media_example(FEATURES.document, media), "channel": None}  # a nullable enum
    body = {k: v for k, v in example.items() if k in properties}
    assert None in body.values()
    with LocalServer() as server:
        server.respond(
            operation.method, concrete_path(operation), scripted_response(operation, status)
        )
        call(flavour, package, server.url, method, task_id=1001, **body)
    [request] = server.requests
    assert request.json() == body, f"{operation.name}: sent {request.body!r}, not {body}"


def error_cases() -> list[tuple[Sdk, DocExample, int]]:
    """Sync and async examples of operations whose declared error responses come from
    ``components/responses``, another file, ``default`` or a problem+json media type."""
    wanted = {
        ("openapi30-petstore", "getPet"): 404,  # NotFound, in shared/common.yaml
        ("openapi30-petstore", "createPet"): 422,  # ValidationFailed: allOf across files
        ("openapi30-petstore", "listPets"): 418,  # default: UnexpectedError (components)
        ("content-types", "getMedia"): 404,  # application/problem+json
    }
    return [
        (sdk, example, wanted[(sdk.stem, sdk.operation(example).name)])
        for sdk, example in PRISM_CASES
        if (sdk.stem, sdk.operation(example).name) in wanted
    ]


ERRORS = error_cases()


def raise_declared_error(
    sdk: Sdk, example: DocExample, status: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, dict[str, Any]]:
    """Run the example against a local server that answers ``status`` as the spec declares it;
    the raised ``APIStatusError`` and the response's media object."""
    package, _, _ = sdk.modules()
    operation = sdk.operation(example)
    response = operation.response_for(status) or {}
    with LocalServer() as server:
        server.respond(
            operation.method, concrete_path(operation), scripted_response(operation, status)
        )
        point_clients_at(sdk, server.url, monkeypatch)
        recorder = Recorder(package, server.url, sdk.base_url_env)
        recorder.install(monkeypatch)
        with pytest.raises(package.APIStatusError) as raised:
            run_example(example, recorder)
    assert len(server.requests) == 1, "a 4xx must not be retried"
    return raised.value, next(iter(response["content"].values()))


ERROR_IDS = [f"{case_id(s, e)}-{st}" for s, e, st in ERRORS]


@pytest.mark.parametrize("sdk, example, status", ERRORS, ids=ERROR_IDS)
def test_declared_error_is_raised_with_its_parsed_body(
    sdk: Sdk, example: DocExample, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, models, _ = sdk.modules()
    error, media = raise_declared_error(sdk, example, status, monkeypatch)
    assert error.status_code == status
    parsed = type(error.parsed)
    assert parsed is getattr(models, parsed.__name__, None), f"{error.parsed!r} is not a model"
    example_body = media_example(sdk.document, media)
    assert error.parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == example_body
    assert error.body == example_body  # the decoded JSON, as sent


@pytest.mark.parametrize("sdk, example, status", ERRORS, ids=ERROR_IDS)
def test_error_model_is_named_after_its_schema_component(
    sdk: Sdk, example: DocExample, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    error, media = raise_declared_error(sdk, example, status, monkeypatch)
    component = media["schema"]["$ref"].rsplit("/", 1)[-1]  # Error, ValidationError, Problem
    parsed = type(error.parsed).__name__
    assert comparable(parsed) == comparable(component), (
        f"{case_id(sdk, example)}: the {status} body parsed as {parsed}, a model not named "
        f"after its schema component {component!r}"
    )
