"""The provider's configuration: the names, version, metadata and defaults of the SDK.

Read from `openapi-python-sdk.toml` beside the spec, or from the `[tool.openapi-python-sdk]`
table of a `pyproject.toml` beside it (or one named with `--config`); command-line flags override
it. Every key is optional: what is not set comes from the spec (docs/guide.md lists each key and
its default). Unknown keys, wrong types and unusable names are errors that name the file and
line, raised before the spec is read.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.version import InvalidVersion, Version

from .errors import Location, UsageError
from .model import naming

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOOL = "openapi-python-sdk"
CONFIG_FILE = f"{TOOL}.toml"


class ConfigError(UsageError):
    """The configuration (file or flags) asks for something the generator cannot do."""


@dataclass(frozen=True)
class Author:
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class Uploads:
    """How local files become values the API accepts: upload URLs asked for, then a PUT."""

    operation: str  # the operation that hands out upload URLs: `POST /v1/files/upload-urls`
    file_fields: tuple[str, ...]  # body properties (glob patterns) that take files
    items: str = "items"  # the list of files in its request and its response
    extension: str = "extension"  # per request item: the file's extension
    kind: str = "type"  # per request item: the file's kind (image, video, audio)
    upload_url: str = "upload_url"  # per response item: where to PUT the bytes
    file_path: str = "file_path"  # per response item: the value to send instead of the file
    uploaded_prefix: str = ""  # a value with this prefix is already uploaded


@dataclass(frozen=True)
class Job:
    """Create operations whose result is waited for, and how."""

    result: str  # the operation that reports the result: `GET /v1/video-projects/{id}`
    tags: tuple[str, ...] = ()  # create operations (POST) with one of these tags
    operations: tuple[str, ...] = ()  # or named ones: `POST /v1/face-detection`
    id: str = "id"  # the create response's field that the result's path parameter takes
    status: str = "status"  # the result's field that says where the work is
    succeeded: tuple[str, ...] = ("complete",)
    failed: tuple[str, ...] = ("error", "canceled")
    outputs: str = ""  # where the result lists its files: `downloads[].url`


@dataclass(frozen=True)
class Workflows:
    uploads: Uploads | None = None
    jobs: tuple[Job, ...] = ()


# The keys of a pagination declaration (`[pagination."GET /things"]` or `x-pagination`), each
# with what it names; checked against the spec by build/pagination.py.
PAGINATION_KEYS = {
    "style": "one of cursor, next_id, offset, page, link",
    "parameter": "the query parameter that chooses the page",
    "items": "the response's list of items (a dotted path; left out: the body is the list)",
    "next": (
        "cursor: the response property with the next page's cursor;"
        " link: the one with the next page's URL (left out: the Link header)"
    ),
    "item-id": "next_id: the item property the next page starts after (default: id)",
    "has-more": "a response flag, true while more pages follow",
    "done": "a response flag, true on the last page",
    "total": "the response property counting the items of all pages",
    "total-pages": "the response property counting the pages",
    "first-page": "page: the number of the first page (default: the parameter's default, else 1)",
}


@dataclass(frozen=True)
class Config:
    """What the provider chose; None means "from the spec" (see build/project.py)."""

    package: str | None = None
    distribution: str | None = None
    version: str | None = None
    description: str | None = None
    license: str | None = None
    authors: tuple[Author, ...] | None = None
    urls: tuple[tuple[str, str], ...] | None = None
    classifiers: tuple[str, ...] | None = None
    env_prefix: str | None = None
    client_class: str | None = None
    async_client_class: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    workflows: Workflows | None = None
    environments: tuple[tuple[str, str], ...] | None = None  # (Environment member, URL)
    aliases: tuple[tuple[str, str], ...] | None = None  # (another name, exported name)
    # (`METHOD /path`, its pagination declaration, or False: not paginated)
    pagination: tuple[tuple[str, dict[str, str | int] | bool], ...] | None = None
    source: str = ""  # the file it was read from, for messages ("" when none)
    lines: Mapping[str, int] = field(default_factory=dict)  # dotted key → line in `source`

    def where(self, key: str) -> Location:
        """The place a (dotted) key was set: the file and the line of it or of its table."""
        probe = key
        while probe and probe not in self.lines:
            probe = probe.rpartition(".")[0]
        line = self.lines.get(probe) if probe else None
        return Location(self.source or "the command line", f"{TOOL}.{key}", line)


# -- names ---------------------------------------------------------------------------------------

_DISTRIBUTION = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
_ENV_PREFIX = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _class_problem(name: str) -> str | None:
    if not (name.isascii() and name.isidentifier()) or keyword.iskeyword(name):
        return "it is not a Python class name"
    return None


# -- reading -------------------------------------------------------------------------------------


# A key's check: the value to store, or ValueError with the rest of the message after the key.
_Check = Callable[[Any], Any]


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def _name(problem: Callable[[str], str | None]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _string(value)
        why = problem(text)
        if why is not None:
            raise ValueError(f"cannot be {text!r}: {why}")
        return text

    return check


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("must be a list of strings")
    return tuple(value)


def _authors(value: Any) -> tuple[Author, ...]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ValueError("must be a list of tables with `name` and/or `email`")
    authors = []
    for item in value:
        unknown = sorted(set(item) - {"name", "email"})
        if unknown or not item or not all(isinstance(v, str) for v in item.values()):
            raise ValueError("must be a list of tables with string `name` and/or `email` only")
        authors.append(Author(item.get("name", ""), item.get("email", "")))
    return tuple(authors)


def _urls(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError("must be a table of label = URL strings")
    return tuple(sorted(value.items()))


def _positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError("must be a number of seconds above 0")
    return float(value)


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("must be a whole number, 0 or more")
    return value


class _NestedError(ValueError):
    """A problem inside a table: the dotted path below the key, and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path


def _table(
    value: Any, fields: dict[str, Callable[[Any], Any]], required: tuple[str, ...]
) -> dict[str, Any]:
    """A TOML table checked key by key: {attribute: value}; kebab-case keys in the file."""
    if not isinstance(value, dict):
        raise ValueError("must be a table")
    result: dict[str, Any] = {}
    for key, item in value.items():
        attribute = key.replace("-", "_")
        if attribute not in fields:
            known = ", ".join(name.replace("_", "-") for name in fields)
            raise _NestedError(key, f"is not a known key (known keys: {known})")
        try:
            result[attribute] = fields[attribute](item)
        except _NestedError as inner:
            raise _NestedError(f"{key}.{inner.path}", str(inner)) from None
        except ValueError as why:
            raise _NestedError(key, _with_value(str(why), item)) from None
    for name in required:
        if name not in result:
            raise _NestedError(name.replace("_", "-"), "is required")
    return result


_OPERATION = re.compile(r"^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) /\S*$")


def _operation(value: Any) -> str:
    text = _string(value)
    if not _OPERATION.match(text):
        raise ValueError("must name an operation as `METHOD /path`, such as `POST /v1/files`")
    return text


def _operations(value: Any) -> tuple[str, ...]:
    return tuple(_operation(item) for item in _strings(value))


def _uploads(value: Any) -> Uploads:
    fields: dict[str, Callable[[Any], Any]] = {
        "operation": _operation,
        "file_fields": _strings,
        "items": _string,
        "extension": _string,
        "kind": _string,
        "upload_url": _string,
        "file_path": _string,
        "uploaded_prefix": _string,
    }
    return Uploads(**_table(value, fields, ("operation", "file_fields")))


def _jobs(value: Any) -> tuple[Job, ...]:
    if not isinstance(value, list):
        raise ValueError("must be an array of tables ([[workflows.jobs]])")
    fields: dict[str, Callable[[Any], Any]] = {
        "result": _operation,
        "tags": _strings,
        "operations": _operations,
        "id": _string,
        "status": _string,
        "succeeded": _strings,
        "failed": _strings,
        "outputs": _string,
    }
    jobs = []
    for index, item in enumerate(value):
        try:
            values = _table(item, fields, ("result",))
        except _NestedError as inner:
            raise _NestedError(f"{index}.{inner.path}", str(inner)) from None
        except ValueError as why:
            raise _NestedError(str(index), str(why)) from None
        if not values.get("tags") and not values.get("operations"):
            raise _NestedError(str(index), "needs `tags` or `operations`: which operations")
        jobs.append(Job(**values))
    return tuple(jobs)


_MEMBER = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _environments(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not value:
        raise ValueError("must be a table of MEMBER = URL, the first the default")
    for member, url in value.items():
        if not _MEMBER.match(member) or keyword.iskeyword(member):
            raise _NestedError(member, "must be an upper-case name such as PRODUCTION")
        if not isinstance(url, str) or not re.match(r"^https?://\S+$", url):
            raise _NestedError(member, f"must be an http(s) URL, not {url!r}")
    return tuple(value.items())


def _aliases(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ValueError("must be a table of ALIAS = name the package exports")
    for alias, target in value.items():
        why = _class_problem(alias)
        if why is not None:
            raise _NestedError(alias, f"cannot be an exported name: {why}")
        if not isinstance(target, str):
            raise _NestedError(alias, f"must name what the package exports, not {target!r}")
    return tuple(value.items())


def _pagination(value: Any) -> tuple[tuple[str, dict[str, str | int] | bool], ...]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of "METHOD /path" = false or a table of ' + _KNOWN_PAGING)
    declared: list[tuple[str, dict[str, str | int] | bool]] = []
    for operation, declaration in value.items():
        try:
            _operation(operation)
        except ValueError as why:
            raise _NestedError(operation, str(why)) from None
        if declaration is False:
            declared.append((operation, False))
            continue
        if not isinstance(declaration, dict):
            raise _NestedError(operation, f"must be false or a table of {_KNOWN_PAGING}")
        for key, item in declaration.items():
            if key not in PAGINATION_KEYS:
                raise _NestedError(f"{operation}.{key}", f"is not a known key ({_KNOWN_PAGING})")
            wanted = int if key == "first-page" else str
            if not isinstance(item, wanted) or isinstance(item, bool):
                reason = f"must be {'a whole number' if wanted is int else 'a string'}"
                raise _NestedError(f"{operation}.{key}", _with_value(reason, item))
        declared.append((operation, dict(declaration)))
    return tuple(declared)


_KNOWN_PAGING = ", ".join(PAGINATION_KEYS)


def _workflows(value: Any) -> Workflows:
    values = _table(value, {"uploads": _uploads, "jobs": _jobs}, ())
    return Workflows(**values)


def _version(value: Any) -> str:
    text = _string(value)
    try:
        Version(text)
    except InvalidVersion:
        raise ValueError("must be a PEP 440 version such as 1.2.0 or 2.0.0b1") from None
    return text


def _license(value: Any) -> str:
    text = _string(value)
    try:
        return str(canonicalize_license_expression(text))
    except InvalidLicenseExpression:
        raise ValueError("must be an SPDX license expression such as MIT or Apache-2.0") from None


def _distribution(value: Any) -> str:
    text = _string(value)
    if not _DISTRIBUTION.match(text):
        raise ValueError("must be a distribution name (letters, digits, `.`, `_` and `-`)")
    return text


def _env_prefix(value: Any) -> str:
    text = _string(value)
    if not _ENV_PREFIX.match(text):
        raise ValueError("must be an upper-case environment variable prefix such as MAGIC_HOUR")
    return text


# The keys, as written in the file (kebab-case), and the Config field each sets.
_KEYS: dict[str, tuple[str, _Check]] = {
    "package": ("package", _name(naming.package_problem)),
    "distribution": ("distribution", _distribution),
    "version": ("version", _version),
    "description": ("description", _string),
    "license": ("license", _license),
    "authors": ("authors", _authors),
    "urls": ("urls", _urls),
    "classifiers": ("classifiers", _strings),
    "env-prefix": ("env_prefix", _env_prefix),
    "client-class": ("client_class", _name(_class_problem)),
    "async-client-class": ("async_client_class", _name(_class_problem)),
    "timeout": ("timeout", _positive_number),
    "max-retries": ("max_retries", _count),
    "workflows": ("workflows", _workflows),
    "environments": ("environments", _environments),
    "aliases": ("aliases", _aliases),
    "pagination": ("pagination", _pagination),
}
KEYS = tuple(_KEYS)


def _with_value(reason: str, value: Any) -> str:
    """`must be a string, not 5`; a reason that names the value already is kept as it is."""
    return reason if reason.startswith("cannot be") else f"{reason}, not {value!r}"


def find_config(spec: Path, explicit: Path | None = None) -> Path | None:
    """The configuration file for `spec`: `explicit`, else one beside the spec."""
    if explicit is not None:
        return explicit
    beside = spec.parent / CONFIG_FILE
    if beside.is_file():
        return beside
    pyproject = spec.parent / "pyproject.toml"
    if pyproject.is_file() and _has_tool_table(pyproject):
        return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return TOOL in (tomllib.loads(path.read_text(encoding="utf-8")).get("tool") or {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # read again by load_config, which reports the problem with its place


def load_config(path: Path | None) -> Config:
    """The configuration in `path` (None: no file, all defaults)."""
    if path is None:
        return Config()
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("no such configuration file", Location(source)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the configuration: {error}", Location(source)) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # "Invalid value (at line 2, column 11)": the place, moved into the location
        found = re.match(r"^(.*) \(at line (\d+), column (\d+)\)$", str(error))
        if found is None:
            raise ConfigError(f"not valid TOML: {error}", Location(source)) from None
        where = Location(source, "", int(found[2]), int(found[3]))
        raise ConfigError(f"not valid TOML: {found[1]}", where) from None
    if path.name == "pyproject.toml":
        table = (document.get("tool") or {}).get(TOOL)
        header = f"[tool.{TOOL}]"
        if not isinstance(table, dict):
            raise ConfigError(f"no {header} table", Location(source))
    else:
        table, header = document, ""
    lines = _key_lines(text, header)
    located = Config(source=source, lines=lines)
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            known = ", ".join(KEYS)
            raise ConfigError(f"unknown key {key!r} (known keys: {known})", located.where(key))
        attribute, check = _KEYS[key]
        try:
            values[attribute] = check(value)
        except _NestedError as inner:
            dotted = f"{key}.{inner.path}"
            raise ConfigError(f"{dotted} {inner}", located.where(dotted)) from None
        except ValueError as why:
            raise ConfigError(f"{key} {_with_value(str(why), value)}", located.where(key)) from None
    return Config(**values, source=source, lines=lines)


def _key_lines(text: str, header: str) -> dict[str, int]:
    """The line of each key of our table, by dotted path (`workflows.jobs.0.result`).

    `header` is our table's header (`[tool.openapi-python-sdk]`), or "" when the whole
    document is ours. Sub-tables and arrays of tables below it are followed; keys of inline
    tables are not, and are located by the line of the key that holds them.
    """
    lines: dict[str, int] = {}
    prefix = header[1:-1] + "." if header else ""
    table: str | None = "" if not header else None  # dotted path of the current table
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        heading = re.match(r"^(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$", stripped)
        if heading:
            name = heading.group(2).replace('"', "")
            if header and name == prefix[:-1]:
                table = ""
            elif name.startswith(prefix):
                table = name[len(prefix) :]
                if heading.group(1) == "[[":
                    index = counts.get(table, 0)
                    counts[table] = index + 1
                    table = f"{table}.{index}"
                lines.setdefault(table, number)
            else:
                table = None
            continue
        match = re.match(r'^\s*"?([A-Za-z0-9_-]+)"?\s*=', line)
        if table is not None and match:
            key = f"{table}.{match.group(1)}" if table else match.group(1)
            lines.setdefault(key, number)
    return lines


def with_flags(config: Config, **flags: Any) -> Config:
    """`config` with the command line's values (those not None) over it, checked the same way."""
    values: dict[str, Any] = {}
    for attribute, value in flags.items():
        if value is None:
            continue
        key = next(k for k, (a, _) in _KEYS.items() if a == attribute)
        try:
            values[attribute] = _KEYS[key][1](value)
        except ValueError as why:
            flag = "--" + ("sdk-version" if key == "version" else key)
            raise ConfigError(f"{flag} {_with_value(str(why), value)}") from None
    return dataclasses.replace(config, **values)
