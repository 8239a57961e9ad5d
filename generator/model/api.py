"""The intermediate model: what the spec means for a Python SDK, with every name already chosen.

Built once from the resolved spec by `build`, read by `emit` (its views and the templates);
never mutated.
"""

from __future__ import annotations

from dataclasses import dataclass, field, is_dataclass
from functools import cached_property
from typing import Any, Literal

TypeKind = Literal[
    "str",
    "int",
    "float",
    "bool",
    "datetime",
    "date",
    "uuid",
    "any",
    "none",
    "literal",
    "list",
    "dict",
    "named",
    "union",
    "file",
    "bytes",
    "base64",  # `format: byte`: bytes in the SDK, base64 text on the wire
]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "bytes", "text", "stream", "none"]
Flavour = Literal["params", "models"]
ParameterLocation = Literal["path", "query", "header", "cookie", "body"]
PagingStyle = Literal["cursor", "next_id", "offset", "page", "link"]


@dataclass(frozen=True)
class TypeRef:
    """A type as the SDK spells it.

    `items` holds the list item, the dict value, or the union's options; `name`/`module` name a
    generated class (TypedDict in params, pydantic model in models) for kind "named".
    """

    kind: TypeKind
    literals: tuple[str | int | float | bool, ...] = ()
    items: tuple[TypeRef, ...] = ()
    name: str = ""
    module: str = ""
    nullable: bool = False
    # oneOf/anyOf with a discriminator: the property, and per option the values naming it
    discriminator: str = ""
    tags: tuple[tuple[str, ...], ...] = ()
    # A union: the option the docs' example is built from (one whose value no other option
    # accepts, see build/options.py). Not part of the type: equal unions are one type.
    example_option: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Condition:
    """When a property goes in a request, as its description states (see build/conditions.py)."""

    sibling: str  # the wire name of the property it depends on
    values: tuple[str | int | float | bool, ...]
    required: bool  # required with these values (else: only used with them)


@dataclass(frozen=True)
class Field:
    """A property of an object type (a TypedDict key or a pydantic field)."""

    python_name: str
    wire_name: str
    type: TypeRef
    required: bool
    description: str
    example: Any
    has_example: bool
    deprecated: bool
    pointer: str
    children: tuple[Field, ...] = ()  # the fields of an inline object, for nested doc rows
    # For the docs' examples when the spec gives none: a value its schema accepts (scalars).
    sample: Any = None
    has_sample: bool = False
    condition: Condition | None = None
    one_needed_of: tuple[str, ...] = ()  # of its own fields, at least one must be given
    format: str = ""  # a string's `format` (`uri`, `date-time`), for what the value is


@dataclass(frozen=True)
class ObjectType:
    """A generated type: a TypedDict for request params or a pydantic model for responses (or,
    with `alias`, a recursive type alias in either)."""

    name: str
    module: str  # its module's name in `types/<flavour>/`
    path: str  # its file in the SDK
    flavour: Flavour
    description: str
    summary: str  # its docstring: the description, else where the spec defines it
    fields: tuple[Field, ...]
    extra_values: TypeRef | None  # typed additionalProperties
    pointer: str
    # Not a class but a named type alias (`typing_extensions.TypeAliasType`) of this type: for a
    # schema that refers back to itself through no class (a union, a map or a list of itself).
    alias: TypeRef | None = None


@dataclass(frozen=True)
class Parameter:
    """A keyword argument of an operation method, and where its value goes on the wire."""

    python_name: str
    wire_name: str
    location: ParameterLocation
    type: TypeRef
    required: bool
    description: str
    example: Any
    has_example: bool
    deprecated: bool
    children: tuple[Field, ...]  # the fields of an inline object argument, for nested doc rows
    pointer: str
    style: str = "form"  # query serialization (OpenAPI `style`)
    explode: bool = True
    default: Any = None
    has_default: bool = False
    # A property the body's schema requires, of a body the operation may leave out: optional in
    # the call, but required whenever any argument of the body is given.
    required_in_body: bool = False
    # As on `Field`: for the docs' examples.
    left_out_of_example: bool = False  # by the spec's example of the whole body
    sample: Any = None
    has_sample: bool = False
    condition: Condition | None = None
    one_needed_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestBody:
    content_type: str
    type: TypeRef
    required: bool
    description: str
    flattened: bool  # object properties became keyword arguments (else one `data` argument)
    kind: BodyKind = "json"


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    content_type: str | None
    type: TypeRef | None  # None: no body to parse; for "stream", the type of each event
    example: Any
    has_example: bool
    kind: ResponseKind = "json"
    error_class: str = ""  # the exception an error status raises: `NotFoundError` ("" for 2xx)
    # The response headers a success declares (wire names as written, `Content-Type` left out)
    # and the model they validate into (`V1ThingsListResponseHeaders`); None when none declared.
    headers: tuple[Field, ...] = ()
    headers_type: TypeRef | None = None
    # A JSON answer whose status offers `text/event-stream` too: the server may stream instead
    # (chosen by the response's Content-Type); `event_type` types each event's data (None:
    # untyped events).
    streams: bool = False
    event_type: TypeRef | None = None
    # The event schema describes the whole event (`{event, data, id, retry}`), not its data.
    enveloped: bool = False


@dataclass(frozen=True)
class Pagination:
    """How a list operation's pages follow each other (the runtime's `Paging`).

    Query parameters by wire name; places in the response body as attribute paths of its
    parsed model (python names), `()` for the body itself.
    """

    style: PagingStyle
    parameter: str  # the query parameter that chooses the page
    item_type: TypeRef  # one item of a page
    items: tuple[str, ...]  # where a page's items are
    # `cursor`: the next page's cursor; `link`: the next page's URL (else the `Link` header)
    next: tuple[str, ...] = ()
    item_id: tuple[str, ...] = ()  # `next_id`: where in an item is the id to start after
    has_more: tuple[str, ...] = ()  # true while more pages follow
    done: tuple[str, ...] = ()  # true on the last page
    total: tuple[str, ...] = ()  # the number of items on all pages
    total_pages: tuple[str, ...] = ()
    first_page: int = 1  # `page`: the number of the first page
    source: str = "recognised"  # or where it was declared: `x-pagination`, the configuration


@dataclass(frozen=True)
class Operation:
    method: str  # the Python method name
    http_method: str  # upper case
    path: str
    operation_id: str
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]  # in signature order: required first
    body: RequestBody | None
    success: Response
    errors: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives of scheme keys; () means "none needed"
    qualified_name: str  # "v1.lip_sync.create"
    pointer: str
    endpoint_function: str  # the module-level function describing it: `_create_endpoint`
    tags: tuple[str, ...]
    route: str  # `POST /v1/lip-sync`
    title: str  # the docs heading and docstring summary: `summary`, else the route
    # The operation's own `servers` (else its path item's): it is sent to the first, unless the
    # caller chose the client's base URL. () when it uses the document's servers.
    servers: tuple[Server, ...] = ()
    job: JobRunner | None = None  # `generate()`, when a workflow runs this operation end to end
    pagination: Pagination | None = None  # a list operation whose result iterates across pages


@dataclass(frozen=True)
class ClientRef:
    """Another resource's clients, as generated code imports and builds them."""

    module: str
    class_names: tuple[str, str]


@dataclass(frozen=True)
class Uploader:
    """`upload_file()` / `upload_local_files()`: on the resource above the upload operation."""

    method: str  # `upload_file`
    local_files_method: str  # `upload_local_files`
    request_method: str  # `_request_upload_urls`: the upload operation, called with the items
    operation_call: str  # that call from the host client: `self.upload_urls.create`
    items_argument: str  # the upload operation's keyword argument for the list: `items`
    response_type: TypeRef  # what the upload operation returns
    # The runtime's `Uploads`, in wire names
    file_fields: tuple[str, ...]
    items: str
    extension: str
    kind: str
    upload_url: str
    file_path: str
    uploaded_prefix: str
    pointer: str  # the upload operation


@dataclass(frozen=True)
class ResultWaiter:
    """`check_result()`: on the resource whose `get` reports a job's result."""

    method: str  # `check_result`
    get_method: str  # `get`
    id_argument: str  # `get`'s argument naming the job: `id`
    result_type: TypeRef  # the result model with `downloaded_paths`
    # The runtime's `Job`, in wire names
    status: str
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    outputs: tuple[str, ...]


@dataclass(frozen=True)
class JobRunner:
    """`generate()`: a create operation run end to end (upload, create, wait, download)."""

    method: str  # `generate`
    id_attribute: str  # the create response's attribute holding the job's id
    waiter: ClientRef  # the resource with `check_result`
    check_method: str
    uploader: ClientRef | None  # the resource with `upload_local_files`, when files may be sent
    local_files_method: str
    upload_arguments: tuple[str, ...]  # the create arguments that may hold local files
    result_type: TypeRef


@dataclass(frozen=True)
class ResultModel:
    """A job's result model with the paths of its downloaded outputs."""

    name: str  # `V1VideoProjectsGetResponseWithDownloads`
    module: str
    path: str
    base: TypeRef  # the result operation's model


@dataclass(frozen=True)
class Resource:
    attr: str  # attribute on the parent client: `lip_sync`
    path: tuple[str, ...]  # module path below `resources`: ("v1", "lip_sync")
    qualified_name: str  # `v1.lip_sync`
    class_names: tuple[
        str, str
    ]  # its sync and async clients: `LipSyncClient`, `AsyncLipSyncClient`
    raw_class_names: tuple[str, str]  # their `with_raw_response` twins
    streaming_class_names: tuple[str, str]  # their `with_streaming_response` twins
    accessor: str  # how a caller reaches it: `client.v1.lip_sync`
    module: str  # the module of its clients: `magic_hour.resources.v1.lip_sync.client`
    doc_path: str  # its reference page: `magic_hour/resources/v1/lip_sync/README.md`
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]
    uploader: Uploader | None = None
    waiter: ResultWaiter | None = None

    def walk(self) -> tuple[Resource, ...]:
        """This resource and every one below it, depth first, children in name order."""
        return (self, *(resource for child in self.children for resource in child.walk()))


@dataclass(frozen=True)
class SecurityScheme:
    key: str  # the name in components/securitySchemes
    kind: Literal["bearer", "basic", "api_key"]
    location: Literal["header", "query", "cookie"]
    wire_name: str  # header, query or cookie name
    arguments: tuple[
        str, ...
    ]  # Client(...) keyword arguments: ("token",), ("username", "password")
    env_vars: tuple[str, ...]
    description: str
    # A `bearer` credential goes as `Authorization: <http_scheme> <token>`: the scheme the
    # document names (`Bearer`, Sentry's `DSN`, `Token`).
    http_scheme: str = "Bearer"


@dataclass(frozen=True)
class Server:
    member: str  # Environment member name
    url: str  # every variable at its default
    description: str
    template: str = ""  # the URL with its `{variables}`; "" when it has none
    defaults: tuple[tuple[str, str], ...] = ()  # (variable, default), in name order


@dataclass(frozen=True)
class ServerVariable:
    """A `Client(...)` argument that fills a `{variable}` of the servers' URLs."""

    name: str  # the keyword argument: `region`
    wire_name: str  # as the URL names it
    values: tuple[str, ...]  # its `enum` (of every server that has it); () for any text
    description: str


@dataclass(frozen=True)
class Warning:
    pointer: str
    message: str


@dataclass(frozen=True)
class LeftOut:
    """Something the document describes that the SDK does not offer, and why."""

    pointer: str
    what: str  # `operation GET /realtime`, `request body media type multipart/form-data`
    reason: str


@dataclass(frozen=True)
class Project:
    """What the SDK's pyproject.toml says about it besides its name and version."""

    description: str
    license: str  # an SPDX expression, or "" when none is known
    authors: tuple[tuple[tuple[str, str], ...], ...]  # each: (("name", …), ("email", …))
    urls: tuple[tuple[str, str], ...]  # (label, URL)
    classifiers: tuple[str, ...]


@dataclass(frozen=True)
class Export:
    """A name `import <package>` offers, and the module it is imported from on first use."""

    name: str
    module: str  # relative to the package: `.client`, `._core`
    attribute: str = ""  # its name in `module` when it is exported under another


@dataclass(frozen=True)
class Api:
    title: str
    api_phrase: str  # how prose names the API: `Magic Hour API`
    api_version: str  # `info.version`, as the spec writes it
    version: str  # the SDK's version (PEP 440)
    description: str
    package: str
    dist_name: str
    project: Project
    timeout: float  # the clients' default timeout, seconds
    max_retries: int  # the clients' default number of retries
    env_prefix: str
    base_url_env: str  # the environment variable that overrides the base URL
    log_env: str  # the environment variable that turns on the SDK's logger: `ACME_LOG`
    user_agent: str
    error_base: str  # the SDK's own name for the runtime's base exception: `MagicHourError`
    client_names: tuple[str, str]  # the root clients, sync and async: `Client`, `AsyncClient`
    exports: tuple[Export, ...]  # what the package offers at its top level
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    resources: tuple[Resource, ...]  # the top level; each holds its children
    object_types: tuple[ObjectType, ...]
    warnings: tuple[Warning, ...]
    webhooks: tuple[tuple[str, str], ...] = ()  # (webhook name, payload model name)
    result_models: tuple[ResultModel, ...] = ()
    poll_interval_env: str = ""  # the variable that sets the first wait of `check_result()`
    left_out: tuple[LeftOut, ...] = ()  # what the SDK does not offer, each with its place
    server_variables: tuple[ServerVariable, ...] = ()  # of the document's servers

    def all_resources(self) -> tuple[Resource, ...]:
        """Every resource in the tree, depth first, in name order: the one walk of the tree."""
        return tuple(resource for top in self.resources for resource in top.walk())

    def all_operations(self) -> tuple[tuple[Resource, Operation], ...]:
        return tuple((r, op) for r in self.all_resources() for op in r.operations)

    def object_type(self, flavour: Flavour, name: str) -> ObjectType | None:
        """The generated class `name` of a flavour (request params or response models)."""
        return self._object_types_by_name.get((flavour, name))

    @cached_property
    def _object_types_by_name(self) -> dict[tuple[str, str], ObjectType]:
        return {(o.flavour, o.name): o for o in self.object_types}


# The model is a tree of values, never a cycle: its `repr` (by which the render cache knows a
# file's inputs, `emit/memo.py`) needs no guard against recursion, which took a tenth of the
# time planning a large SDK's files. Without the guard the text is the same.
for _value_class in [value for value in list(globals().values()) if is_dataclass(value)]:
    _repr = _value_class.__repr__
    # setattr: mypy refuses assigning a method.
    setattr(_value_class, "__repr__", getattr(_repr, "__wrapped__", _repr))  # noqa: B010
del _value_class, _repr
