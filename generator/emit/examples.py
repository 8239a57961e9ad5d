"""Runnable code examples: a call of each operation, and the README's samples; the example
values the reference shows (arguments, object parameters as a whole, responses).

Values are the spec's examples where it gives them, else samples its schemas accept (see
`build/samples.py`), else placeholders of their types. An object holds its required fields and
the optional ones the spec exemplifies, as the conditions its descriptions state allow.
"""

from __future__ import annotations

import base64
import fnmatch
import posixpath
from dataclasses import dataclass
from typing import Any

from ..model.api import (
    Api,
    Condition,
    Field,
    Operation,
    Parameter,
    Resource,
    SecurityScheme,
    TypeRef,
)
from ..model.api import Flavour as TypeFlavour
from . import escape
from .flavours import ASYNC, SYNC, Flavour


def example_code(api: Api, resource: Resource, op: Operation, flavour: Flavour) -> str:
    """A runnable call of `op`, with the spec's examples (or typed samples) as arguments."""
    return _program(api, op, flavour, call_expression(resource, op, api))


def _program(api: Api, op: Operation, flavour: Flavour, call: str) -> str:
    """A snippet that builds the client `op` needs and assigns the result of `call` to `res`."""
    lines = [
        f"from {api.package} import {api.client_names[flavour.index]}",
        "from os import getenv",
        "",
        client_line(api, op, flavour),
        f"res = {flavour.await_keyword}{call}",
    ]
    if op.pagination is not None:
        # `res` is the first page; the loop fetches the next ones as it reaches them.
        lines += [f"{'async for' if flavour.is_async else 'for'} item in res:", "    print(item)"]
    return "\n".join(lines) + "\n"


def client_line(api: Api, op: Operation | None, flavour: Flavour, *extra: str) -> str:
    """`client = Client(token=getenv("…"))` with the credentials `op` needs."""
    schemes = _example_schemes(api, op) if op is not None else list(api.security_schemes[:1])
    auth_arguments = [
        f"{name}=getenv({escape.py_str(env)})"
        for scheme in schemes
        for name, env in zip(scheme.arguments, scheme.env_vars, strict=True)
    ]
    client = api.client_names[flavour.index]
    return f"client = {client}({', '.join([*auth_arguments, *extra])})"


def call_expression(
    resource: Resource,
    op: Operation,
    api: Api,
    *,
    raw: bool = False,
    extra: tuple[str, ...] = (),
    twin: str = "",
) -> str:
    """`client.v1.lip_sync.create(assets=…, …)` with example arguments; through `twin`
    (`with_raw_response`, `with_streaming_response`) when given."""
    values = arguments_example(api, op)
    call_arguments = [
        f"{p.python_name}={escape.py_literal(as_argument(api, p.type, values[p.python_name]))}"
        for p in op.parameters
        if p.python_name in values
    ]
    via = "with_raw_response" if raw else twin
    accessor = ".".join([resource.accessor, *([via] if via else []), op.method])
    return f"{accessor}({', '.join([*call_arguments, *extra])})"


def workflow_example_code(api: Api, resource: Resource, op: Operation, flavour: Flavour) -> str:
    """A runnable call of `op`'s `generate()`: `create`'s example arguments, with local files
    (named after the spec's examples) in the fields that take files."""
    assert op.job is not None, "only an operation with a workflow has generate()"
    uploaders = [r.uploader for r in api.all_resources() if r.uploader is not None]
    arguments = []
    types = {p.python_name: p.type for p in op.parameters}
    for name, value in arguments_example(api, op).items():
        value = as_argument(api, types[name], value)
        if uploaders and name in op.job.upload_arguments:
            value = _local_files(value, uploaders[0].file_fields, "")
        arguments.append(f"{name}={escape.py_literal(value)}")
    arguments += [
        "wait_for_completion=True",
        "download_outputs=True",
        f"download_directory={escape.py_literal(WORKFLOW_DOWNLOADS)}",
    ]
    return _program(
        api, op, flavour, f"{resource.accessor}.{op.job.method}({', '.join(arguments)})"
    )


# Where the workflow examples save the outputs they download.
WORKFLOW_DOWNLOADS = "outputs"


def _local_files(value: Any, patterns: tuple[str, ...], name: str) -> Any:
    """`value` with each file field's path (`api-assets/id/1234.mp4`) made a local file's
    (`1234.mp4`), as a user of `generate()` passes them."""
    if isinstance(value, dict):
        return {key: _local_files(item, patterns, str(key)) for key, item in value.items()}
    if isinstance(value, list):
        return [_local_files(item, patterns, name) for item in value]
    if isinstance(value, str) and any(fnmatch.fnmatchcase(name, p) for p in patterns):
        return posixpath.basename(value) or value
    return value


def _example_schemes(api: Api, op: Operation) -> list[SecurityScheme]:
    for alternative in op.security:
        if alternative:
            return [s for s in api.security_schemes if s.key in alternative]
    return []


def arguments_example(api: Api, op: Operation) -> dict[str, Any]:
    """The arguments an example call of `op` passes, by Python name: the required ones, and the
    optional ones the spec gives an example of (or of something inside them), as far as the
    conditions between them allow (see `build/conditions.py`)."""
    return _composed(api, [_Member.of_parameter(p) for p in op.parameters], 0, "params")[0]


def parameter_example(api: Api, parameter: Parameter) -> tuple[bool, Any]:
    """What the reference shows in a parameter's Example column: its example, else for an object
    (or a list of them) the value composed of its fields' examples; (found, value)."""
    if parameter.has_example:
        return True, parameter.example
    value, shown = _value_of(api, parameter.type, 0, "params")
    return shown, value


def field_example(api: Api, field: Field, flavour: TypeFlavour = "params") -> tuple[bool, Any]:
    """As `parameter_example`, for a property of an object."""
    if field.has_example:
        return True, field.example
    value, shown = _value_of(api, field.type, 0, flavour)
    return shown, value


def response_example(api: Api, op: Operation) -> tuple[bool, Any]:
    """What a 2xx answer of `op` looks like: the spec's example, else one built from the
    response schema (every field with an example, every required field); (found, value)."""
    success = op.success
    if success.has_example:
        return True, success.example
    if success.type is None or success.kind != "json":
        return False, None
    value, _ = _value_of(api, success.type, 0, "models")
    return True, value


def as_argument(api: Api, type_ref: TypeRef, value: Any) -> Any:
    """An example value as the wire shows it (JSON), as a call passes it: `format: byte` text
    decoded to the bytes the SDK encodes again."""
    kind = type_ref.kind
    if kind == "base64" and isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:  # not base64 after all: bytes of the argument's type all the same
            return _EXAMPLE_BYTES
    if kind == "list" and isinstance(value, list):
        return [as_argument(api, type_ref.items[0], item) for item in value]
    if kind == "union":
        present = [item for item in type_ref.items if item.kind != "none"]
        return as_argument(api, present[0], value) if len(present) == 1 else value
    object_type = api.object_type("params", type_ref.name) if kind == "named" else None
    if object_type is not None and object_type.alias is None and isinstance(value, dict):
        fields = {f.wire_name: f.type for f in object_type.fields}
        return {k: as_argument(api, fields[k], v) if k in fields else v for k, v in value.items()}
    return value


_EXAMPLE_BYTES = b"example bytes"


# How deep an example takes the optional members the spec exemplifies: docs stay short. Required
# members go as deep as the type does (a value without them is refused), up to a type that
# repeats on the way (a recursive type) or `_MAX_REQUIRED_DEPTH`, against hostile specs.
_MAX_DEPTH = 4
_MAX_REQUIRED_DEPTH = 32


@dataclass(frozen=True)
class _Member:
    """A field of an object, or an argument of a call: what composing an example reads."""

    key: str  # where the value goes: the wire name of a field, the Python name of an argument
    wire_name: str
    required: bool
    has_example: bool
    example: Any
    has_sample: bool
    sample: Any
    type: TypeRef
    condition: Condition | None
    one_needed_of: tuple[str, ...]  # of its own fields, at least one goes in
    left_out: bool = False  # by the spec's example of the whole request body

    @classmethod
    def of_field(cls, f: Field) -> _Member:
        return cls(
            f.wire_name, f.wire_name, f.required, f.has_example, f.example,
            f.has_sample, f.sample, f.type, f.condition, f.one_needed_of,
        )  # fmt: skip

    @classmethod
    def of_parameter(cls, p: Parameter) -> _Member:
        example = p.example
        if p.type.kind in ("file", "bytes"):  # a file argument takes bytes, whatever the spec shows
            example = _FILE_CONTENT
        elif p.type.kind == "list" and p.type.items[0].kind == "file":
            example = [_FILE_CONTENT]
        return cls(
            p.python_name, p.wire_name, p.required or p.required_in_body, p.has_example, example,
            p.has_sample, p.sample, p.type, p.condition, p.one_needed_of, p.left_out_of_example,
        )  # fmt: skip


_FILE_CONTENT = b"example file content"


def _composed(
    api: Api,
    members: list[_Member],
    depth: int,
    flavour: TypeFlavour,
    one_needed: tuple[str, ...] = (),
    within: tuple[str, ...] = (),
) -> tuple[dict[str, Any], bool]:
    """An object's example, by key, and whether it holds an example of the spec's: its required
    members, and its optional ones that hold an example (down to `_MAX_DEPTH`); a member is
    added when a sibling's value requires it, and left out when the sibling's value rules it
    out; one of `one_needed` goes in at least. `within`: the named types being composed."""
    chosen: dict[str, Any] = {}
    values: dict[str, tuple[Any, bool]] = {}
    by_key = {member.key: member for member in members}

    def value(key: str) -> tuple[Any, bool]:  # computed once, when needed
        if key not in values:
            values[key] = _member_value(api, by_key[key], depth, flavour, within)
        return values[key]

    for member in members:
        optional_shown = member.has_example or (depth + 1 < _MAX_DEPTH and value(member.key)[1])
        if member.required or optional_shown:
            chosen[member.key] = value(member.key)[0]
    key_of = {member.wire_name: member.key for member in members}
    for member in members:
        condition = member.condition
        if condition is None or member.required:
            continue
        sibling = key_of.get(condition.sibling, "")
        if sibling in chosen and chosen[sibling] in condition.values:
            if condition.required:
                chosen.setdefault(member.key, value(member.key)[0])
        else:
            chosen.pop(member.key, None)
    needed = [m.key for m in members if m.wire_name in one_needed]
    if needed and not any(key in chosen for key in needed):
        chosen[needed[0]] = value(needed[0])[0]
    exemplified = any(value(key)[1] for key in chosen)
    return {m.key: chosen[m.key] for m in members if m.key in chosen}, exemplified


def _member_value(
    api: Api, member: _Member, depth: int, flavour: TypeFlavour, within: tuple[str, ...]
) -> tuple[Any, bool]:
    """A member's value and whether the spec exemplifies it (it, or something inside it)."""
    if member.has_example:
        return member.example, True
    value, exemplified = _value_of(
        api, member.type, depth + 1, flavour, member.one_needed_of, within
    )
    exemplified = exemplified and not member.left_out
    if not exemplified and member.has_sample:
        return member.sample, False
    return value, exemplified


def _value_of(
    api: Api,
    type_ref: TypeRef,
    depth: int,
    flavour: TypeFlavour,
    one_needed: tuple[str, ...] = (),
    within: tuple[str, ...] = (),
) -> tuple[Any, bool]:
    """A value of `type_ref`, and whether it holds an example of the spec's: an object is composed
    of its fields (see `_composed`), with one of `one_needed` at least; a scalar is a placeholder
    of its type. A named type met again inside itself (`within`) stops there: `{}`, or `[]`
    for a list of it."""
    kind = type_ref.kind
    if kind == "list":
        item_type = type_ref.items[0]
        if depth >= _MAX_REQUIRED_DEPTH or (item_type.kind == "named" and item_type.name in within):
            return [], False
        item, exemplified = _value_of(api, item_type, depth + 1, flavour, one_needed, within)
        return [item], exemplified
    if kind == "union":
        # The option the build chose (one whose value no other option accepts), else the first.
        chosen = type_ref.example_option
        order = [chosen, *(i for i in range(len(type_ref.items)) if i != chosen)]
        for index in order:
            item = type_ref.items[index]
            if item.kind != "none":
                value, exemplified = _value_of(api, item, depth, flavour, one_needed, within)
                if type_ref.discriminator and isinstance(value, dict):
                    # The property that tells the options apart says which one this value is.
                    value = {**value, type_ref.discriminator: type_ref.tags[index][0]}
                return value, exemplified
        return None, False
    if kind == "named":
        object_type = api.object_type(flavour, type_ref.name)
        if object_type is None or depth >= _MAX_REQUIRED_DEPTH or type_ref.name in within:
            return {}, False
        within = (*within, type_ref.name)
        if object_type.alias is not None:  # a recursive type alias: a value of its type
            return _value_of(api, object_type.alias, depth + 1, flavour, (), within)
        members = [_Member.of_field(f) for f in object_type.fields]
        return _composed(api, members, depth, flavour, one_needed, within)
    return _PLACEHOLDERS.get(kind, "string") if kind != "literal" else type_ref.literals[0], False


_PLACEHOLDERS: dict[str, Any] = {
    "int": 1,
    "float": 1.0,
    "bool": True,
    "datetime": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "dict": {},
    "file": _FILE_CONTENT,
    "base64": base64.b64encode(_EXAMPLE_BYTES).decode(),  # as the wire (and the docs) show it
    "bytes": _FILE_CONTENT,
    "any": None,
    "none": None,
}


def featured_operation(api: Api) -> tuple[Resource, Operation] | None:
    """The operation the README's examples use: the first that takes arguments, else the first."""
    candidates = list(api.all_operations())
    with_arguments = [(r, op) for r, op in candidates if op.parameters]
    chosen = with_arguments or candidates
    return chosen[0] if chosen else None


def readme_examples(api: Api) -> dict[str, str]:
    """The README's code samples, built around one real operation so that the tests can run them."""
    featured = featured_operation(api)
    sync_client, async_client = api.client_names
    imports = f"from {api.package} import {sync_client}"
    if featured is None:
        call = "None  # this API has no operations"
        op = None
        raw_call = call
    else:
        resource, op = featured
        call = call_expression(resource, op, api)
        raw_call = call_expression(resource, op, api, raw=True)
    client = client_line(api, op, SYNC)
    head = f"{imports}\nfrom os import getenv\n\n{client}\n"
    async_arguments = client_line(api, op, ASYNC)
    async_arguments = async_arguments[async_arguments.index("(") + 1 : async_arguments.rindex(")")]
    return {
        "sync_example": head + f"res = {call}\nprint(res)\n",
        "async_example": (
            f"import asyncio\nfrom os import getenv\n\nfrom {api.package} import {async_client}\n\n\n"
            "async def main() -> None:\n"
            f"    async with {async_client}({async_arguments}) as client:\n"
            f"        res = await {call}\n"
            "        print(res)\n\n\n"
            "asyncio.run(main())\n"
        ),
        "errors_example": (
            f"from os import getenv\n\n"
            f"from {api.package} import APIConnectionError, APIStatusError, BadRequestError, "
            f"{sync_client}\n\n"
            f"{client}\n"
            "try:\n"
            f"    res = {call}\n"
            "except BadRequestError as error:\n"
            "    print('rejected:', error.status_code, error.body)\n"
            "except APIStatusError as error:\n"
            "    print('failed:', error.status_code, error.raw_body)\n"
            "except APIConnectionError as error:\n"
            "    print('unreachable:', error)\n"
        ),
        "retries_example": (
            f"{imports}\nfrom os import getenv\n\n{client_line(api, op, SYNC, 'max_retries=5')}\n"
            f"res = {call_with(call, _NO_RETRIES)}\n"
            "no_retries = client.with_options(max_retries=0)\n"
        ),
        "timeouts_example": (
            f"import httpx\n{imports}\nfrom os import getenv\n\n"
            f"{client_line(api, op, SYNC, 'timeout=httpx.Timeout(20.0, connect=5.0)')}\n"
            f"res = {call_with(call, _SHORT_TIMEOUT)}\n"
        ),
        "raw_example": (
            head + f"raw = {raw_call}\n"
            "print(raw.status_code, raw.headers.get('content-type'))\n"
            "res = raw.parse()\n"
        ),
        "logging_example": (
            "import logging\n\n"
            "logging.basicConfig()\n"
            f"logging.getLogger({escape.py_str(api.package)}).setLevel(logging.DEBUG)\n"
        ),
    }


_NO_RETRIES = 'request_options={"max_retries": 0}'
_SHORT_TIMEOUT = 'request_options={"timeout": 5.0}'


def call_with(call: str, argument: str) -> str:
    """Add one keyword argument to a call expression."""
    if "(" not in call:
        return call
    inner = call[call.index("(") + 1 : call.rindex(")")]
    return call[: call.index("(") + 1] + (f"{inner}, {argument}" if inner else argument) + ")"
