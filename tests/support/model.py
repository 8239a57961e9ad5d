"""Hand-built pieces of the intermediate model (`generator.model.api`) for unit tests.

Each factory fills every field with a plain default, so a test spells out only what it is about.
Names follow the generator's own rules (`generator.model.naming`), as `build` would make them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from generator.build.api import build_api
from generator.build.context import Context, Warnings
from generator.build.schemas import SchemaTyper
from generator.config import Config
from generator.model import naming
from generator.model.api import (
    Api,
    Export,
    Field,
    ObjectType,
    Operation,
    Parameter,
    Project,
    RequestBody,
    Resource,
    Response,
    SecurityScheme,
    Server,
    TypeRef,
)
from generator.spec.load import Document
from generator.spec.refs import Ref, Resolver

STR = TypeRef("str")
INT = TypeRef("int")


def named(name: str) -> TypeRef:
    return TypeRef("named", name=name, module=naming.module_name(name))


def field(wire_name: str, type: TypeRef = STR, *, required: bool = False, **more: Any) -> Field:
    values: dict[str, Any] = {
        "python_name": naming.field_name(wire_name),
        "wire_name": wire_name,
        "type": type,
        "required": required,
        "description": "",
        "example": None,
        "has_example": False,
        "deprecated": False,
        "pointer": f"/components/schemas/X/properties/{wire_name}",
    }
    values.update(more)
    return Field(**values)


def object_type(
    name: str, *fields: Field, flavour: str = "models", package: str = "acme", **more: Any
) -> ObjectType:
    module = naming.module_name(name)
    values: dict[str, Any] = {
        "name": name,
        "module": module,
        "path": naming.type_path(package, flavour, module),
        "flavour": flavour,
        "description": "",
        "summary": f"The `{name}` schema.",
        "fields": fields,
        "extra_values": None,
        "pointer": f"/components/schemas/{name}",
    }
    values.update(more)
    return ObjectType(**values)


def parameter(
    wire_name: str,
    location: str = "query",
    type: TypeRef = STR,
    *,
    required: bool = False,
    **more: Any,
) -> Parameter:
    values: dict[str, Any] = {
        "python_name": naming.field_name(wire_name, reserved=naming.RESERVED_METHOD_ARGS),
        "wire_name": wire_name,
        "location": location,
        "type": type,
        "required": required,
        "description": "",
        "example": None,
        "has_example": False,
        "deprecated": False,
        "children": (),
        "pointer": f"/paths/~1things/get/parameters/{wire_name}",
    }
    values.update(more)
    return Parameter(**values)


def response(
    status: str = "200",
    type: TypeRef | None = None,
    *,
    kind: str | None = None,
    content_type: str | None = None,
    **more: Any,
) -> Response:
    kind = kind or ("json" if type is not None else "none")
    if content_type is None and kind == "json" and type is not None:
        content_type = "application/json"
    values: dict[str, Any] = {
        "status": status,
        "description": "",
        "content_type": content_type,
        "type": type,
        "example": None,
        "has_example": False,
        "kind": kind,
        "error_class": "",
    }
    values.update(more)
    return Response(**values)


def body(type: TypeRef, *, flattened: bool = True, kind: str = "json", **more: Any) -> RequestBody:
    content_type = {
        "json": "application/json",
        "form": "application/x-www-form-urlencoded",
        "multipart": "multipart/form-data",
        "binary": "application/octet-stream",
        "text": "text/plain",
    }[kind]
    values: dict[str, Any] = {
        "content_type": content_type,
        "type": type,
        "required": True,
        "description": "",
        "flattened": flattened,
        "kind": kind,
    }
    values.update(more)
    return RequestBody(**values)


def operation(
    method: str = "list",
    http_method: str = "GET",
    path: str = "/things",
    *,
    parameters: tuple[Parameter, ...] = (),
    success: Response | None = None,
    resource: tuple[str, ...] = ("things",),
    **more: Any,
) -> Operation:
    route = f"{http_method} {path}"
    values: dict[str, Any] = {
        "method": method,
        "http_method": http_method,
        "path": path,
        "operation_id": "",
        "summary": "",
        "description": "",
        "deprecated": False,
        "parameters": parameters,
        "body": None,
        "success": success or response("200"),
        "errors": (),
        "security": (),
        "qualified_name": ".".join([*resource, method]),
        "pointer": f"/paths/{path.replace('/', '~1')}/{http_method.lower()}",
        "endpoint_function": f"_{method}_endpoint",
        "tags": (),
        "route": route,
        "title": route,
    }
    values.update(more)
    return Operation(**values)


def resource(
    *path: str,
    operations: tuple[Operation, ...] = (),
    children: tuple[Resource, ...] = (),
    package: str = "acme",
) -> Resource:
    class_names = naming.client_names(naming.pascal(path[-1]) + "Client")
    return Resource(
        attr=path[-1],
        path=path,
        qualified_name=".".join(path),
        class_names=class_names,
        raw_class_names=naming.raw_response_names(class_names),
        streaming_class_names=naming.streaming_response_names(class_names),
        accessor=naming.accessor(path),
        module=naming.resource_module(package, path),
        doc_path=naming.resource_doc_path(package, path),
        operations=operations,
        children=children,
    )


def bearer(
    key: str = "bearerAuth", argument: str = "token", env_prefix: str = "ACME"
) -> SecurityScheme:
    return SecurityScheme(
        key=key,
        kind="bearer",
        location="header",
        wire_name="Authorization",
        arguments=(argument,),
        env_vars=(naming.env_var(env_prefix, "api_token" if argument == "token" else argument),),
        description="",
    )


def api(
    *resources: Resource,
    object_types: tuple[ObjectType, ...] = (),
    security_schemes: tuple[SecurityScheme, ...] = (),
    package: str = "acme",
    **more: Any,
) -> Api:
    dist_name = naming.distribution_name(package)
    env_prefix = naming.constant(package)
    error_base = naming.error_base_name(package)
    client_names = naming.client_names("Client")
    values: dict[str, Any] = {
        "title": "Acme",
        "api_phrase": "Acme API",
        "api_version": "1.0.0",
        "version": "1.0.0",
        "description": "",
        "package": package,
        "dist_name": dist_name,
        "project": Project("Python SDK for the Acme API", "", (), (), ()),
        "timeout": 60.0,
        "max_retries": 2,
        "env_prefix": env_prefix,
        "base_url_env": naming.env_var(env_prefix, "base_url"),
        "log_env": naming.env_var(env_prefix, "log"),
        "user_agent": naming.user_agent(dist_name, "1.0.0"),
        "error_base": error_base,
        "client_names": client_names,
        "exports": (
            Export("Client", ".client"),
            Export("AsyncClient", ".client"),
            Export(error_base, "._core", "SDKError"),
        ),
        "servers": (Server("PRODUCTION", "https://api.acme.test", "Production"),),
        "security_schemes": security_schemes,
        "resources": resources,
        "object_types": object_types,
        "warnings": (),
    }
    values.update(more)
    return Api(**values)


def replace(value: Any, **changes: Any) -> Any:
    return dataclasses.replace(value, **changes)


# -- from a spec dict, without a file -------------------------------------------------------------


def resolver_of(spec: dict[str, Any], name: str = "spec.yaml") -> Resolver:
    """A resolver over an in-memory document (it has no file: local `$ref`s only)."""
    return Resolver(Document(Path(name), spec))


def context_of(spec: dict[str, Any], package: str = "acme") -> tuple[Context, Ref]:
    """What the builders share for an in-memory spec, and the place of its root."""
    resolver = resolver_of(spec)
    warnings = Warnings()
    ctx = Context(resolver, SchemaTyper(resolver, warnings, package), warnings)
    return ctx, Ref(resolver.root.path.resolve(), "")


def api_of(spec: dict[str, Any], package: str | None = None) -> Api:
    """The model `build` makes of an in-memory spec (neither validated nor reference-checked)."""
    return build_api(resolver_of(spec), Config(package=package))


def openapi(
    paths: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    *,
    title: str = "Acme",
    version: str = "1.0.0",
    openapi_version: str = "3.0.3",
    **more: Any,
) -> dict[str, Any]:
    """A minimal OpenAPI document."""
    doc: dict[str, Any] = {
        "openapi": openapi_version,
        "info": {"title": title, "version": version},
        "paths": paths or {},
    }
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(more)
    return doc


def json_content(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def returns(schema: Any, status: str = "200") -> dict[str, Any]:
    return {status: {"description": "OK", "content": json_content(schema)}}
