"""The intermediate model: what the spec means for a Python SDK, with every name already chosen.

Built once from the resolved spec by `build`, read by `views` and the templates; never mutated.
"""

from __future__ import annotations

from dataclasses import dataclass
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
]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "bytes", "text", "stream", "none"]
Flavour = Literal["params", "models"]
ParameterLocation = Literal["path", "query", "header", "cookie", "body"]


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


@dataclass(frozen=True)
class ObjectType:
    """A generated class: a TypedDict for request params or a pydantic model for responses."""

    name: str
    module: str
    flavour: Flavour
    description: str
    fields: tuple[Field, ...]
    extra_values: TypeRef | None  # typed additionalProperties
    pointer: str


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
    endpoint_function: str = ""  # the module-level function describing it: `_create_endpoint`


@dataclass(frozen=True)
class Resource:
    attr: str  # attribute on the parent client: `lip_sync`
    class_name: str  # `LipSyncClient`
    path: tuple[str, ...]  # module path below `resources`: ("v1", "lip_sync")
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]


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


@dataclass(frozen=True)
class Server:
    member: str  # Environment member name
    url: str
    description: str


@dataclass(frozen=True)
class Warning:
    pointer: str
    message: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    package: str
    dist_name: str
    env_prefix: str
    error_base: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    resources: tuple[Resource, ...]  # the top level; each holds its children
    object_types: tuple[ObjectType, ...]
    warnings: tuple[Warning, ...]
    webhooks: tuple[tuple[str, str], ...] = ()  # (webhook name, payload model name)
