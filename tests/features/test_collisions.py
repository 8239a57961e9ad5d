"""Every identifier collision is resolved deterministically, and the SDK still type-checks
(issue 11: scheme arguments, parameters and body fields, resources at different depths,
Environment members)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

from generator.pipeline import load_api

SPEC = """
openapi: 3.0.3
info: {title: Clash, version: "1"}
servers:
  - {url: "https://a.example.com", description: Production}
  - {url: "https://b.example.com", description: production}
  - {url: "https://c.example.com"}
  - {url: "https://d.example.com", description: "Server 1"}
security: [{api-key: [], api_key: []}]
paths:
  /items:
    get:
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
  /items/items/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    post:
      parameters:
        - {name: id, in: query, schema: {type: string}}
        - {name: Id, in: header, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties: {id: {type: string}, ID: {type: string}, request_options: {type: string}}
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
  /items/items/items:
    get:
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
  /base:
    get:
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
  /async:
    get:
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
components:
  securitySchemes:
    api-key: {type: apiKey, in: header, name: X-Key}
    api_key: {type: apiKey, in: query, name: key}
"""


def _api(tmp_path: Path):  # type: ignore[no-untyped-def]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(textwrap.dedent(SPEC))
    return load_api(spec)


def test_resources_at_different_depths_get_distinct_class_names(tmp_path: Path) -> None:
    api = _api(tmp_path)
    classes = {r.qualified_name: r.class_names for r in api.all_resources()}
    assert classes == {
        # the root module defines Client and AsyncClient: `/async` cannot be AsyncClient
        "async_": ("AsyncClient2", "AsyncAsyncClient2"),
        # the runtime's AsyncBaseClient is imported by every client module
        "base": ("BaseClient2", "AsyncBaseClient2"),
        "items": ("ItemsClient", "AsyncItemsClient"),
        # imported by `items`' module, which defines ItemsClient: named from the whole path
        "items.items": ("ItemsItemsClient", "AsyncItemsItemsClient"),
        # imported by `items.items`' module: its last segment is free there
        "items.items.items": ("ItemsClient", "AsyncItemsClient"),
    }


def test_arguments_from_path_query_header_and_body_are_distinct(tmp_path: Path) -> None:
    api = _api(tmp_path)
    (operation,) = [op for _, op in api.all_operations() if op.http_method == "POST"]
    arguments = [(p.location, p.wire_name, p.python_name) for p in operation.parameters]
    assert arguments == [
        ("path", "id", "id"),
        ("body", "ID", "id_2"),
        ("body", "id", "id_3"),
        ("header", "Id", "id_4"),
        ("query", "id", "id_5"),
        ("body", "request_options", "request_options_"),
    ]
    assert [s.arguments for s in api.security_schemes] == [("api_key",), ("api_key_2",)]
    assert [s.member for s in api.servers] == ["PRODUCTION", "PRODUCTION_2", "SERVER_3", "SERVER_1"]


def test_the_sdk_type_checks_and_sends_each_value_where_it_belongs(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    with LocalServer() as server:
        server.respond("POST", "/items/items/p", ScriptedResponse(200, json="ok"))
        probe = sdk.python(
            "from clash import Client\n"
            f"client = Client(api_key='header-key', api_key_2='query-key', base_url={server.url!r})\n"
            "print(client.items.items.create(id='p', id_2='b1', id_3='b2', id_4='h', id_5='q',"
            " request_options_='r'))\n"
            "print(type(client.items.items.items).__name__, type(client.async_).__name__)\n"
            "print(type(client.base).__name__)\n"
        )
        (request,) = server.requests
    assert probe.returncode == 0, probe.stderr
    # "ok": a JSON string body is parsed, not returned as its text (`"ok"`)
    assert probe.stdout.split() == ["ok", "ItemsClient", "AsyncClient2", "BaseClient2"]
    assert request.headers["x-key"] == "header-key" and request.headers["id"] == "h"
    assert request.query == {"key": ["query-key"], "id": ["q"]}
    assert request.json() == {"ID": "b1", "id": "b2", "request_options": "r"}
