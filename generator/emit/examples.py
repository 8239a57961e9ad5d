"""Runnable code examples: a call of each operation, and the README's samples.

Arguments are the spec's examples where it gives them, else values built from their types.
"""

from __future__ import annotations

from typing import Any

from ..model.api import Api, Operation, Parameter, Resource, SecurityScheme, TypeRef
from . import escape
from .flavours import ASYNC, SYNC, Flavour


def example_code(api: Api, resource: Resource, op: Operation, flavour: Flavour) -> str:
    """A runnable call of `op`, with the spec's examples (or typed samples) as arguments."""
    lines = [
        f"from {api.package} import {api.client_names[flavour.index]}",
        "from os import getenv",
        "",
        client_line(api, op, flavour),
        f"res = {flavour.await_keyword}{call_expression(resource, op, api)}",
    ]
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
    resource: Resource, op: Operation, api: Api, *, raw: bool = False, extra: tuple[str, ...] = ()
) -> str:
    """`client.v1.lip_sync.create(assets=…, …)` with example arguments."""
    call_arguments = [
        f"{p.python_name}={escape.py_literal(_example_value(api, p))}"
        for p in op.parameters
        if p.required or p.required_in_body or p.has_example
    ]
    accessor = ".".join([resource.accessor, *(["with_raw_response"] if raw else []), op.method])
    return f"{accessor}({', '.join([*call_arguments, *extra])})"


def _example_schemes(api: Api, op: Operation) -> list[SecurityScheme]:
    for alternative in op.security:
        if alternative:
            return [s for s in api.security_schemes if s.key in alternative]
    return []


def _example_value(api: Api, parameter: Parameter) -> Any:
    if parameter.type.kind in ("file", "bytes"):
        return b"example file content"  # a file argument takes bytes, whatever the spec shows
    if parameter.type.kind == "list" and parameter.type.items[0].kind == "file":
        return [b"example file content"]
    if parameter.has_example:
        return parameter.example
    return sample_value(api, parameter.type, depth=0)


def sample_value(api: Api, type_ref: TypeRef, depth: int, flavour: str = "params") -> Any:
    """A value of `type_ref` for examples when the spec gives none: an object holds its fields
    with an example and its required ones."""
    kind = type_ref.kind
    if kind == "literal":
        return type_ref.literals[0]
    if kind == "int":
        return 1
    if kind == "float":
        return 1.0
    if kind == "bool":
        return True
    if kind == "datetime":
        return "2024-01-01T00:00:00Z"
    if kind == "date":
        return "2024-01-01"
    if kind == "uuid":
        return "00000000-0000-0000-0000-000000000000"
    if kind == "list":
        return [sample_value(api, type_ref.items[0], depth + 1, flavour)] if depth < 4 else []
    if kind == "union":
        value = sample_value(api, type_ref.items[0], depth + 1, flavour)
        if type_ref.discriminator and isinstance(value, dict):
            # The property that tells the options apart says which one this value is.
            value = {**value, type_ref.discriminator: type_ref.tags[0][0]}
        return value
    if kind == "named" and depth < 4:
        for object_type in api.object_types:
            if object_type.flavour == flavour and object_type.name == type_ref.name:
                if object_type.alias is not None:  # a recursive type alias: a value of its type
                    return sample_value(api, object_type.alias, depth + 1, flavour)
                return {
                    f.wire_name: (
                        f.example
                        if f.has_example
                        else sample_value(api, f.type, depth + 1, flavour)
                    )
                    for f in object_type.fields
                    if f.required or f.has_example
                }
    if kind in ("dict", "named"):
        return {}
    if kind in ("any", "none"):
        return None
    return "string"


def response_example(api: Api, op: Operation) -> tuple[bool, Any]:
    """What a 2xx answer of `op` looks like: the spec's example, else one built from the
    response schema (every field with an example, every required field); (found, value)."""
    success = op.success
    if success.has_example:
        return True, success.example
    if success.type is None or success.kind != "json":
        return False, None
    return True, sample_value(api, success.type, depth=0, flavour="models")


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
