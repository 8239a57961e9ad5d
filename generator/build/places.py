"""Where a schema stands in the spec, in words: the docstring of a class the spec describes not."""

from __future__ import annotations

from ..spec import pointer as jp
from ..spec.refs import Ref

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def describe(at: Ref, root_file_name: str) -> str:
    """`The `assets` field of the request body of `POST /v1/lip-sync`.` for a schema at `at`."""
    tokens = jp.split(at.pointer)
    base, rest = _base(tokens)
    if base is None:
        base = f"a schema of `{at.file.name}`" if at.file.name != root_file_name else "a schema"
        rest = tokens
    text = base
    index = 0
    while index < len(rest):
        token = rest[index]
        following = rest[index + 1] if index + 1 < len(rest) else ""
        if token == "properties" and following:
            text, index = f"the `{following}` field of {text}", index + 2
        elif token == "items":
            text, index = f"an item of {text}", index + 1
        elif token == "additionalProperties":
            text, index = f"a value of {text}", index + 1
        elif token in ("oneOf", "anyOf") and following.isdigit():
            text, index = f"option {int(following) + 1} of {text}", index + 2
        elif token == "allOf" and following.isdigit():
            text, index = f"part {int(following) + 1} of {text}", index + 2
        else:
            index += 1
    return text[:1].upper() + text[1:] + "."


def _base(tokens: list[str]) -> tuple[str | None, list[str]]:
    """The named place a pointer starts at, and the tokens below it."""
    match tokens:
        case ["components", "schemas", name, *rest]:
            return f"the `{name}` schema", rest
        case ["components", "requestBodies", name, "content", _, "schema", *rest]:
            return f"the `{name}` request body", rest
        case ["components", "responses", name, "content", _, "schema", *rest]:
            return f"the `{name}` response", rest
        case ["paths", path, method, *rest] if method in _HTTP_METHODS:
            operation = f"`{method.upper()} {path}`"
            match rest:
                case ["requestBody", "content", _, "schema", *below]:
                    return f"the request body of {operation}", below
                case ["responses", status, "content", _, "schema", *below]:
                    return f"the {status} response of {operation}", below
                case ["parameters", _, "schema", *below]:
                    return f"a parameter of {operation}", below
            return None, tokens
        case ["webhooks", name, _, "requestBody", "content", _, "schema", *rest]:
            return f"the payload of the `{name}` webhook", rest
    return None, tokens
