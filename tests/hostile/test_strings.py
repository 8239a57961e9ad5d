"""Hostile spec strings (issue 6): clean errors, no code injection, every value on the wire.

A property test builds small specs whose every string (title, descriptions, summaries, enum
values, property and parameter names, defaults, examples, server URLs) is adversarial and checks
that the generator either refuses them with a clean `GeneratorError` or writes an SDK that
compiles, imports without running spec text (a canary), keeps every path inside the output
folder and sends every value over real HTTP exactly as the spec wrote it.
`test_named_hostile_spec` runs the same checks on hand-picked specs, one concern each.
(Each escaping filter on its own: tests/unit/emit/test_escape.py.)
"""

from __future__ import annotations

import json
import keyword
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from support.compat import tomllib
from support.hostile import CANARY, RUN, shown, thing_spec
from support.http_server import LocalServer, ScriptedResponse
from support.markdown import check_sdk_markdown

from generator.emit.format import FormatError
from generator.errors import GeneratorError
from generator.model.api import Api, ObjectType, Operation, TypeRef
from generator.output.write import MANIFEST, write_output
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[2]

# -- adversarial strings -------------------------------------------------------------------------

INJECTIONS = [
    RUN,
    f'"""+{RUN}+"""',
    f"'''+{RUN}+'''",
    f'"+{RUN}+"',
    f"'+{RUN}+'",
    f'\\"+{RUN}+\\"',
    f"\\'+{RUN}+\\'",
    f'"""\n{RUN}\n"""',
    f"'''\n{RUN}\n'''",
    f"\n{RUN}\n",
    f"\r{RUN}  #",
    f"\u2028{RUN}",
    f"\x85{RUN}",
    f"\\\n{RUN}",
    f"x = 1; {RUN}",
    f"open('{CANARY}', 'w')",
    f"`{RUN}`",
    f"{{{{ cycler.__init__.__globals__.os.system('touch {CANARY}') }}}}",
    f"{{% set x = cycler.__init__.__globals__.os.system('touch {CANARY}') %}}",
    f"{{{{ {RUN} }}}}",
    "{% raw %}{{ {% endraw %}",
    f"```python\n{RUN}\n```",
    f"\n```python\n{RUN}\n```\n",
    "```\nunclosed fence",
    f"<script>{RUN}</script>",
    "| a | b |\n|---|---|\n| c | d |",
    ']\n[tool.evil]\nx = "',
    '"\nevil = "x',
    f'{{"x": 1}}.__class__.__base__.__subclasses__() or {RUN}',
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
            try:
                project = tomllib.loads(text)["project"]
            except tomllib.TOMLDecodeError as error:
                pytest.fail(f"generated {path} is not TOML: {error}")
            assert shown(project["version"]) == shown(api.version)
            assert shown(project["description"]) == shown(f"Python SDK for the {api.api_phrase}")

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
    check_sdk_markdown(
        files, {resource.doc_path: len(resource.operations) for resource in api.all_resources()}
    )

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
            assert shown(_normalise_space(text)) in shown(
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


# -- the property test, and hand-picked specs ---------------------------------------------------


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


NAMED_SPECS = {
    "quotes and injections in every string": thing_spec(
        title=f'Evil """ API {RUN}',
        description=f'"""\n{RUN}\n"""',
        summary=f"'''{RUN}'''",
        query={"kind": [f'"""{RUN}"""', "a'b", 'c"d', "\\", "{{ x }}"]},
        body={"mode": [f"'+{RUN}+'", "\u2028", "\x00", "\r\n"]},
        response={"state": ["`", "|", "{% if %}"]},
        server=f"https://x.example/{RUN}",
    ),
    "query parameter named like a module the method uses": thing_spec(query={"typing": ["a", "b"]}),
    "body property named like a module the method uses": thing_spec(body={"typing": ["a"]}),
    "response properties named like builtins": thing_spec(
        response={"int": ["1"], "list": ["l"], "str": ["s"]}
    ),
    "title naming a standard library module": thing_spec(title="typing"),
    "title naming a runtime dependency": thing_spec(title="httpx"),
    "version with a line break": thing_spec(version="1.0\nX-Injected: yes"),
    "version closing a docstring": thing_spec(version=f'1"""\n{RUN}\n"""'),
    "title with DEL": thing_spec(title="a\x7fb"),
    "title that is a Windows device name": thing_spec(title="CON"),
    "schema named None": thing_spec(schema_name="None"),
    "title that is a keyword": thing_spec(title="class"),
    "title with a lone surrogate": thing_spec(title="a\ud800b"),
    "description holding a python code block": thing_spec(description=f"```python\n{RUN}\n```"),
    "description with an unclosed code fence": thing_spec(description="```\nnot closed"),
    "names differing only in case": thing_spec(
        query={"Kind": ["A", "a"], "kind": ["a", "A"]},
        body={"Mode": ["x"], "mode": ["X"]},
        response={"State": ["s"], "state": ["S"]},
        schema_name="thing",
    ),
    "keywords and reserved names": thing_spec(
        query={"class": ["None"], "self": ["True"], "request_options": ["x"]},
        body={"def": ["lambda"], "model_config": ["x"]},
        response={"model_config": ["x"], "json": ["j"], "schema": ["s"]},
        schema_name="CON",
    ),
    "very long strings": thing_spec(
        title="T" * 3000,
        summary='"' * 2500,
        query={"q" * 2500: ["v" * 2500, "\\" * 2001]},
        response={"r" * 2500: ["'" * 2500]},
    ),
}


@pytest.mark.parametrize("case", sorted(NAMED_SPECS))
def test_named_hostile_spec(case: str) -> None:
    check_spec(NAMED_SPECS[case], "json")  # the property test covers YAML too
