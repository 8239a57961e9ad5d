"""Every ```python example of the generated resource READMEs runs, as written, against Prism.

The examples read their credentials from the environment and the clients read
``MAGIC_HOUR_BASE_URL``, so the test only sets both variables to point at a Prism mock of
spec/magic-hour.yaml. To see what each example sent and got back, ``magic_hour.Client`` and
``magic_hour.AsyncClient`` (which the examples import from the package) are replaced by thin
subclasses that hand the SDK an httpx client with recording response hooks.

Each example must make exactly one request, of the operation its section documents, which
Prism accepts (2xx, no violations), and leave ``res`` of the documented response type.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import magic_hour
import pytest
import yaml
from magic_hour.types import models
from support.prism import prism_mock, prism_violations

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "magic-hour.yaml"
RESOURCES = ROOT / "generated" / "magic_hour" / "resources"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TOKEN = "test-token"

_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_ENDPOINT = re.compile(r"^\*\*API Endpoint\*\*: `([A-Z]+) (\S+)`", re.MULTILINE)
_TYPE = re.compile(r"^##### Type\n(.+)$", re.MULTILINE)
_TYPE_LINK = re.compile(r"^\[(\w+)\]\(([^)\s]+)\)$")
_NO_CONTENT = "the method returns `None`"
_CLIENT_HEADING = re.compile(r"^#### (Synchronous|Asynchronous) Client$", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class DocExample:
    readme: Path
    index: int  # position among the README's python blocks
    line: int  # line of the README where the code starts
    code: str
    section: str  # the "### ..." heading the block is under ("" if none)
    endpoint: tuple[str, str] | None  # documented (METHOD, path)
    response_type: str | None  # the "##### Type" line of the section
    flavour: str | None  # "Synchronous" / "Asynchronous" from the heading above the block

    @property
    def id(self) -> str:
        return f"{self.readme.relative_to(RESOURCES).as_posix()}#{self.index}"


def collect_examples() -> list[DocExample]:
    examples = []
    for readme in sorted(RESOURCES.rglob("README.md")):
        text = readme.read_text(encoding="utf-8")
        # Operation sections start at "### " headings; a block belongs to the last one above.
        starts = [m.start() for m in re.finditer(r"^### ", text, re.MULTILINE)]
        for index, fence in enumerate(_FENCE.finditer(text)):
            begin = max((s for s in starts if s < fence.start()), default=0)
            end = min((s for s in starts if s > fence.start()), default=len(text))
            section = text[begin:end]
            endpoint = _ENDPOINT.search(section)
            response_type = _TYPE.search(section)
            flavours = [
                m for m in _CLIENT_HEADING.finditer(text, begin, end) if m.start() < fence.start()
            ]
            examples.append(
                DocExample(
                    readme=readme,
                    index=index,
                    line=text.count("\n", 0, fence.start(1)) + 1,
                    code=fence.group(1),
                    section=section.splitlines()[0] if section.startswith("### ") else "",
                    endpoint=(endpoint.group(1), endpoint.group(2)) if endpoint else None,
                    response_type=response_type.group(1).strip() if response_type else None,
                    flavour=flavours[-1].group(1) if flavours else None,
                )
            )
    return examples


EXAMPLES = collect_examples()


def spec_operations() -> list[tuple[str, str]]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    ]


def matches(path_template: str, path: str) -> bool:
    pieces = re.split(r"(\{[^}]+\})", path_template)
    pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in pieces)
    return re.fullmatch(pattern, path) is not None


def expected_type(example: DocExample) -> type[Any] | None:
    """The documented response type (None for no content); checks the link target too."""
    documented = example.response_type
    assert documented is not None, f"{example.id}: its section has no '##### Type'"
    if _NO_CONTENT in documented:
        return None
    link = _TYPE_LINK.match(documented)
    assert link, f"{example.id}: unrecognised '##### Type' line {documented!r}"
    name, target = link.groups()
    module = (example.readme.parent / target).resolve()
    assert module.is_file(), f"{example.id}: the type link {target} points to a missing file"
    assert f"class {name}(" in module.read_text(encoding="utf-8"), (
        f"{example.id}: {target} does not define {name}"
    )
    result_type: type[Any] = getattr(models, name)
    return result_type


@dataclasses.dataclass
class Exchange:
    kind: str  # "sync" or "async": which client sent it
    method: str
    path: str
    status: int
    headers: dict[str, str]
    body: bytes


class Recorder:
    def __init__(self, allowed_base_url: str) -> None:
        self.allowed_base_url = allowed_base_url
        self.exchanges: list[Exchange] = []
        self.http_clients: list[httpx.Client | httpx.AsyncClient] = []

    def check_destination(self, request: httpx.Request) -> None:
        # Raised before sending: an example must never reach the real API.
        assert str(request.url).startswith(self.allowed_base_url + "/"), (
            f"an example sent {request.method} {request.url}, not to Prism at "
            f"{self.allowed_base_url} (is MAGIC_HOUR_BASE_URL ignored?)"
        )

    async def acheck_destination(self, request: httpx.Request) -> None:
        self.check_destination(request)

    def _record(self, kind: str, response: httpx.Response) -> None:
        self.exchanges.append(
            Exchange(
                kind=kind,
                method=response.request.method,
                path=response.request.url.path,
                status=response.status_code,
                headers=dict(response.headers),
                body=response.content,
            )
        )

    def sync_hook(self, response: httpx.Response) -> None:
        response.read()
        self._record("sync", response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self._record("async", response)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Make ``from magic_hour import Client/AsyncClient`` give recording clients."""
        recorder = self

        class RecordingClient(magic_hour.Client):
            def __init__(self, **kwargs: Any) -> None:
                hooks = {
                    "request": [recorder.check_destination],
                    "response": [recorder.sync_hook],
                }
                http_client = httpx.Client(event_hooks=hooks)
                recorder.http_clients.append(http_client)
                super().__init__(**{"http_client": http_client, **kwargs})

        class RecordingAsyncClient(magic_hour.AsyncClient):
            def __init__(self, **kwargs: Any) -> None:
                hooks = {
                    "request": [recorder.acheck_destination],
                    "response": [recorder.async_hook],
                }
                http_client = httpx.AsyncClient(event_hooks=hooks)
                recorder.http_clients.append(http_client)
                super().__init__(**{"http_client": http_client, **kwargs})

        monkeypatch.setattr(magic_hour, "Client", RecordingClient)
        monkeypatch.setattr(magic_hour, "AsyncClient", RecordingAsyncClient)

    def close_sync(self) -> None:
        for client in self.http_clients:
            if isinstance(client, httpx.Client):
                client.close()

    async def close_async(self) -> None:
        for client in self.http_clients:
            if isinstance(client, httpx.AsyncClient):
                await client.aclose()


def run_example(example: DocExample, recorder: Recorder) -> tuple[dict[str, Any], bool]:
    """Execute the block as a module would; returns its namespace and whether it awaited."""
    # Leading blank lines make tracebacks point at the README's own line numbers.
    source = "\n" * (example.line - 1) + example.code
    code = compile(source, str(example.readme), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace: dict[str, Any] = {"__name__": "__doc_example__"}
    is_async = bool(code.co_flags & inspect.CO_COROUTINE)
    try:
        outcome = eval(code, namespace)  # the generated docs are the subject
        if is_async:

            async def finish() -> None:
                try:
                    await outcome
                finally:
                    await recorder.close_async()

            asyncio.run(finish())
    finally:
        recorder.close_sync()
    return namespace, is_async


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism_mock(SPEC_PATH) as url:
        yield url


def test_examples_are_found() -> None:
    assert EXAMPLES, f"no ```python blocks in any README.md under {RESOURCES}"


def test_every_spec_operation_has_a_sync_and_an_async_example() -> None:
    documented: dict[tuple[str, str], list[str | None]] = {}
    for example in EXAMPLES:
        if example.endpoint is not None:
            documented.setdefault(example.endpoint, []).append(example.flavour)
    for operation in spec_operations():
        flavours = sorted(str(f) for f in documented.get(operation, []))
        assert flavours == ["Asynchronous", "Synchronous"], (
            f"{operation[0]} {operation[1]}: expected one sync and one async example, "
            f"found {flavours}"
        )
    unknown = set(documented) - set(spec_operations())
    assert not unknown, f"examples document endpoints the spec does not have: {unknown}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_doc_example_runs_against_prism(
    example: DocExample, prism_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", TOKEN)
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", prism_url)
    recorder = Recorder(prism_url)
    recorder.install(monkeypatch)

    try:
        namespace, is_async = run_example(example, recorder)
    except magic_hour.APIStatusError as exc:
        seen = [prism_violations(x.headers, x.body) for x in recorder.exchanges]
        pytest.fail(f"{example.id} raised {exc!r}; Prism reported {seen}")

    assert len(recorder.exchanges) == 1, (
        f"{example.id} ({example.section}) made {len(recorder.exchanges)} requests, not 1: "
        f"{recorder.exchanges}"
    )
    exchange = recorder.exchanges[0]
    violations = prism_violations(exchange.headers, exchange.body)
    assert not violations, f"{example.id}: Prism reported {violations}"
    assert 200 <= exchange.status < 300, (
        f"{example.id}: {exchange.method} {exchange.path} -> {exchange.status} {exchange.body!r}"
    )

    # The example does what its section documents, with the client kind its heading names.
    assert example.endpoint is not None, f"{example.id}: no '**API Endpoint**' in its section"
    method, path = example.endpoint
    assert exchange.method == method and matches(path, exchange.path), (
        f"{example.id} is documented as {method} {path} but sent {exchange.method} {exchange.path}"
    )
    assert exchange.kind == ("async" if is_async else "sync"), (
        f"{example.id}: {'awaits' if is_async else 'does not await'} but used a {exchange.kind} client"
    )
    if example.flavour is not None:
        assert is_async == (example.flavour == "Asynchronous"), (
            f"{example.id} is under '#### {example.flavour} Client' but "
            f"{'awaits' if is_async else 'does not await'}"
        )

    assert "res" in namespace, f"{example.id} does not assign `res`"
    result_type = expected_type(example)
    res = namespace["res"]
    assert type(res) is result_type or (result_type is None and res is None), (
        f"{example.id}: `res` is {type(res).__name__}, documented as {example.response_type}"
    )
