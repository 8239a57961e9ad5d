"""Run the ```python examples of a generated SDK's resource READMEs, as written, over HTTP.

Works for any generated package: the Magic Hour SDK in ``generated/`` and every coverage-suite
snapshot in ``tests/snapshots/``. The examples import ``Client`` / ``AsyncClient`` from the
package and read their credentials and ``<PREFIX>_BASE_URL`` from the environment, so a test
sets those variables, installs a :class:`Recorder` (recording subclasses of both clients on the
package module) and runs each :class:`DocExample` with :func:`run_example`.
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import dataclasses
import datetime
import importlib
import inspect
import re
import types
import typing
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from openapi_schema_validator import OAS30Validator

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_ENDPOINT = re.compile(r"^\*\*API Endpoint\*\*: `([A-Z]+) (\S+)`", re.MULTILINE)
_TYPE = re.compile(r"^##### Type\n(.+)$", re.MULTILINE)
_TYPE_LINK = re.compile(r"^\[(.+)\]\(([^)\s]+)\)$")
_TYPE_CODE = re.compile(r"^`(.+)`$")
_NO_CONTENT = "the method returns `None`"
_CLIENT_HEADING = re.compile(r"^#### (Synchronous|Asynchronous) Client$", re.MULTILINE)
_AUTH_SECTION = re.compile(r"^## Authentication\n(.*?)(?=^## )", re.MULTILINE | re.DOTALL)
_AUTH_ROW = re.compile(r"^\| `(\w+)` \| `(\w+)` \| (.*) \|$", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class DocExample:
    resources: Path  # the package's resources/ folder, which ids are relative to
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
        return f"{self.readme.relative_to(self.resources).as_posix()}#{self.index}"


def collect_examples(resources: Path) -> list[DocExample]:
    """Every ```python block of every README.md under ``resources``, with its section's facts."""
    examples = []
    for readme in sorted(resources.rglob("README.md")):
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
                    resources=resources,
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


def call_arguments(resources: Path, endpoint: tuple[str, str]) -> dict[str, Any]:
    """The keyword arguments the first doc example of `endpoint` passes, as values."""
    example = next(e for e in collect_examples(resources) if e.endpoint == endpoint)
    call = next(
        n for n in ast.walk(ast.parse(example.code)) if isinstance(n, ast.Call) and n.keywords
    )
    return {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}


def strict_errors(document: dict[str, Any], pointer: str, value: Any) -> list[str]:
    """Why a server that validates requests as Prism does refuses `value` for the schema at
    `pointer` of `document` (a 3.0 document): `oneOf` means exactly one option, whatever the
    discriminator says (openapi-schema-validator would follow the discriminator instead)."""

    def plain(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: plain(v) for k, v in node.items() if k != "discriminator"}
        return [plain(v) for v in node] if isinstance(node, list) else node

    validator = OAS30Validator({**plain(document), "$ref": pointer})
    return [error.message for error in validator.iter_errors(value)]


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation under the document's ``paths``."""
    return [
        (method.upper(), path)
        for path, item in (spec.get("paths") or {}).items()
        for method in item
        if method in HTTP_METHODS
    ]


_RESPONSE_EXAMPLE = re.compile(
    r"^##### Example\n(?:```json\n(?P<block>.*?)\n```|`(?P<inline>.*)`)$", re.MULTILINE | re.DOTALL
)


def response_examples(resources: Path) -> dict[tuple[str, str], str]:
    """The JSON text of the response example each operation's section shows, by (METHOD, path)."""
    found: dict[tuple[str, str], str] = {}
    for readme in sorted(resources.rglob("README.md")):
        for section in readme.read_text(encoding="utf-8").split("\n### ")[1:]:
            endpoint = _ENDPOINT.search(section)
            example = _RESPONSE_EXAMPLE.search(section)
            if endpoint is not None and example is not None:
                text = example["block"] if example["block"] is not None else example["inline"]
                found[(endpoint[1], endpoint[2])] = text
    return found


def matches(path_template: str, path: str) -> bool:
    """Whether a request path as sent (percent-encoded) fits a documented path template such as
    ``/pets/{petId}``: segment by segment, each decoded (a parameter's "/" is %2F in its one
    segment; a literal ``<`` is %3C)."""
    templates, sent = path_template.split("/"), path.split("/")
    if len(templates) != len(sent):
        return False
    for template, segment in zip(templates, sent, strict=True):
        pieces = re.split(r"(\{[^}]+\})", template)
        pattern = "".join(".+" if p.startswith("{") else re.escape(p) for p in pieces)
        if re.fullmatch(pattern, urllib.parse.unquote(segment), re.DOTALL) is None:
            return False
    return True


@dataclasses.dataclass(frozen=True)
class Credential:
    argument: str  # the client's keyword argument
    variable: str  # the environment variable it defaults to
    description: str


def mock_credential(credential: Credential) -> str:
    """A value for a credential that a mock server accepts (Prism checks only presence)."""
    description = credential.description.lower()
    if "basic auth username" in description:
        return "user"
    if "basic auth password" in description:
        return "pass"
    return f"test-{credential.argument}"


def auth_environment(readme: Path) -> list[Credential]:
    """The rows of the "## Authentication" table of a generated package's README (none when
    the API needs no credentials)."""
    # The API's own description, printed above, may have an "## Authentication" of its own.
    sections = _AUTH_SECTION.findall(readme.read_text(encoding="utf-8"))
    return [Credential(*row) for section in sections for row in _AUTH_ROW.findall(section)]


def _type_namespace(models: types.ModuleType) -> dict[str, Any]:
    # The models module imports its classes lazily: ask for each one by name.
    package = models.__name__.split(".", 1)[0]
    core = importlib.import_module(f"{package}._core")
    names = getattr(models, "__all__", [n for n in dir(models) if not n.startswith("_")])
    return {
        **{name: getattr(core, name) for name in dir(core) if not name.startswith("_")},
        **{name: getattr(models, name) for name in names},
        "typing": typing,
        "pydantic": pydantic,
        "datetime": datetime,  # `list[datetime.date]`: the docs spell dates by their module
    }


def expected_type(example: DocExample, models: types.ModuleType) -> Any:
    """The documented response type (None for no content), evaluated against ``models``.

    A linked type (``[Pet](../types/models/pet.py)``, ``[list[Pet]](...)``) must name a class its
    link target defines; a code-formatted one (`` `bytes` ``, `` `dict[str, int]` ``, a union) is
    evaluated with the package's models, ``typing`` and ``pydantic``."""
    documented = example.response_type
    assert documented is not None, f"{example.id}: its section has no '##### Type'"
    if _NO_CONTENT in documented:
        return None
    link = _TYPE_LINK.match(documented)
    code = _TYPE_CODE.match(documented)
    assert link or code, f"{example.id}: unrecognised '##### Type' line {documented!r}"
    expression = (link or code).group(1).replace("\\|", "|")  # type: ignore[union-attr]
    if link:
        target = link.group(2)
        # list[Pet] and Pet | None (a 204 beside a 200) link to Pet's module
        name = [word for word in re.findall(r"\w+", expression) if word != "None"][-1]
        module = (example.readme.parent / target).resolve()
        assert module.is_file(), f"{example.id}: the type link {target} points to a missing file"
        assert f"class {name}(" in module.read_text(
            encoding="utf-8"
        ), f"{example.id}: {target} does not define {name}"
    try:
        return eval(expression, {"__builtins__": builtins}, _type_namespace(models))
    except Exception as exc:  # noqa: BLE001 - report which line could not be read
        raise AssertionError(f"{example.id}: cannot evaluate '##### Type' {expression!r}") from exc


def conforms(value: Any, expected: Any) -> bool:
    """Whether ``value`` is of the type expression ``expected``: classes must match exactly (a
    parsed model is that model, not a parent or a dict); lists, dicts, unions, ``Annotated`` and
    ``Literal`` are checked item by item."""
    if expected is None or expected is type(None):
        return value is None
    if expected is Any:
        return True
    origin = typing.get_origin(expected)
    args = typing.get_args(expected)
    if origin is typing.Annotated:
        return conforms(value, args[0])
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args
    if origin is list:
        return type(value) is list and all(conforms(item, args[0]) for item in value)
    if origin is dict:
        return type(value) is dict and all(
            conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items()
        )
    if isinstance(expected, type):
        return type(value) is expected
    raise AssertionError(f"conforms() cannot check against {expected!r}")


@dataclasses.dataclass
class Exchange:
    kind: str  # "sync" or "async": which client sent it
    method: str
    path: str
    status: int
    headers: dict[str, str]
    body: bytes
    query: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # as sent
    sent: bytes = b""  # the request's body


def _sent_body(request: httpx.Request) -> bytes:
    """The request's body as sent; empty for a streamed one (a multipart upload), which
    httpx does not keep."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


# More requests than any example needs: a listing's loop against a mock's static answer stops at
# the first repeated page (the second request).
MAX_REQUESTS = 10


def is_page(value: object) -> bool:
    """Whether ``value`` is a page of a list operation (``SyncPage``, ``AsyncPage``)."""
    return hasattr(value, "iter_pages") and hasattr(value, "body")


class Recorder:
    """Records every exchange of the clients an example builds, and refuses any request that
    does not go to ``allowed_base_url`` (``base_url_env`` names the variable that should have
    pointed the client there). ``client_defaults`` are keyword arguments every client gets
    unless the example passes them; ``transport`` / ``async_transport`` replace httpx's own."""

    def __init__(
        self,
        package: types.ModuleType,
        allowed_base_url: str,
        base_url_env: str,
        *,
        client_defaults: dict[str, Any] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.package = package
        self.allowed_base_url = allowed_base_url
        self.base_url_env = base_url_env
        self.client_defaults = client_defaults or {}
        self.transport = transport
        self.async_transport = async_transport
        self.exchanges: list[Exchange] = []
        self.http_clients: list[httpx.Client | httpx.AsyncClient] = []

    def check_destination(self, request: httpx.Request) -> None:
        # A list example's loop follows pages; a runtime that never stopped would hang the run.
        assert len(self.exchanges) < MAX_REQUESTS, (
            f"an example made more than {MAX_REQUESTS} requests: "
            f"{[(x.method, x.path, x.status) for x in self.exchanges[:3]]}, ..."
        )
        # Raised before sending: an example must never reach the real API.
        assert str(request.url).startswith(self.allowed_base_url + "/"), (
            f"an example sent {request.method} {request.url}, not to the mock at "
            f"{self.allowed_base_url} (is {self.base_url_env} ignored?)"
        )

    async def acheck_destination(self, request: httpx.Request) -> None:
        self.check_destination(request)

    def _record(self, kind: str, response: httpx.Response) -> None:
        self.exchanges.append(
            Exchange(
                kind=kind,
                method=response.request.method,
                # As sent: a parameter's "/" is %2F there, one segment (`url.path` decodes it).
                path=response.request.url.raw_path.decode("ascii").partition("?")[0],
                sent=_sent_body(response.request),
                query={
                    k: response.request.url.params.get_list(k) for k in response.request.url.params
                },
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
        """Make ``from <package> import Client/AsyncClient`` give recording clients."""
        recorder = self
        package = self.package

        class RecordingClient(package.Client):  # type: ignore[misc, name-defined]
            def __init__(self, **kwargs: Any) -> None:
                hooks: dict[str, list[Callable[..., Any]]] = {
                    "request": [recorder.check_destination],
                    "response": [recorder.sync_hook],
                }
                http_client = httpx.Client(event_hooks=hooks, transport=recorder.transport)
                recorder.http_clients.append(http_client)
                super().__init__(
                    **{"http_client": http_client, **recorder.client_defaults, **kwargs}
                )

        class RecordingAsyncClient(package.AsyncClient):  # type: ignore[misc, name-defined]
            def __init__(self, **kwargs: Any) -> None:
                hooks: dict[str, list[Callable[..., Any]]] = {
                    "request": [recorder.acheck_destination],
                    "response": [recorder.async_hook],
                }
                http_client = httpx.AsyncClient(
                    event_hooks=hooks, transport=recorder.async_transport
                )
                recorder.http_clients.append(http_client)
                super().__init__(
                    **{"http_client": http_client, **recorder.client_defaults, **kwargs}
                )

        monkeypatch.setattr(package, "Client", RecordingClient)
        monkeypatch.setattr(package, "AsyncClient", RecordingAsyncClient)

    def close_sync(self) -> None:
        for client in self.http_clients:
            if isinstance(client, httpx.Client):
                client.close()

    async def close_async(self) -> None:
        for client in self.http_clients:
            if isinstance(client, httpx.AsyncClient):
                await client.aclose()


def only_exchange(example: DocExample, recorder: Recorder, name: str | None = None) -> Exchange:
    """The one exchange the example made (``name`` labels the example in messages)."""
    name = name or example.id
    assert len(recorder.exchanges) == 1, (
        f"{name} ({example.section}) made {len(recorder.exchanges)} requests, not 1: "
        f"{recorder.exchanges}"
    )
    return recorder.exchanges[0]


def check_exchange(
    example: DocExample,
    exchange: Exchange,
    is_async: bool,
    name: str | None = None,
    *,
    redirect_answer: bool = False,
) -> None:
    """A 2xx answer (or the 3xx an operation documents as its answer) to the operation the
    example's section documents, sent by the client kind (sync or async) that its heading
    names."""
    name = name or example.id
    answered = 200 <= exchange.status < 300 or (redirect_answer and 300 <= exchange.status < 400)
    assert (
        answered
    ), f"{name}: {exchange.method} {exchange.path} -> {exchange.status} {exchange.body!r}"
    assert example.endpoint is not None, f"{name}: no '**API Endpoint**' in its section"
    method, path = example.endpoint
    assert exchange.method == method and matches(
        path, exchange.path
    ), f"{name} is documented as {method} {path} but sent {exchange.method} {exchange.path}"
    assert exchange.kind == (
        "async" if is_async else "sync"
    ), f"{name}: {'awaits' if is_async else 'does not await'} but used a {exchange.kind} client"
    if example.flavour is not None:
        assert is_async == (example.flavour == "Asynchronous"), (
            f"{name} is under '#### {example.flavour} Client' but "
            f"{'awaits' if is_async else 'does not await'}"
        )


async def _drain(items: Any) -> list[Any]:
    return [item async for item in items]


def run_example(
    example: DocExample, recorder: Recorder, *, drain: Iterable[str] = ()
) -> tuple[dict[str, Any], bool]:
    """Execute the block as a module would; returns its namespace and whether it awaited.

    Each variable named in ``drain`` that the block leaves as an async iterable (an event
    stream; not a page, whose loop the block itself runs) is consumed inside the block's event loop, before the clients close; the list of
    its items is stored in the namespace under ``"<name> items"`` (not an identifier, so it
    cannot clash with the block's own names)."""
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
                    for name in drain:
                        found = namespace.get(name)
                        if hasattr(found, "__aiter__") and not is_page(found):
                            namespace[f"{name} items"] = await _drain(namespace[name])
                finally:
                    await recorder.close_async()

            asyncio.run(finish())
    finally:
        recorder.close_sync()
    return namespace, is_async
