"""Every name the generator makes, from spec strings to Python identifiers, modules and classes.

One module so that a naming rule changes in one place. Spec strings are untrusted: whatever they
hold, the results here are ASCII identifiers of bounded length that are not keywords, so they are
also safe as file and folder names (no separators, no dots, no reserved device names).
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import unicodedata
from collections.abc import Container, Iterable

MAX_IDENTIFIER = 80

# HTTP verb → method name; GET is `get` on an item (path ends in a parameter) and `list` otherwise.
_VERB_METHODS = {
    "post": "create",
    "put": "update",
    "patch": "update",
    "delete": "delete",
    "head": "head",
    "options": "options",
    "trace": "trace",
}

# Names a generated class already uses for itself; a spec name equal to one gets a trailing `_`.
# Names a method's body uses: an argument called `typing` would shadow the module it needs.
RESERVED_METHOD_ARGS = frozenset(
    {
        "self",
        # shadows the builtin in the method; `type_`, as other Python SDKs spell it too
        "type",
        "request_options",
        "result",
        "typing",
        "functools",
        "datetime",
        "pydantic",
        "models",
        "params",
        "discriminate_by",
        "credential",
    }
)
RESERVED_RESOURCE_ATTRS = frozenset(
    {"with_raw_response", "with_streaming_response", "with_options", "close", "aclose"}
)
# The attributes of the models' base (pydantic.BaseModel and the runtime's SDKModel): a field
# with one of these names would shadow it.
RESERVED_MODEL_FIELDS = frozenset(
    {
        # a builtin the class body would shadow; `type_`, as other Python SDKs spell it too
        "type",
        # the modules a model's annotations name
        "typing",
        "datetime",
        "pydantic",
        "construct",
        "copy",
        "dict",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "from_orm",
        "fields",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        # the runtime's SDKModel (runtime/models.py)
        "to_dict",
        "to_json",
    }
)
# Windows device names cannot be file names in any case, with any extension.
_RESERVED_FILE_STEMS = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
# Python's hard keywords, written out so that names do not change with the Python running us.
_KEYWORDS = frozenset(
    {
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    }
)


# An acronym's plural (`APIs`, `URLs`, `IDs`): capitals, then an `s` that does not start a word.
_ACRONYM_PLURAL = re.compile(r"([A-Z]{2,})s(?![a-z])")


def words(text: str) -> list[str]:
    """Split any spec string into lower-case ASCII words: camelCase, kebab, snake, spaces.

    An acronym's plural is one word: `listAPIsV2` → list, apis, v2 (not `ap`, `is`).
    """
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """`words`, remembered: a large spec names the same things tens of thousands of times."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _ACRONYM_PLURAL.sub(lambda m: f" {m.group(1).lower()}s ", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return tuple(word.lower() for word in re.split(r"[^A-Za-z0-9]+", text) if word)


def _bounded(name: str, source: str) -> str:
    """Cut an over-long name, keeping it unique with a short hash of the full source."""
    if len(name) <= MAX_IDENTIFIER:
        return name
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return name[: MAX_IDENTIFIER - 9].rstrip("_") + "_" + digest


def snake(text: str, *, fallback: str = "value") -> str:
    """A safe snake_case identifier: `lip-sync` → `lip_sync`, `class` → `class_`, `2fa` → `n_2fa`."""
    name = "_".join(words(text)) or fallback
    if name[0].isdigit():
        name = f"n_{name}"
    name = _bounded(name, text)
    if name in _KEYWORDS:
        name += "_"
    return name


def pascal(text: str, *, fallback: str = "Model") -> str:
    """A safe PascalCase class name: `lip-sync` → `LipSync`, `2fa` → `N2fa`."""
    name = "".join(word[:1].upper() + word[1:] for word in words(text)) or fallback
    if name[0].isdigit():
        name = f"N{name}"
    name = _bounded(name, text)
    return f"{name}_" if name in _KEYWORDS else name  # `None`, `True`, `False`


def constant(text: str, *, fallback: str = "VALUE") -> str:
    """An UPPER_SNAKE name for enum members and environment variables."""
    return snake(text, fallback=fallback.lower()).rstrip("_").upper() or fallback


def module_name(class_name: str) -> str:
    """The module (file) stem for a class: `V1LipSyncCreateResponse` → `v1_lip_sync_create_response`."""
    name = snake(class_name)
    if name.rstrip("_") in _RESERVED_FILE_STEMS:
        name = f"{name.rstrip('_')}_type"
    return name


def method_name(http_method: str, path: str) -> str:
    """The method a verb becomes on its resource (`POST` → `create`, `GET /x/{id}` → `get`)."""
    verb = http_method.lower()
    if verb == "get":
        return "get" if path.rstrip("/").endswith("}") else "list"
    return _VERB_METHODS.get(verb, snake(verb))


def resource_segments(path: str) -> list[str]:
    """The resource path of an operation: path segments that are not parameters."""
    segments = []
    for segment in path.strip("/").split("/"):
        if not segment or ("{" in segment and "}" in segment):
            continue
        segments.append(segment)
    return segments


# A package must not shadow what it imports, nor Python's own modules, nor be unwritable.
_TAKEN_PACKAGES = frozenset(
    {
        *sys.stdlib_module_names,
        "distutils",
        "asynchat",
        "asyncore",
        "imp",
        "smtpd",
        "httpx",
        "pydantic",
        "pydantic_core",
        "typing_extensions",
        "anyio",
        "h11",
        "httpcore",
        "certifi",
        "idna",
        "sniffio",
        "annotated_types",
        "typing_inspection",
    }
)


def package_name(title: str) -> str:
    """The import name made from the API's title when none is configured; always usable.

    A trailing "API" is dropped: `Magic Hour API` → `magic_hour`, as the SDK of `Magic Hour`.
    """
    title_words = words(title)
    while len(title_words) > 1 and title_words[-1] in ("api", "apis"):
        title_words.pop()
    name = snake(" ".join(title_words), fallback="api_client").rstrip("_") or "api_client"
    if package_problem(name) is not None:
        name = f"{name}_sdk"
    return name


def package_problem(name: str) -> str | None:
    """Why `name` cannot be an SDK's import name, or None when it can."""
    if not name:
        return "it is empty"
    if "." in name or "/" in name or "\\" in name:
        return "it must be one plain name, not a dotted or path-like one"
    if not (name.isascii() and name.isidentifier()):
        return "it is not a Python identifier (letters, digits and _, not starting with a digit)"
    if name in _KEYWORDS:
        return "it is a Python keyword"
    if name.lower() in _TAKEN_PACKAGES or name.lower() in _RESERVED_FILE_STEMS:
        return "it would shadow a module of that name (Python's own, or one the SDK imports)"
    return None


def api_phrase(title: str) -> str:
    """How prose names the API: `Magic Hour` → `Magic Hour API`; `Magic Hour API` stays."""
    stripped = title.strip()
    return stripped if stripped.lower().split()[-1:] == ["api"] else f"{stripped} API"


def user_agent(distribution: str, version: str) -> str:
    """`magic-hour-python/0.1.0`: only visible ASCII can go in a header."""
    clean = re.sub(r"[^!-~]", "", version) or "0"
    return f"{distribution}-python/{clean}"


def distribution_name(package: str) -> str:
    return package.replace("_", "-")


def error_base_name(package: str) -> str:
    """The SDK's own name for its base exception, from the package (never from prose fields such
    as the title, which change without the API changing): `magic_hour` → `MagicHourError`."""
    return pascal(package, fallback="Api") + "Error"


def client_names(class_name: str) -> tuple[str, str]:
    """A client class and its asynchronous twin: `LipSyncClient`, `AsyncLipSyncClient`."""
    return class_name, f"Async{class_name}"


def raw_response_names(class_names: tuple[str, str]) -> tuple[str, str]:
    """The classes whose methods return raw responses: `LipSyncClientWithRawResponse`, …"""
    return (f"{class_names[0]}WithRawResponse", f"{class_names[1]}WithRawResponse")


def streaming_response_names(class_names: tuple[str, str]) -> tuple[str, str]:
    """The classes whose methods stream responses: `LipSyncClientWithStreamingResponse`, …"""
    return (f"{class_names[0]}WithStreamingResponse", f"{class_names[1]}WithStreamingResponse")


def twin_names(class_names: tuple[str, str]) -> tuple[str, ...]:
    """Every class a resource's module defines beside its clients."""
    return (*raw_response_names(class_names), *streaming_response_names(class_names))


def accessor(path: tuple[str, ...]) -> str:
    """How a caller reaches a resource: ("v1", "lip_sync") → `client.v1.lip_sync`."""
    return ".".join(["client", *path])


def resource_module(package: str, path: tuple[str, ...]) -> str:
    """The module of a resource's clients: `magic_hour.resources.v1.lip_sync.client`."""
    return ".".join([package, "resources", *path, "client"])


def resource_doc_path(package: str, path: tuple[str, ...]) -> str:
    """A resource's reference page: `magic_hour/resources/v1/lip_sync/README.md`."""
    return "/".join([package, "resources", *path, "README.md"])


def type_path(package: str, flavour: str, module: str) -> str:
    """The file of a generated class: `magic_hour/types/models/v1_lip_sync_create_response.py`."""
    return f"{package}/types/{flavour}/{module}.py"


def type_name(*parts: str) -> str:
    """A class name built from its place: ("v1", "lip-sync", "create", "body") → V1LipSyncCreateBody."""
    return pascal(" ".join(parts))


def unique(
    names: Iterable[str], taken: Iterable[str] = (), *, fold_case: bool = False
) -> list[str]:
    """Make names unique in order, appending `_2`, `_3`… (PascalCase names get `2`, `3`…).

    With fold_case, names that differ only in case collide too (they would be the same file on a
    case-insensitive file system).
    """

    def key(name: str) -> str:
        return name.lower() if fold_case else name

    used = {key(name) for name in taken}
    result = []
    for name in names:
        candidate, counter = name, 1
        while key(candidate) in used:
            counter += 1
            candidate = f"{name}{_separator(name)}{counter}"
        used.add(key(candidate))
        result.append(candidate)
    return result


def _separator(name: str) -> str:
    """What goes before a counter: nothing after a PascalCase name (`Pet2`), else `_`
    (`pet_2`, `PRODUCTION_2`, `Error404_2`: a counter run into an UPPER or snake name, or into
    a number, reads as part of it)."""
    pascal = name[:1].isupper() and not name.isupper()
    return "" if pascal and not name[-1:].isdigit() else "_"


def first_free(name: str, used_lower: Container[str]) -> str:
    """`name`, or `name2`, `name3`… : the first whose lower case is not in `used_lower`.

    The same rule as `unique(..., fold_case=True)`, against a set the caller keeps up to date,
    so that naming thousands of classes stays linear.
    """
    candidate, counter = name, 1
    while candidate.lower() in used_lower:
        counter += 1
        candidate = f"{name}{_separator(name)}{counter}"
    return candidate


def field_name(wire_name: str, *, reserved: frozenset[str] = frozenset()) -> str:
    """A property or argument name for a wire name; the wire name itself is kept for the wire."""
    name = snake(wire_name, fallback="field")
    if name in reserved:
        name += "_"
    return name


def env_var(prefix: str, credential: str) -> str:
    return f"{prefix}_{credential.upper()}"


# What `Client(...)` and its methods' bodies already name: a credential argument must not be one.
RESERVED_CLIENT_ARGS = frozenset(
    {
        "self",
        "cls",
        "environment",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "default_query",
        "max_response_bytes",
        "http_client",
        "httpx_client",
        "auth",  # with_options' local variable
        "credential",  # the runtime function `_auth` calls
        "os",  # the module `__init__` reads the environment with
    }
)


def credential_arguments(
    wanted: dict[str, tuple[str, ...]], env_prefix: str
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per security scheme key, its `Client(...)` credential arguments and their environment
    variables, all distinct.

    `wanted` holds each scheme's natural names (`("token",)`, `("username", "password")`).
    A scheme keeps them when no other scheme wants the same; otherwise its names are made from
    its key (`github` → `github`, `github_username`). Keys that still meet (`api-key`,
    `api_key` both give `api_key`) are told apart by a counter, in key order: `api_key`,
    `api_key_2`. `token` reads the variable `<PREFIX>_API_TOKEN`; every other name its own.
    """
    counts: dict[str, int] = {}
    for names in wanted.values():
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    chosen: dict[str, tuple[str, ...]] = {}
    for key in sorted(wanted):
        names = wanted[key]
        if any(counts[name] > 1 for name in names):
            base = snake(key, fallback="auth")
            names = (base,) if len(names) == 1 else tuple(f"{base}_{name}" for name in names)
        chosen[key] = names
    flat = [name for key in sorted(chosen) for name in chosen[key]]
    distinct = iter(unique(flat, taken=RESERVED_CLIENT_ARGS))
    arguments = {key: tuple(next(distinct) for _ in chosen[key]) for key in sorted(chosen)}
    flat_arguments = [name for key in sorted(arguments) for name in arguments[key]]
    env_names = [env_var(env_prefix, "api_token" if n == "token" else n) for n in flat_arguments]
    env_vars = iter(unique(env_names, taken=[env_var(env_prefix, "base_url")]))
    return {key: (names, tuple(next(env_vars) for _ in names)) for key, names in arguments.items()}


def is_identifier(text: str) -> bool:
    """Whether `text` can be written as a Python name as it is (for TypedDict class syntax)."""
    return text.isascii() and text.isidentifier() and text not in _KEYWORDS
