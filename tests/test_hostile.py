"""Hostile and broken specs (issue 6): clean errors, no code injection, nothing half-written.

1. A property test builds small specs whose every string (title, descriptions, summaries, enum
   values, property and parameter names, defaults, examples, server URLs) is adversarial and
   checks that the generator either refuses them with a clean `GeneratorError` or writes an SDK
   that compiles, imports without running spec text (a canary), keeps every path inside the
   output folder and sends every value over real HTTP exactly as the spec wrote it.
   `test_named_hostile_spec` runs the same checks on hand-picked specs, one concern each, and
   `test_spec_text_cannot_fake_custom_regions` regenerates twice (spec text forging markers).
2. A YAML alias bomb, a 10,000-step `$ref` chain and 5,000 levels of nesting fail fast.
3. A failure half-way through writing leaves the previous output byte-identical.
4. Each escaping filter, on concrete nasty strings, in the place it is made for.
5. Generated markdown, read by a CommonMark parser: spec text cannot swallow what follows it.
6. `$ref`s read only regular files inside the spec's folder, within limits; extensions are opaque.
"""

from __future__ import annotations

import ast
import errno
import json
import keyword
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from support.http_server import LocalServer, ScriptedResponse
from support.markdown import check_sdk_markdown, outline

from generator.diff import changelog
from generator.diff.report import diff_specs, render_report
from generator.emit import escape
from generator.emit.format import FormatError
from generator.errors import GeneratorError
from generator.model.api import Api, ObjectType, Operation, Resource, TypeRef
from generator.output.write import MANIFEST, write_output
from generator.pipeline import generate
from generator.spec import refs, validate
from generator.spec.load import load_document

ROOT = Path(__file__).resolve().parent.parent
CANARY = "@CANARY@"  # replaced by the absolute path of a file that must never appear

# -- adversarial strings -------------------------------------------------------------------------

_RUN = f"__import__('os').system('touch {CANARY}')"
INJECTIONS = [
    _RUN,
    f'"""+{_RUN}+"""',
    f"'''+{_RUN}+'''",
    f'"+{_RUN}+"',
    f"'+{_RUN}+'",
    f'\\"+{_RUN}+\\"',
    f"\\'+{_RUN}+\\'",
    f'"""\n{_RUN}\n"""',
    f"'''\n{_RUN}\n'''",
    f"\n{_RUN}\n",
    f"\r{_RUN}  #",
    f"\u2028{_RUN}",
    f"\x85{_RUN}",
    f"\\\n{_RUN}",
    f"x = 1; {_RUN}",
    f"open('{CANARY}', 'w')",
    f"`{_RUN}`",
    f"{{{{ cycler.__init__.__globals__.os.system('touch {CANARY}') }}}}",
    f"{{% set x = cycler.__init__.__globals__.os.system('touch {CANARY}') %}}",
    f"{{{{ {_RUN} }}}}",
    "{% raw %}{{ {% endraw %}",
    f"```python\n{_RUN}\n```",
    f"\n```python\n{_RUN}\n```\n",
    "```\nunclosed fence",
    f"<script>{_RUN}</script>",
    "| a | b |\n|---|---|\n| c | d |",
    ']\n[tool.evil]\nx = "',
    '"\nevil = "x',
    f'{{"x": 1}}.__class__.__base__.__subclasses__() or {_RUN}',
]
FRAGMENTS = [
    "'",
    '"',
    "'''",
    '"""',
    '""""',
    "`",
    "```",
    "\\",
    "\\\\",
    "\\'",
    '\\"',
    "\\n",
    "\\x00",
    "\\u2028",
    "\\N{BULLET}",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    " ",
    "  ",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\u2028",
    "\u2029",
    "\x85",
    "\ufeff",
    "\u200b",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "{{ 7*7 }}",
    "|",
    "||",
    "*",
    "_",
    "#",
    "# ",
    "<",
    ">",
    "&",
    "[x](y)",
    "<!--",
    "-->",
    "$",
    "%s",
    "{0}",
    "{}",
    "é",
    "日本",
    "𝔘",
    "ß",
    "İ",
    "K",
    "ﬁ",
    "../",
    "..",
    "/",
    "\\..\\",
    "~",
    ":",
    "=",
    "?",
    "+",
    ";",
    ",",
    "@",
    "%00",
    "%2F",
]
# Names that collide with something: keywords, builtins, what generated code itself uses,
# pydantic's own attributes, Windows device names, paths, and names that differ only in case.
NAMES = [
    *sorted(keyword.kwlist),
    "self",
    "cls",
    "request_options",
    "with_raw_response",
    "with_options",
    "close",
    "model_config",
    "model_dump",
    "model_fields",
    "json",
    "dict",
    "schema",
    "copy",
    "validate",
    "typing",
    "typing_extensions",
    "pydantic",
    "functools",
    "os",
    "sys",
    "httpx",
    "enum",
    "datetime",
    "str",
    "int",
    "float",
    "bool",
    "list",
    "type",
    "object",
    "print",
    "NOT_GIVEN",
    "NotGiven",
    "RequestOptions",
    "Client",
    "result",
    "models",
    "params",
    "_base_client",
    "__init__",
    "__class__",
    "__dict__",
    "__annotations__",
    "__getattr__",
    "_",
    "__",
    "0",
    "1st",
    "../../x",
    "..",
    ".",
    "CON",
    "nul",
    "aux.py",
    "COM1",
    "a/b",
    "a\\b",
    "mode",
    "Mode",
    "MODE",
    "kind",
    "Kind",
    "",
]
# Component names must match ^[a-zA-Z0-9.\-_]+$ (OpenAPI 3.0), so these are the hostile ones left.
COMPONENT_NAMES = [
    "class",
    "None",
    "CON",
    "nul",
    "Aux",
    "Pet",
    "pet",
    "PET",
    "..",
    "...",
    "_",
    "-",
    "typing",
    "str",
    "pydantic",
    "BaseModel",
    "Client",
    "NotGiven",
    "__init__",
    "a.b",
    "1",
    "models",
    "params",
    "x" * 300,
]


def _repeat(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


_fragment = st.sampled_from(FRAGMENTS)
_composed = st.lists(
    st.one_of(
        _fragment,
        _fragment,
        st.sampled_from(INJECTIONS),
        st.sampled_from(NAMES),
        st.text(max_size=4),
    ),
    min_size=1,
    max_size=6,
).map("".join)
_long = st.builds(_repeat, st.sampled_from(FRAGMENTS + INJECTIONS), st.integers(2000, 3000))
# Values that must reach the wire: no lone surrogates (no UTF-8 for them, so no HTTP either).
wire_strings = st.one_of(
    st.sampled_from(INJECTIONS), st.sampled_from(NAMES), _composed, _composed, _long
)
# Prose may hold anything a JSON document can, lone surrogates included.
prose = st.one_of(wire_strings, st.just(""), st.sampled_from(["\ud800", "a\udfffb"]))
names = st.one_of(st.sampled_from(NAMES), _composed, st.sampled_from(INJECTIONS))


def _with_case_twin(draw: st.DrawFn, values: list[str]) -> list[str]:
    """Sometimes add a value that differs from the first only in case."""
    twin = values[0].swapcase()
    if twin != values[0] and twin not in values and draw(st.booleans()):
        values = [*values, twin]
    return values


def _enum_schema(draw: st.DrawFn) -> tuple[dict[str, Any], list[str], str]:
    values = _with_case_twin(
        draw, draw(st.lists(wire_strings, min_size=1, max_size=3, unique=True))
    )
    example = draw(st.sampled_from(values))
    schema: dict[str, Any] = {"type": "string", "enum": values, "example": example}
    if draw(st.booleans()):
        schema["default"] = draw(st.sampled_from(values))
    if draw(st.booleans()):
        schema["description"] = draw(prose)
    return schema, values, example


@st.composite
def hostile_specs(draw: st.DrawFn) -> dict[str, Any]:
    query: list[dict[str, Any]] = []
    for name in _with_case_twin(draw, draw(st.lists(names, min_size=1, max_size=2, unique=True))):
        schema, _, example = _enum_schema(draw)
        query.append(
            {
                "name": name,
                "in": "query",
                "required": draw(st.booleans()),
                "description": draw(prose),
                "schema": schema,
                "example": example,
            }
        )
    response_name = draw(st.sampled_from(COMPONENT_NAMES))
    response_properties = {
        name: _enum_schema(draw)[0]
        for name in _with_case_twin(
            draw, draw(st.lists(names, min_size=1, max_size=2, unique=True))
        )
    }
    components: dict[str, Any] = {
        response_name: {
            "type": "object",
            "title": draw(prose),
            "description": draw(prose),
            "properties": response_properties,
        }
    }
    twin = response_name.swapcase()
    if twin != response_name and draw(st.booleans()):
        components[twin] = {"type": "object", "properties": {"x": {"type": "string"}}}
    get: dict[str, Any] = {
        "summary": draw(prose),
        "description": draw(prose),
        "parameters": query,
        "responses": {
            "200": {
                "description": draw(prose),
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{response_name}"}
                    }
                },
            },
            "400": {"description": draw(prose)},
        },
    }
    paths: dict[str, Any] = {"get": get}
    if draw(st.booleans()):
        properties = {
            name: _enum_schema(draw)[0]
            for name in _with_case_twin(
                draw, draw(st.lists(names, min_size=1, max_size=3, unique=True))
            )
        }
        required = draw(st.lists(st.sampled_from(sorted(properties)), unique=True))
        body_schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            body_schema["required"] = required
        paths["post"] = {
            "summary": draw(prose),
            "description": draw(prose),
            "requestBody": {
                "required": True,
                "description": draw(prose),
                "content": {"application/json": {"schema": body_schema}},
            },
            "responses": {"204": {"description": draw(prose)}},
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": draw(prose),
            "version": draw(st.one_of(st.just("1.0.0"), prose)),
            "description": draw(prose),
        },
        "servers": [{"url": draw(wire_strings), "description": draw(prose)}],
        "paths": {"/things": paths},
        "components": {"schemas": components},
    }


# -- checking one spec ---------------------------------------------------------------------------


def _replace_canary(value: Any, canary: str) -> Any:
    if isinstance(value, str):
        return value.replace(CANARY, canary)
    if isinstance(value, list):
        return [_replace_canary(item, canary) for item in value]
    if isinstance(value, dict):
        return {_replace_canary(k, canary): _replace_canary(v, canary) for k, v in value.items()}
    return value


def _dump(spec: dict[str, Any], folder: Path, fmt: str) -> Path:
    if fmt == "json":
        path = folder / "spec.json"
        path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    else:
        path = folder / "spec.yaml"
        text = yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, width=80)
        if yaml.safe_load(text) != spec:  # PyYAML folds some line breaks in the styles it picks
            text = yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, default_style='"')
        assert yaml.safe_load(text) == spec
        path.write_text(text, encoding="utf-8")
    return path


_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))} | {
    f"lpt{i}" for i in range(10)
}
_PYTHON_FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_SYNC_EXAMPLE = re.compile(r"^#### Synchronous Client\n\n```python\n(.*?)^```$", re.DOTALL | re.M)


def check_paths(files: dict[str, str]) -> None:
    """Every generated path is a plain, portable relative path, unique whatever the case."""
    assert files, "nothing was generated"
    folded: dict[str, str] = {}
    for path in files:
        assert not path.startswith("/") and not re.match(r"^[A-Za-z]:", path), path
        assert "\\" not in path and "\x00" not in path, f"{path!r}: separator or NUL"
        parts = PurePosixPath(path).parts
        assert parts and ".." not in parts and "." not in parts and "" not in parts, repr(path)
        for part in parts:
            assert len(part.encode("utf-8")) <= 255, f"{path!r}: a name longer than 255 bytes"
            assert not re.search(r'[<>:"|?*\x00-\x1f]', part), f"{path!r}: not portable"
            assert not part.endswith((" ", ".")), f"{path!r}: Windows drops trailing dots"
            stem = part.split(".")[0].lower()
            assert stem not in _WINDOWS_DEVICES, f"{path!r}: a Windows device name"
        other = folded.setdefault(path.lower(), path)
        assert other == path, f"{other!r} and {path!r} are one file on macOS and Windows"


def _modules(files: dict[str, str], package: str) -> list[str]:
    modules = []
    for path in sorted(files):
        if path.startswith(f"{package}/") and path.endswith(".py"):
            module = path[: -len(".py")].replace("/", ".")
            modules.append(module.removesuffix(".__init__"))
    return modules


def _operations_by_readme(api: Api) -> dict[str, int]:
    return {
        "/".join([api.package, "resources", *resource.path, "README.md"]): len(resource.operations)
        for resource in _walk_resources(api.resources)
    }


def _walk_resources(resources: tuple[Resource, ...]) -> Iterator[Resource]:
    for resource in resources:
        yield resource
        yield from _walk_resources(resource.children)


def _find_object_type(api: Api, flavour: str, type_ref: TypeRef | None) -> ObjectType | None:
    if type_ref is None or type_ref.kind != "named":
        return None
    for object_type in api.object_types:
        if object_type.flavour == flavour and object_type.name == type_ref.name:
            return object_type
    return None


@dataclass
class Plan:
    """What the SDK subprocess does, and what the test expects of it."""

    out: str
    package: str
    base_url: str
    modules: list[str]
    literal_checks: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)
    doc_checks: list[dict[str, Any]] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


# Runs in a fresh interpreter: imports everything, reads annotations, makes the calls.
SDK_SCRIPT = r"""
import asyncio, importlib, json, sys, traceback, typing

plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
sys.path.insert(0, plan["out"])
report = {"imported": [], "literals": [], "calls": [], "docs": [], "examples": []}


def emit():
    sys.stdout.write("\n@@REPORT@@" + json.dumps(report))
    sys.stdout.flush()


def resolve(module, qualname):
    value = importlib.import_module(module)
    for part in qualname.split("."):
        value = getattr(value, part)
    return value


def literals(annotation):
    if typing.get_origin(annotation) is typing.Literal:
        return list(typing.get_args(annotation))
    found = []
    for argument in typing.get_args(annotation):
        found.extend(literals(argument))
    return found


try:
    package = importlib.import_module(plan["package"])
    for module in plan["modules"]:
        importlib.import_module(module)
        report["imported"].append(module)
    report["version"] = package.__version__
    report["servers"] = [member.value for member in package.Environment]
    for check in plan["literal_checks"]:
        hints = typing.get_type_hints(resolve(check["module"], check["qualname"]), include_extras=True)
        report["literals"].append(literals(hints[check["key"]]))
    for check in plan["doc_checks"]:
        report["docs"].append(resolve(check["module"], check["qualname"]).__doc__)
    client = package.Client(base_url=plan["base_url"], max_retries=0)

    def target(root, call):
        value = root
        for attr in call["resource"]:
            value = getattr(value, attr)
        return getattr(value, call["method"])

    async def async_call(call):
        aclient = package.AsyncClient(base_url=plan["base_url"], max_retries=0)
        try:
            return await target(aclient, call)(**call["kwargs"])
        finally:
            await aclient.close()

    for call in plan["calls"]:
        for result in (
            target(client, call)(**call["kwargs"]),
            asyncio.run(async_call(call)),
        ):
            report["calls"].append(
                {name: getattr(result, name) for name in call["read"]} if call["read"] else result
            )
    client.close()
    for code in plan["examples"]:
        exec(compile(code, "<doc example>", "exec"), {"__name__": "__doc_example__"})
        report["examples"].append(True)
except BaseException:
    report["error"] = traceback.format_exc()
emit()
"""


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def check_spec(
    spec: dict[str, Any], fmt: str = "json", note: Callable[[str], object] = lambda _: None
) -> None:
    """Generate from `spec`; a clean refusal is fine, anything written must be right."""
    with tempfile.TemporaryDirectory(prefix="hostile-") as temp:
        folder = Path(temp)
        canary_dir = folder / "canary"
        canary_dir.mkdir()
        canary = str(canary_dir / "CANARY")
        spec = _replace_canary(spec, canary)
        spec_path = _dump(spec, folder, fmt)
        try:
            generated = generate(spec_path)
        except FormatError as error:
            pytest.fail(f"the templates produced code black cannot parse: {error}")
        except GeneratorError as error:
            note(f"refused: {type(error).__name__}: {error.message[:60]}")
            assert error.message.strip(), "a GeneratorError without a message"
            assert error.location is not None, f"the error does not name the place: {error}"
            assert not any(canary_dir.iterdir()), "spec text ran while generating"
            return
        assert not any(canary_dir.iterdir()), "spec text ran while generating"
        note("generated")
        _check_generated(spec, generated.api, generated.files, folder, canary_dir)


def _check_generated(
    spec: dict[str, Any], api: Api, files: dict[str, str], folder: Path, canary_dir: Path
) -> None:
    check_paths(files)
    for path, text in files.items():
        if path.endswith(".py"):
            try:
                compile(text, path, "exec", dont_inherit=True)
            except SyntaxError as error:
                pytest.fail(f"generated {path} does not compile: {error}")
        elif path.endswith(".toml"):
            tomllib = pytest.importorskip("tomllib")
            try:
                project = tomllib.loads(text)["project"]
            except tomllib.TOMLDecodeError as error:
                pytest.fail(f"generated {path} is not TOML: {error}")
            assert _shown(project["version"]) == _shown(api.version)
            assert _shown(project["description"]) == _shown(f"Python SDK for the {api.api_phrase}")

    # Spec text never becomes a code block of the docs (black formats them; doc tests run them).
    operations = [op for _, op in api.all_operations()]
    for resource in api.all_resources():
        readme = resource.doc_path
        blocks = _PYTHON_FENCE.findall(files[readme])
        assert len(blocks) == 2 * len(resource.operations), (
            f"{readme}: {len(blocks)} python blocks for {len(resource.operations)} operations; "
            "spec text opened or closed a code fence"
        )
    readme_template = (ROOT / "templates" / "project" / "README.md.jinja").read_text("utf-8")
    assert len(_PYTHON_FENCE.findall(files["README.md"])) == readme_template.count(
        "d.python_block("
    ), "README.md: spec text opened or closed a code fence"
    # And as a CommonMark parser reads them: every section and block, no HTML from the spec.
    check_sdk_markdown(files, _operations_by_readme(api))

    # Written into the output folder, and nowhere else.
    out = folder / "out"
    before = {p for p in folder.rglob("*")}
    write_output(files, out)
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {*files, MANIFEST}
    for path, text in files.items():
        assert (out / path).read_bytes() == text.encode("utf-8"), path
    outside = {p for p in folder.rglob("*") if out not in p.parents and p != out} - before
    assert not outside, f"written outside the output folder: {sorted(map(str, outside))}"

    plan, expected = _plan(spec, api, files, out)
    with LocalServer() as server:
        plan.base_url = server.url
        for method, response in expected["responses"].items():
            server.respond(method, "/things", response)
        (folder / "plan.json").write_text(json.dumps(plan.__dict__), encoding="utf-8")
        (folder / "sdk_script.py").write_text(SDK_SCRIPT, encoding="utf-8")
        env = {**os.environ, f"{api.env_prefix}_BASE_URL": server.url}
        env.pop("PYTHONPATH", None)
        run = subprocess.run(
            [sys.executable, "-I", str(folder / "sdk_script.py"), str(folder / "plan.json")],
            cwd=canary_dir,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        requests = list(server.requests)
    assert not any(canary_dir.iterdir()), "importing or calling the SDK ran spec text"
    assert "@@REPORT@@" in run.stdout, f"the SDK subprocess died:\n{run.stdout}\n{run.stderr}"
    report = json.loads(run.stdout.rsplit("@@REPORT@@", 1)[1])
    assert "error" not in report, f"the generated SDK failed:\n{report['error']}"

    assert report["version"] == api.version
    assert report["servers"] == [server["url"].rstrip("/") for server in spec["servers"]]
    for check, actual in zip(plan.literal_checks, report["literals"], strict=True):
        assert sorted(actual) == sorted(check["expected"]), f"{check['where']}: Literal{actual!r}"
    for check, doc in zip(plan.doc_checks, report["docs"], strict=True):
        for text in check["texts"]:
            assert _shown(_normalise_space(text)) in _shown(
                _normalise_space(doc or "")
            ), f"{check['qualname']}.__doc__ lost {text!r}: {doc!r}"

    # On the wire: each call (sync, then async) and each doc example is one request.
    sent = expected["requests"]
    assert len(requests) == len(sent), (len(requests), len(sent))
    for request, (method, query, body) in zip(requests, sent, strict=True):
        assert request.method == method
        assert request.path == "/things"
        if query is not None:
            assert request.query == {k: [v] for k, v in query.items()}, request.raw_query
        if body is not None:
            assert request.json() == body
    for call, result in zip([c for c in plan.calls for _ in (0, 1)], report["calls"], strict=True):
        assert result == call["returns"], f"{call['method']} returned {result!r}"
    assert len(report["examples"]) == len(plan.examples)
    assert len(operations) * 2 + len(plan.examples) == len(sent)


def _plan(
    spec: dict[str, Any], api: Api, files: dict[str, str], out: Path
) -> tuple[Plan, dict[str, Any]]:
    plan = Plan(
        out=str(out), package=api.package, base_url="", modules=_modules(files, api.package)
    )
    sent: list[tuple[str, dict[str, str] | None, dict[str, Any] | None]] = []
    sent_by_examples: list[tuple[str, dict[str, str] | None, dict[str, Any] | None]] = []
    responses: dict[str, ScriptedResponse] = {}
    spec_ops = spec["paths"]["/things"]
    for resource in api.all_resources():
        module = resource.module
        for op in resource.operations:
            spec_op = spec_ops[op.http_method.lower()]
            qualname = f"{resource.class_names[0]}.{op.method}"
            plan.doc_checks.append(
                {
                    "module": module,
                    "qualname": qualname,
                    "texts": [t for t in (spec_op.get("summary"), spec_op.get("description")) if t],
                }
            )
            kwargs, query, body, examples = _arguments(op, spec_op)
            for parameter in op.parameters:
                enum = _enum_of(parameter, spec_op)
                if enum is not None:
                    plan.literal_checks.append(
                        {
                            "module": module,
                            "qualname": qualname,
                            "key": parameter.python_name,
                            "expected": list(dict.fromkeys(enum)),
                            "where": f"{qualname}({parameter.python_name}=...)",
                        }
                    )
            read: list[str] = []
            returns: Any = None
            if op.http_method == "GET":
                model = _find_object_type(api, "models", op.success.type)
                assert model is not None, "the response schema did not become a model"
                schema_name = op.success.type.name if op.success.type else ""
                payload = {}
                for model_field in model.fields:
                    prop = _component_property(spec, model_field.wire_name)
                    payload[model_field.wire_name] = prop["enum"][-1]
                    plan.literal_checks.append(
                        {
                            "module": f"{api.package}.types.models.{model.module}",
                            "qualname": model.name,
                            "key": model_field.python_name,
                            "expected": list(dict.fromkeys(prop["enum"])),
                            "where": f"{schema_name}.{model_field.python_name}",
                        }
                    )
                read = [f.python_name for f in model.fields]
                returns = {f.python_name: payload[f.wire_name] for f in model.fields}
                responses["GET"] = ScriptedResponse(json=payload)
            else:
                responses[op.http_method] = ScriptedResponse(204)
                body_type = _find_object_type(api, "params", op.body.type if op.body else None)
                if body_type is not None:
                    for body_field in body_type.fields:
                        prop = spec_op["requestBody"]["content"]["application/json"]["schema"][
                            "properties"
                        ][body_field.wire_name]
                        plan.literal_checks.append(
                            {
                                "module": f"{api.package}.types.params.{body_type.module}",
                                "qualname": body_type.name,
                                "key": body_field.wire_name,
                                "expected": list(dict.fromkeys(prop["enum"])),
                                "where": f"{body_type.name}[{body_field.wire_name!r}]",
                            }
                        )
            plan.calls.append(
                {
                    "resource": list(resource.path),
                    "method": op.method,
                    "kwargs": kwargs,
                    "read": read,
                    "returns": returns,
                }
            )
            sent.extend([(op.http_method, query, body)] * 2)  # sync, then async
            readme = "/".join([api.package, "resources", *resource.path, "README.md"])
            section = files[readme].split(f'<a name="{op.method}"></a>', 1)[1]
            example = _SYNC_EXAMPLE.search(section)
            assert example, f"{readme}: no synchronous example for {op.method}"
            plan.examples.append(example.group(1))
            sent_by_examples.append((op.http_method, *examples))
    return plan, {"requests": sent + sent_by_examples, "responses": responses}


def _component_property(spec: dict[str, Any], wire_name: str) -> dict[str, Any]:
    for schema in spec["components"]["schemas"].values():
        prop = schema["properties"].get(wire_name)
        if prop is not None and "enum" in prop:
            return prop
    raise AssertionError(f"no response property {wire_name!r} in the spec")


def _enum_of(parameter: Any, spec_op: dict[str, Any]) -> list[str] | None:
    if parameter.location == "query":
        for raw in spec_op.get("parameters", []):
            if raw["name"] == parameter.wire_name:
                return raw["schema"]["enum"]
    if parameter.location == "body":
        schema = spec_op["requestBody"]["content"]["application/json"]["schema"]
        return schema["properties"][parameter.wire_name]["enum"]
    return None


def _arguments(
    op: Operation, spec_op: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str] | None, dict[str, Any] | None, tuple[Any, Any]]:
    """Call with every enum's last value (or its default); examples send the spec's examples."""
    kwargs: dict[str, str] = {}
    query: dict[str, str] | None = None
    body: dict[str, Any] | None = None
    example_query: dict[str, str] | None = None
    example_body: dict[str, Any] | None = None
    for parameter in op.parameters:
        if parameter.location == "query":
            raw = next(p for p in spec_op["parameters"] if p["name"] == parameter.wire_name)
            value = raw["schema"].get("default", raw["schema"]["enum"][-1])
            kwargs[parameter.python_name] = value
            query = {**(query or {}), parameter.wire_name: value}
            example_query = {**(example_query or {}), parameter.wire_name: raw["example"]}
        elif parameter.location == "body":
            schema = spec_op["requestBody"]["content"]["application/json"]["schema"]
            prop = schema["properties"][parameter.wire_name]
            value = prop.get("default", prop["enum"][-1])
            kwargs[parameter.python_name] = value
            body = {**(body or {}), parameter.wire_name: value}
            example_body = {**(example_body or {}), parameter.wire_name: prop["example"]}
    if op.http_method == "GET":
        query, example_query = query or {}, example_query or {}
    return kwargs, query, body, (example_query, example_body)


# -- 1. the property test ------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # No shrinking: each run is seconds, and the assertion messages already name the culprit.
    phases=[Phase.explicit, Phase.generate],
    report_multiple_bugs=True,
)
@given(spec=hostile_specs(), fmt=st.sampled_from(["json", "yaml"]))
def test_hostile_strings_never_break_or_inject(spec: dict[str, Any], fmt: str) -> None:
    check_spec(spec, fmt, note=event)


def _spec(
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


NAMED_SPECS = {
    "quotes and injections in every string": _spec(
        title=f'Evil """ API {_RUN}',
        description=f'"""\n{_RUN}\n"""',
        summary=f"'''{_RUN}'''",
        query={"kind": [f'"""{_RUN}"""', "a'b", 'c"d', "\\", "{{ x }}"]},
        body={"mode": [f"'+{_RUN}+'", "\u2028", "\x00", "\r\n"]},
        response={"state": ["`", "|", "{% if %}"]},
        server=f"https://x.example/{_RUN}",
    ),
    "query parameter named like a module the method uses": _spec(query={"typing": ["a", "b"]}),
    "body property named like a module the method uses": _spec(body={"typing": ["a"]}),
    "response properties named like builtins": _spec(
        response={"int": ["1"], "list": ["l"], "str": ["s"]}
    ),
    "title naming a standard library module": _spec(title="typing"),
    "title naming a runtime dependency": _spec(title="httpx"),
    "version with a line break": _spec(version="1.0\nX-Injected: yes"),
    "version closing a docstring": _spec(version=f'1"""\n{_RUN}\n"""'),
    "title with DEL": _spec(title="a\x7fb"),
    "title that is a Windows device name": _spec(title="CON"),
    "schema named None": _spec(schema_name="None"),
    "title that is a keyword": _spec(title="class"),
    "title with a lone surrogate": _spec(title="a\ud800b"),
    "description holding a python code block": _spec(description=f"```python\n{_RUN}\n```"),
    "description with an unclosed code fence": _spec(description="```\nnot closed"),
    "names differing only in case": _spec(
        query={"Kind": ["A", "a"], "kind": ["a", "A"]},
        body={"Mode": ["x"], "mode": ["X"]},
        response={"State": ["s"], "state": ["S"]},
        schema_name="thing",
    ),
    "keywords and reserved names": _spec(
        query={"class": ["None"], "self": ["True"], "request_options": ["x"]},
        body={"def": ["lambda"], "model_config": ["x"]},
        response={"model_config": ["x"], "json": ["j"], "schema": ["s"]},
        schema_name="CON",
    ),
    "very long strings": _spec(
        title="T" * 3000,
        summary='"' * 2500,
        query={"q" * 2500: ["v" * 2500, "\\" * 2001]},
        response={"r" * 2500: ["'" * 2500]},
    ),
}


@pytest.mark.parametrize("case", sorted(NAMED_SPECS))
def test_named_hostile_spec(case: str) -> None:
    check_spec(NAMED_SPECS[case], "json")  # the property test covers YAML too


def _cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _with_response_example(example: Any) -> dict[str, Any]:
    spec = _spec()
    media = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = example
    return spec


_LONG = "y" * 120  # a response example this long is shown as a ```json block
FORGED_REGIONS = {
    "sync client region": _spec(
        description="# @custom-begin ThingsClient\nhello world\n# @custom-end ThingsClient"
    ),
    "async client region": _spec(
        description="# @custom-begin AsyncThingsClient\nyield\n# @custom-end AsyncThingsClient"
    ),
    "docs region": _spec(
        description="<!-- @custom-begin docs -->\nspec\n<!-- @custom-end docs -->"
    ),
    "readme region": _spec(
        description="<!-- @custom-begin readme -->\nspec\n<!-- @custom-end readme -->"
    ),
    "U+2028 in a json example": _with_response_example(
        {"x": f"{_LONG}\u2028<!-- @custom-begin docs -->\u2028spec\u2028<!-- @custom-end docs -->"}
    ),
    "NEL in a json example": _with_response_example(
        {"x": f"{_LONG}\x85<!-- @custom-begin docs -->\x85spec\x85<!-- @custom-end docs -->"}
    ),
}


@pytest.mark.parametrize("case", sorted(FORGED_REGIONS))
def test_spec_text_cannot_fake_custom_regions(case: str, tmp_path: Path) -> None:
    """Regions keep the user's code across runs; spec text must not open one of its own."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(FORGED_REGIONS[case]), encoding="utf-8")
    out = tmp_path / "out"
    first = _cli("generate", str(spec), "--out", str(out))
    assert first.returncode == 0, first.stderr
    generated = _snapshot(out)
    second = _cli("generate", str(spec), "--out", str(out))
    assert second.returncode == 0, second.stderr
    regenerated = _snapshot(out)
    changed = sorted(path for path in generated if generated[path] != regenerated.get(path))
    assert changed == [], f"regenerating from the same spec changed {changed}"
    for path, data in regenerated.items():
        if path.endswith(".py"):
            compile(data, path, "exec", dont_inherit=True)


# -- 2. hostile size: fast, clear failures via the command line ----------------------------------


def _alias_bomb() -> str:
    lines = [
        "openapi: 3.0.3",
        "info: {title: Bomb, version: '1'}",
        "paths: {}",
        "x-lol:",
        "  a: &a [" + ", ".join(["lol"] * 9) + "]",
    ]
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"  {name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n"


def _ref_chain(steps: int = 10_000) -> str:
    schemas: dict[str, Any] = {
        f"A{i}": {"$ref": f"#/components/schemas/A{i + 1}"} for i in range(steps)
    }
    schemas[f"A{steps}"] = {"type": "string"}
    schema = {"$ref": "#/components/schemas/A0"}
    return json.dumps(
        {
            "openapi": "3.0.3",
            "info": {"title": "Chain", "version": "1"},
            "paths": {
                "/a": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": schema}},
                            }
                        }
                    }
                }
            },
            "components": {"schemas": schemas},
        }
    )


def _deep_schema(levels: int, fmt: str) -> str:
    head = '{"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": '
    tail = "}}}}}}}}"
    schema = (
        '{"type": "object", "properties": {"a": ' * levels + '{"type": "string"}' + "}}" * levels
    )
    text = head + schema + tail
    return text if fmt == "json" else text.replace('"', "")  # flow-style YAML


SIZE_CASES = {
    "yaml alias bomb": ("bomb.yaml", _alias_bomb, ["bomb.yaml", "values"]),
    "ref chain 10000 deep": ("chain.json", _ref_chain, ["chain.json", "$ref"]),
    "schema nested 5000 deep (json)": (
        "deep.json",
        lambda: _deep_schema(5000, "json"),
        ["deep.json", "nested"],
    ),
    "schema nested 5000 deep (yaml)": (
        "deep.yaml",
        lambda: _deep_schema(5000, "yaml"),
        ["deep.yaml", "nested"],
    ),
}


def _previous_output(out: Path) -> dict[str, bytes]:
    """An output folder as a previous run left it: generated files, a manifest, a user file."""
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "__init__.py").write_text('"""Previous."""\n', encoding="utf-8")
    (out / "README.md").write_text("# Previous\n", encoding="utf-8")
    (out / MANIFEST).write_text("README.md\npkg/__init__.py\n", encoding="utf-8")
    (out / "notes.txt").write_text("the user's own file\n", encoding="utf-8")
    return _snapshot(out)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("case", sorted(SIZE_CASES))
def test_hostile_size_fails_fast_and_cleanly(case: str, tmp_path: Path) -> None:
    name, build, expected = SIZE_CASES[case]
    spec = tmp_path / name
    spec.write_text(build(), encoding="utf-8")
    out = tmp_path / "out"
    previous = _previous_output(out)
    fresh = tmp_path / "fresh"
    for target in (out, fresh):
        started = time.monotonic()
        try:
            run = subprocess.run(
                [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(target)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"{case}: still running after 10 s (limit 2 s)")
        elapsed = time.monotonic() - started
        assert run.returncode == 1, (run.returncode, run.stderr[-2000:])
        assert "Traceback" not in run.stderr, run.stderr[-2000:]
        message = run.stderr.strip()
        assert message.startswith("error: ") and len(message.splitlines()) == 1, message[-2000:]
        for word in expected:
            assert word in message, f"{word!r} not in {message!r}"
        assert elapsed < 2.0, f"{case}: took {elapsed:.1f} s (limit 2 s): {message}"
    assert _snapshot(out) == previous
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "out"])


# -- 3. failures while writing leave the previous output untouched -------------------------------


def _files(version: str) -> dict[str, str]:
    files = {f"pkg/mod_{i}.py": f"VERSION = {version!r}\nINDEX = {i}\n" for i in range(12)}
    files.update(
        {
            "pkg/__init__.py": f'"""Version {version}."""\n',
            "pkg/sub/deep/__init__.py": "",
            "pkg/sub/deep/leaf.py": f"LEAF = {version!r}\n",
            "README.md": f"# SDK {version}\n",
            "pyproject.toml": f'[project]\nversion = "{version}"\n',
        }
    )
    return files


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "generated"
    write_output(_files("1"), out)
    (out / "user-notes.md").write_text("mine\n", encoding="utf-8")
    (out / "pkg" / "user_plugin.py").write_text("MINE = True\n", encoding="utf-8")
    return out, _snapshot(out)


def _assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    assert _snapshot(out) == before
    leftovers = sorted(p.name for p in out.parent.iterdir() if p != out)
    assert leftovers == [], f"left beside the output: {leftovers}"


class Injected(Exception):
    pass


def test_failure_before_swap_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]],
) -> None:
    out, before = previous
    seen: list[Path] = []

    def boom(staging: Path) -> None:
        seen.append(staging)
        assert (
            (staging / "pkg" / "mod_0.py").read_text(encoding="utf-8").startswith("VERSION = '2'")
        )
        raise Injected("before swap")

    with pytest.raises(Injected):
        write_output(_files("2"), out, before_swap=boom)
    assert seen and not seen[0].exists()
    _assert_untouched(out, before)


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left"), KeyboardInterrupt()])
@pytest.mark.parametrize("after", [0, 1, 7, 17])
@pytest.mark.parametrize("method", ["write_text", "open"])
def test_failure_half_way_through_writing_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    after: int,
    error: BaseException,
) -> None:
    out, before = previous
    original: Callable[..., Any] = getattr(Path, method)
    written: list[Path] = []

    def failing(self: Path, *args: Any, **kwargs: Any) -> Any:
        mode = args[0] if method == "open" and args else kwargs.get("mode", "r")
        if method == "write_text" or any(c in str(mode) for c in "wax+"):
            if len(written) >= after:
                raise error
            written.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, failing)
    with pytest.raises(type(error)):
        write_output(_files("2"), out)
    monkeypatch.undo()
    assert len(written) == after
    _assert_untouched(out, before)


def test_failure_while_swapping_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, before = previous
    original = os.replace

    def failing_replace(source: Any, target: Any) -> None:
        if Path(source).name.startswith(f".{out.name}.new-"):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        original(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_output(_files("2"), out)
    monkeypatch.undo()
    _assert_untouched(out, before)


def test_failure_carrying_user_files_over_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    out, before = previous

    def failing_copy(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(shutil, "copy2", failing_copy)
    with pytest.raises(PermissionError):
        write_output(_files("2"), out)
    monkeypatch.undo()
    _assert_untouched(out, before)


def test_successful_write_replaces_generated_files_and_keeps_user_files(
    previous: tuple[Path, dict[str, bytes]],
) -> None:
    out, before = previous
    write_output(_files("2"), out)
    after = _snapshot(out)
    assert after["user-notes.md"] == before["user-notes.md"]
    assert after["pkg/user_plugin.py"] == before["pkg/user_plugin.py"]
    assert after["pkg/mod_3.py"] == b"VERSION = '2'\nINDEX = 3\n"
    assert not [p for p in out.parent.iterdir() if p != out]


# -- 4. each escaping filter in its place ---------------------------------------------------------

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
    f'"""+{_RUN}+"""',
    f"'+{_RUN}+'",
    f'"+{_RUN}+"',
    f"\n{_RUN}",
    "x" * 3000,
    '"' * 2001,
    "\\" * 2001,
    "]\n[evil]\nx = 1",
    "# @custom-begin ThingsClient\nx = 1\n# @custom-end ThingsClient",
    "<!-- @custom-begin docs -->\ntext\n<!-- @custom-end docs -->",
]
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _one_line(value: str) -> str:
    """What one-line filters keep: line breaks become spaces, other control characters go."""
    text = re.sub(r"\r\n|[\r\n\u2028\u2029\x85]", " ", value)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def _escape_surrogates(text: str) -> str:
    return re.sub(r"[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def _ids(values: list[str]) -> list[str]:
    return [ascii(v)[:40] for v in values]


def _py_eval(source: str) -> Any:
    tree = ast.parse(source, mode="eval")
    return eval(compile(tree, "<literal>", "eval"), {"__builtins__": {}})


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_py_str_round_trips(value: str) -> None:
    literal = escape.py_str(value)
    assert not any(c in literal for c in _LINE_BREAKS), "a literal must stay on one line"
    assert _py_eval(literal) == value
    assert ast.literal_eval(literal) == value
    # In generated code, next to other code, it is still one expression.
    namespace: dict[str, Any] = {}
    exec(compile(f"x = {literal}\ny = 1\n", "<module>", "exec"), {"__builtins__": {}}, namespace)
    assert namespace == {"x": value, "y": 1}


@pytest.mark.parametrize(
    "value",
    [
        {"b": [1, 2.5, None, True], "a": {"nested": NASTY[:20]}},
        [value for value in NASTY if value],
        {key: key for key in NASTY},
        -0.0,
        10**30,
    ],
    ids=["object", "list", "keys", "negative zero", "big int"],
)
def test_py_literal_round_trips(value: Any) -> None:
    source = escape.py_literal(value)
    assert "\n" not in source
    assert _py_eval(source) == value


def _shown(text: str) -> str:
    """Text as a reader sees it: a lone surrogate may be kept, spelled as an escape or replaced."""
    text = re.sub(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", "\ufffd", text)
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


def _docstring_text(value: str) -> str:
    """What a docstring keeps: the text, lines without trailing blanks, CRLF as LF."""
    return "\n".join(line.rstrip(" \t") for line in value.replace("\r\n", "\n").split("\n"))


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_docstring_round_trips(value: str) -> None:
    text = escape.docstring(value)
    # Module, function and class docstrings (a class's must be encodable: CPython copies it).
    for source, holder in (
        (f'"""{text}"""\nafter = 1\n', None),
        (f'def f():\n    """{text}"""\n    return 1\n\n\nafter = 1\n', "f"),
        (f'class C:\n    """{text}"""\n\n    field = 1\n\n\nafter = 1\n', "C"),
    ):
        namespace: dict[str, Any] = {}
        try:
            exec(compile(source, "<module>", "exec"), namespace)
        except (SyntaxError, UnicodeError) as error:
            pytest.fail(f"docstring({value!r}) = {text!r} breaks the code: {error!r}")
        assert namespace["after"] == 1, "the docstring swallowed the code after it"
        doc = namespace["__doc__"] if holder is None else namespace[holder].__doc__
        assert _shown(doc) == _shown(_docstring_text(value)), source
    text.encode("utf-8")  # a lone surrogate would make the file unwritable


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_comment_stays_one_line(value: str) -> None:
    text = escape.comment(value)
    assert not any(c in text for c in _LINE_BREAKS + "\x00"), ascii(text)
    namespace: dict[str, Any] = {}
    exec(compile(f"x = 1  # {text}\ny = 2\n", "<module>", "exec"), {}, namespace)
    assert namespace == {"x": 1, "y": 2}
    # "@custom-" may be broken up (custom-code markers must not come from a spec).
    assert text.replace("@ custom-", "@custom-") == _escape_surrogates(_one_line(value))
    text.encode("utf-8")


def _unescaped_pipes(text: str) -> list[int]:
    """Positions of `|` that a GFM table takes as a column break (those without a `\\` before)."""
    return [match.start() for match in re.finditer(r"(?<!\\)\|", text)]


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_cell_cannot_break_the_table(value: str) -> None:
    cell = escape.md_cell(value)
    assert not any(c in cell for c in _LINE_BREAKS), ascii(cell)
    assert _unescaped_pipes(cell) == [], f"{cell!r} opens a new column"
    cell.encode("utf-8")


def _code_span_content(span: str) -> str:
    """The text CommonMark shows for a code span in a table cell (`\\|` is a pipe there)."""
    span = span.replace("\\|", "|")
    fence = re.match(r"`+", span)
    assert fence, f"{span!r} does not start a code span"
    ticks = fence.group()
    assert span.endswith(ticks) and len(span) > 2 * len(ticks), f"{span!r} is not one span"
    inner = span[len(ticks) : -len(ticks)]
    assert not re.search(rf"(?<!`){ticks}(?!`)", inner), f"{span!r} closes early"
    if inner.startswith(" ") and inner.endswith(" ") and inner.strip(" "):
        inner = inner[1:-1]
    return inner


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_code_shows_the_value(value: str) -> None:
    span = escape.md_code(value)
    assert not any(c in span for c in _LINE_BREAKS), ascii(span)
    assert _unescaped_pipes(span) == [], f"{span!r} opens a new column"
    # CommonMark has no empty code span: a lone space is as close as it gets.
    assert _code_span_content(span) == (_escape_surrogates(_one_line(value)) or " "), span


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_heading_is_one_literal_line(value: str) -> None:
    heading = escape.md_heading(value)
    assert not any(c in heading for c in _LINE_BREAKS), ascii(heading)
    assert "<" not in heading and ">" not in heading
    assert not re.match(r"^(#|>|[*+\-=]|\d+\.)", heading), heading


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_toml_str_round_trips(value: str) -> None:
    tomllib = pytest.importorskip("tomllib")
    literal = escape.toml_str(value)
    document = f"[project]\nx = {literal}\ny = 1\n"
    try:
        parsed = tomllib.loads(document)
    except tomllib.TOMLDecodeError as error:
        pytest.fail(f"toml_str({value!r}) = {literal!r} is not a TOML string: {error}")
    assert parsed["project"]["y"] == 1
    assert _shown(parsed["project"]["x"]) == _shown(value)


@pytest.mark.parametrize(
    "value", ["a b", "a(b)c", "x)](javascript:alert(1))", "a\tb", "a\nb"], ids=_ids
)
def test_md_link_target_cannot_end_the_link(value: str) -> None:
    target = escape.md_link_target(value)
    assert not re.search(r"[\s()]", target), target


@pytest.mark.parametrize("name", ["docstring", "comment", "md_text"])
def test_spec_text_cannot_write_a_custom_code_marker(name: str) -> None:
    for value in ("# @custom-begin X", "<!-- @custom-end docs -->", "a\n# @custom-begin X\nb"):
        assert "@custom-" not in escape.FILTERS[name](value), (name, value)


@pytest.mark.parametrize("value", NASTY, ids=_ids(NASTY))
def test_md_text_and_json_inline_are_writable(value: str) -> None:
    text = escape.md_text(value)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r]", text), ascii(text)
    text.encode("utf-8")
    inline = escape.json_inline({"k": value})
    assert "\n" not in inline
    if not re.search(r"[\ud800-\udfff]", value):
        assert json.loads(inline) == {"k": value}


# -- 5. markdown: spec text cannot swallow what a page puts after it -----------------------------

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


def _markdown_spec(text: str) -> dict[str, Any]:
    spec = _spec(title=text.split("\n")[0] or "T", description=text, summary=text)
    responses = spec["paths"]["/things"]["get"]["responses"]
    responses["200"]["description"] = text
    responses["404"] = {"description": text}
    spec["components"]["schemas"]["Thing"]["description"] = text
    return spec


@pytest.mark.parametrize("case", sorted(SWALLOWING))
def test_spec_text_cannot_swallow_a_generated_page(case: str, tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(_markdown_spec(SWALLOWING[case])), encoding="utf-8")
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


def test_the_diff_report_and_changelog_hold_no_html_from_the_spec(tmp_path: Path) -> None:
    old = _spec(query={"kind": ["a"]})
    new = _spec(title="<!-- T", version="<details>", query={"kind": ["a", "`<details>`|"]})
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


# -- 6. `$ref`s: only regular files inside the spec's folder, read within limits -----------------

SECRET = "TOP-SECRET-CANARY-42"


def _ref_spec(ref: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    spec = _spec()
    media = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": ref}
    spec.update(extra or {})
    return spec


def _run_cli(
    spec_path: Path, out: Path, *extra: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(spec_path),
                "--out",
                str(out),
                *extra,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"generating {spec_path.name} still ran after 20 s (a pipe read?)")
    return run, time.monotonic() - started


@pytest.fixture
def spec_folder(tmp_path: Path) -> Path:
    """`tmp/spec/` holds the spec; `tmp/outside.yaml` (a schema with a secret enum) is beside it."""
    (tmp_path / "outside.yaml").write_text(
        f"type: string\nenum: [{SECRET}]\nx: {{type: string, enum: [{SECRET}]}}\n",
        encoding="utf-8",
    )
    folder = tmp_path / "spec"
    folder.mkdir()
    return folder


_OUTSIDE_REFS = {
    "absolute path": "@TMP@/outside.yaml",
    "absolute system file": "/etc/passwd",
    "parent folder": "../outside.yaml",
    "parent folder, percent-encoded": "%2E%2E/outside.yaml",
    "down then up": "sub/../../outside.yaml#/x",
    "symbolic link": "link.yaml",
    "symbolic link to a device": "zero.yaml",
    "device": "/dev/zero",
    "proc": "/proc/self/environ",
}


@pytest.mark.parametrize("case", sorted(_OUTSIDE_REFS))
def test_a_ref_cannot_leave_the_spec_folder(case: str, spec_folder: Path) -> None:
    (spec_folder / "link.yaml").symlink_to(spec_folder.parent / "outside.yaml")
    (spec_folder / "zero.yaml").symlink_to("/dev/zero")
    (spec_folder / "sub").mkdir()
    ref = _OUTSIDE_REFS[case].replace("@TMP@", str(spec_folder.parent))
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_ref_spec(ref), indent=1), encoding="utf-8")
    out = spec_folder.parent / "out"
    run, elapsed = _run_cli(spec_path, out)
    assert run.returncode == 1, run.stderr
    message = run.stderr.strip()
    assert message.startswith(f"error: {spec_path}:") and len(message.splitlines()) == 1, message
    assert f"$ref {ref!r}" in message and "outside the spec's folder" in message, message
    assert "(at /paths/~1things/get/responses/200/content/application~1json/schema" in message
    assert SECRET not in message and "root:" not in message
    assert not out.exists()
    assert elapsed < 5, f"{elapsed:.1f} s"


def test_spec_root_widens_the_folder_refs_may_read(spec_folder: Path) -> None:
    (spec_folder / "link.yaml").symlink_to(spec_folder.parent / "outside.yaml")
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_ref_spec("link.yaml")), encoding="utf-8")
    run, _ = _run_cli(spec_path, spec_folder.parent / "out", "--spec-root", str(spec_folder.parent))
    assert run.returncode == 0, run.stderr
    run, _ = _run_cli(
        spec_path, spec_folder.parent / "out2", "--spec-root", str(spec_folder / "sub")
    )
    assert run.returncode == 2 and "is not inside --spec-root" in run.stderr, run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_ref_to_a_pipe_inside_the_folder_fails_at_once(spec_folder: Path) -> None:
    os.mkfifo(spec_folder / "pipe.yaml")  # opening it for reading would wait for a writer
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_ref_spec("pipe.yaml")), encoding="utf-8")
    run, elapsed = _run_cli(spec_path, spec_folder.parent / "out")
    assert run.returncode == 1
    assert "$ref 'pipe.yaml' cannot be loaded" in run.stderr and "not a regular file" in run.stderr
    assert elapsed < 5


def test_the_spec_itself_is_read_with_a_hard_limit(tmp_path: Path) -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero")
    run, elapsed = _run_cli(zero, tmp_path / "out")  # endless, and its reported size is 0
    assert run.returncode == 1
    assert "larger than 67,108,864 bytes, the limit" in run.stderr, run.stderr
    assert elapsed < 10


def test_a_file_that_fails_to_load_is_named_not_shown(spec_folder: Path) -> None:
    (spec_folder / "broken.yaml").write_text(
        f"password: {SECRET}\nlist: [unclosed, {SECRET}\n", encoding="utf-8"
    )
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_ref_spec("broken.yaml#/x"), indent=1), encoding="utf-8")
    run, _ = _run_cli(spec_path, spec_folder.parent / "out")
    assert run.returncode == 1
    assert "$ref 'broken.yaml#/x' cannot be loaded" in run.stderr, run.stderr
    assert "broken.yaml:" in run.stderr and "invalid YAML" in run.stderr
    assert SECRET not in run.stderr


def test_refs_inside_extensions_are_left_alone(spec_folder: Path) -> None:
    if hasattr(os, "mkfifo"):
        os.mkfifo(spec_folder / "pipe.yaml")
    spec = _ref_spec(
        "#/components/schemas/Thing",
        {"x-tagGroups": [{"$ref": "pipe.yaml"}], "x-dangling": {"$ref": "#/nowhere"}},
    )
    spec["info"]["x-logo"] = {"$ref": "/etc/passwd"}
    spec["paths"]["/things"]["get"]["x-codeSamples"] = {"$ref": "missing.yaml#/a"}
    thing = spec["components"]["schemas"]["Thing"]
    thing["x-ref"] = {"$ref": "../outside.yaml"}
    thing["properties"]["x-name"] = {"$ref": "#/components/schemas/Name"}  # a property: followed
    spec["components"]["schemas"]["Name"] = {"type": "string", "enum": ["n"]}
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    generated = generate(spec_path)
    thing_model = next(t for t in generated.api.object_types if t.name == "Thing")
    assert "x-name" in {f.wire_name for f in thing_model.fields}
    assert not any(SECRET in text or "root:" in text for text in generated.files.values())


def test_the_document_limit_stops_a_spec_of_many_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refs, "MAX_DOCUMENTS", 20)
    schemas = {f"S{i}": {"$ref": f"s{i}.json"} for i in range(30)}
    for i in range(30):
        (tmp_path / f"s{i}.json").write_text('{"type": "string"}', encoding="utf-8")
    spec = {"openapi": "3.0.3", "info": {"title": "Many", "version": "1"}, "paths": {}}
    spec["components"] = {"schemas": schemas}
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(GeneratorError, match="more than 20 files are referenced") as info:
        generate(spec_path)
    assert info.value.location is not None and info.value.location.file == str(spec_path)


FIELD_SPECS = Path(os.environ.get("SDK_FIELD_SPECS", "/work/shared/field-specs"))
DIGITALOCEAN = FIELD_SPECS / "digitalocean" / "DigitalOcean-public.v2.yaml"


@pytest.mark.skipif(not DIGITALOCEAN.exists(), reason="the field corpus is not here")
def test_a_real_multi_file_spec_stays_far_below_the_document_limit() -> None:
    resolver = refs.Resolver(load_document(DIGITALOCEAN))
    resolver.check_all()  # every $ref outside extensions: none leaves the folder
    loaded = len(resolver._documents)
    # Over the old limit of 500 files; with the refs in `x-codeSamples` too, 2,850.
    assert 500 < loaded < refs.MAX_DOCUMENTS / 3, loaded


def test_the_validator_reads_other_files_only_through_the_resolver(spec_folder: Path) -> None:
    (spec_folder / "other.yaml").write_text("type: string\n", encoding="utf-8")
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_ref_spec("other.yaml")), encoding="utf-8")
    document = load_document(spec_path)
    resolver = refs.Resolver(document)
    documents = validate._ResolverDocuments(resolver)
    assert "ftp" in documents  # every scheme is claimed: none falls back to urlopen
    with pytest.raises(GeneratorError, match="remote"):
        documents["https"]("https://example.com/spec.yaml")
    with pytest.raises(GeneratorError, match="outside the spec's folder"):
        documents["file"]((spec_folder.parent / "outside.yaml").as_uri())
    validate.validate_document(document, resolver)
    assert (spec_folder / "other.yaml").resolve() in resolver._documents
