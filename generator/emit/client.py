"""Views of the root clients (`client.py`) and of the SDK's own values (`_sdk.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model.api import Api, SecurityScheme, ServerVariable
from . import escape
from .code import ChildImport, as_written, child_imports
from .imports import Imports, imports
from .scopes import roots, scope

# Which runtime class applies each kind of security scheme.
_AUTH_CLASSES = {"bearer": "BearerAuth", "basic": "BasicAuth", "api_key": "ApiKeyAuth"}


@dataclass(frozen=True)
class Credential:
    """A `Client(...)` keyword argument that carries a secret."""

    name: str
    env_var: str
    description: str


@dataclass(frozen=True)
class ClientAnnotations:
    """What the client classes' bodies write, spelled for this module (see `scopes`)."""

    credential: str  # `str | None`
    base_url: str  # `str | None`
    timeout: str  # `float | httpx.Timeout | None`
    max_retries: str  # `int`
    max_response_bytes: str  # `int | None`
    default_headers: str  # `typing.Mapping[str, str] | None`
    default_query: str  # `typing.Mapping[str, object] | None`
    http_clients: tuple[str, str]  # `httpx.Client | None`, `httpx.AsyncClient | None`
    base_url_option: str  # with_options(...): `str | NotGiven`
    timeout_option: str
    max_retries_option: str
    max_response_bytes_option: str
    default_headers_option: str
    default_query_option: str
    self_type: str  # `typing_extensions.Self`
    classmethod: str
    cached_property: str  # `functools.cached_property`
    exc_info: str  # `object`
    repr: str  # `str`
    type_checking: str  # `typing.TYPE_CHECKING`, for the child imports


def _client_annotations(spell: Callable[[str], str]) -> ClientAnnotations:
    return ClientAnnotations(
        credential=spell("str | None"),
        base_url=spell("str | None"),
        timeout=spell("float | httpx.Timeout | None"),
        max_retries=spell("int"),
        max_response_bytes=spell("int | None"),
        default_headers=spell("typing.Mapping[str, str] | None"),
        default_query=spell("typing.Mapping[str, object] | None"),
        http_clients=(spell("httpx.Client | None"), spell("httpx.AsyncClient | None")),
        base_url_option=spell("str | NotGiven"),
        timeout_option=spell("float | httpx.Timeout | None | NotGiven"),
        max_retries_option=spell("int | NotGiven"),
        max_response_bytes_option=spell("int | None | NotGiven"),
        default_headers_option=spell("typing.Mapping[str, str] | NotGiven"),
        default_query_option=spell("typing.Mapping[str, object] | NotGiven"),
        self_type=spell("typing_extensions.Self"),
        classmethod=spell("classmethod"),
        cached_property=spell("functools.cached_property"),
        exc_info=spell("object"),
        repr=spell("str"),
        type_checking=spell("typing.TYPE_CHECKING"),
    )


@dataclass(frozen=True)
class ClientCode:
    api: Api
    imports: Imports
    annotations: ClientAnnotations
    child_imports: tuple[ChildImport, ...]
    credentials: tuple[Credential, ...]
    auth_entries: tuple[tuple[str, str], ...]  # (scheme key literal, the scheme's constructor)
    auth_call: str  # `_auth(token, api_key)`
    any_credential_given: str  # `token is not None or api_key is not None`; "" with no schemes
    default_environment: str  # `Environment.PRODUCTION`
    # Whether some operation names its own server: the base client is told whether the caller
    # chose the base URL (then every request goes there).
    operation_servers: bool
    # `Client(region=...)` for the servers' variables: (argument, annotation, description)
    server_arguments: tuple[tuple[str, str, str], ...] = ()
    environment_url: str = "environment.value"  # the chosen server, its variables filled


def client_code(api: Api) -> ClientCode:
    credentials = tuple(
        Credential(name, env, _credential_description(scheme, name, env))
        for scheme in api.security_schemes
        for name, env in zip(scheme.arguments, scheme.env_vars, strict=True)
    )
    core = {
        "NOT_GIVEN",
        "AsyncBaseClient",
        "AuthScheme",
        "NotGiven",
        "SyncBaseClient",
        "log_from_environment",
    }
    core |= {_AUTH_CLASSES[scheme.kind] for scheme in api.security_schemes}
    if api.security_schemes:
        core.add("credential")
    sdk_values = {
        "BASE_URL_ENV",
        "DEFAULT_MAX_RESPONSE_BYTES",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "LOG_ENV",
        "USER_AGENT",
    }
    if api.server_variables:
        core.add("server_url")
        sdk_values.add("SERVER_TEMPLATES")
    stdlib = {"os", "typing", *(["functools"] if api.resources else [])}
    third_party = {"httpx", "typing_extensions"}
    # The client classes bind the top-level resources' names (and their own methods').
    bound = {resource.attr for resource in api.resources}
    written = _client_annotations(as_written)
    read = roots(
        [
            *written.http_clients,
            *(v for v in vars(written).values() if isinstance(v, str)),
            *(_variable_annotation(v) for v in api.server_variables),
        ]
    )
    module_scope = scope(bound, read, {*stdlib, *third_party, *core, "Environment"})
    if module_scope.needs_builtins:
        stdlib.add("builtins")
    return ClientCode(
        api=api,
        annotations=_client_annotations(module_scope.spell),
        imports=imports(
            future={"annotations"},
            stdlib=stdlib,
            third_party=third_party,
            aliases=module_scope.aliases,
            first_party={
                f"{api.package}._core": core,
                f"{api.package}._sdk": sdk_values,
                f"{api.package}.environment": {"Environment"},
            },
        ),
        child_imports=child_imports(api.resources),
        credentials=credentials,
        auth_entries=tuple(
            (escape.py_str(scheme.key), _auth_scheme(scheme)) for scheme in api.security_schemes
        ),
        auth_call=f"_auth({', '.join(c.name for c in credentials)})",
        any_credential_given=" or ".join(f"{c.name} is not None" for c in credentials),
        default_environment=f"Environment.{api.servers[0].member}",
        operation_servers=any(op.servers for _, op in api.all_operations()),
        server_arguments=tuple(
            (v.name, module_scope.spell(_variable_annotation(v)), _variable_description(api, v))
            for v in api.server_variables
        ),
        environment_url=_environment_url(api),
    )


def _variable_annotation(variable: ServerVariable) -> str:
    if not variable.values:
        return "str | None"
    return f"typing.Literal[{', '.join(escape.py_str(v) for v in variable.values)}] | None"


def _variable_description(api: Api, variable: ServerVariable) -> str:
    users = [s for s in api.servers if variable.wire_name in dict(s.defaults)]
    defaults = "; ".join(f"{dict(s.defaults)[variable.wire_name]!r} for {s.member}" for s in users)
    described = f"{variable.description.rstrip('.')}. " if variable.description else ""
    return (
        f"{described}Fills `{{{variable.wire_name}}}` in the server's URL (default: "
        f"{defaults}); for another server, leave it unset."
    )


def _environment_url(api: Api) -> str:
    """The expression of the chosen environment's URL with the caller's variables."""
    if not api.server_variables:
        return "environment.value"
    chosen = ", ".join(
        f"{escape.py_str(v.wire_name)}: ({escape.py_str(v.name)}, {v.name})"
        for v in api.server_variables
    )
    return f"server_url(environment, SERVER_TEMPLATES, {{{chosen}}})"


def server_templates(api: Api) -> str:
    """`_sdk.py`'s `SERVER_TEMPLATES`: per `Environment` member whose URL has variables, its
    template and defaults; "" when no server has variables."""
    if not api.server_variables:
        return ""
    return escape.py_literal(
        {s.member: (s.template, dict(s.defaults)) for s in api.servers if s.template}
    )


def _auth_scheme(scheme: SecurityScheme) -> str:
    """The runtime object that applies `scheme`, as a Python expression."""
    arguments = [
        f"credential({name}, {escape.py_str(env)})"
        for name, env in zip(scheme.arguments, scheme.env_vars, strict=True)
    ]
    if scheme.kind == "bearer" and scheme.http_scheme != "Bearer":
        arguments.append(f"scheme={escape.py_str(scheme.http_scheme)}")
    if scheme.kind == "api_key":
        arguments += [
            f"location={escape.py_str(scheme.location)}",
            f"name={escape.py_str(scheme.wire_name)}",
        ]
    given = ", ".join(f"{name}=..." for name in scheme.arguments)
    envs = " and ".join(scheme.env_vars)
    arguments.append(f"hint={escape.py_str(f'pass {given} to the client or set {envs}')}")
    return f"{_AUTH_CLASSES[scheme.kind]}({', '.join(arguments)})"


def _credential_description(scheme: SecurityScheme, name: str, env: str) -> str:
    what = {
        "bearer": f"The {'bearer ' if scheme.http_scheme == 'Bearer' else ''}token sent as "
        f"`Authorization: {scheme.http_scheme} …`",
        "basic": f"The HTTP basic auth {name.rsplit('_', 1)[-1]}",
        "api_key": f"The API key sent in the {scheme.location} `{scheme.wire_name}`",
    }[scheme.kind]
    return f"{what}. Defaults to the environment variable `{env}`."
