"""Small specs for the diff tests: a base document, mutations of it, and one case per change kind.

`base()` is `client.v1.items.create(name=, size=, options=)` and `get(id, expand=, order=)`, both
returning `models.Item`; each case mutates a copy into the old and the new spec, and lists the
changes a caller of the old SDK sees, exactly, with the bump they imply for version 1.0.0.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.model.api import Api
from support.model import api_of

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]

OK_NO_BODY = {"responses": {"204": {"description": "Done"}}}


def openapi(
    paths: dict[str, Any],
    schemas: dict[str, Any] | None = None,
    *,
    title: str = "Test API",
    version: str = "1.0.0",
) -> Doc:
    """A minimal valid OpenAPI 3.0 document."""
    doc: Doc = {"openapi": "3.0.3", "info": {"title": title, "version": version}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    return doc


def json_content(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def returns(schema: Any) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": json_content(schema)}}


ITEM_REF = {"$ref": "#/components/schemas/Item"}


def base(version: str = "1.0.0") -> Doc:
    """`client.v1.items.create(name=, size=, options=)` and `get(id, expand=, order=)`, both
    returning `models.Item`; `options` is `params.V1ItemsCreateBodyOptions`."""
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "size": {"type": "integer"},
            "options": {
                "type": "object",
                "required": ["mode"],
                "properties": {
                    "mode": {"type": "string", "enum": ["fast", "slow"]},
                    "limit": {"type": "integer"},
                },
            },
        },
    }
    item = {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["new", "done"]},
            "count": {"type": "integer"},
        },
    }
    return openapi(
        {
            "/v1/items": {
                "post": {
                    "requestBody": {"required": True, "content": json_content(body)},
                    "responses": returns(ITEM_REF),
                }
            },
            "/v1/items/{id}": {
                "get": {
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "expand", "in": "query", "schema": {"type": "boolean"}},
                        {
                            "name": "order",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["asc", "desc"]},
                        },
                    ],
                    "responses": returns(ITEM_REF),
                }
            },
        },
        {"Item": item},
        version=version,
    )


# -- where things are in the base document ------------------------------------------------------


def body_props(doc: Doc) -> dict[str, Any]:
    schema = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]["application/json"]
    return schema["schema"]["properties"]  # type: ignore[no-any-return]


def body_required(doc: Doc) -> list[str]:
    schema = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]["application/json"]
    return schema["schema"]["required"]  # type: ignore[no-any-return]


def unrequire_body(doc: Doc) -> None:
    schema = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]["application/json"]
    del schema["schema"]["required"]  # 3.0 forbids an empty list


def options(doc: Doc) -> dict[str, Any]:
    return body_props(doc)["options"]  # type: ignore[no-any-return]


def get_params(doc: Doc) -> list[dict[str, Any]]:
    return doc["paths"]["/v1/items/{id}"]["get"]["parameters"]  # type: ignore[no-any-return]


def get_param(doc: Doc, name: str) -> dict[str, Any]:
    return next(p for p in get_params(doc) if p["name"] == name)


def item(doc: Doc) -> dict[str, Any]:
    return doc["components"]["schemas"]["Item"]  # type: ignore[no-any-return]


def schemas(doc: Doc) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def add_tag_schema(doc: Doc) -> None:
    schemas(doc)["Tag"] = {"type": "object", "properties": {"label": {"type": "string"}}}


def rename_item_to_record(doc: Doc) -> None:
    schemas(doc)["Record"] = schemas(doc).pop("Item")
    record = {"$ref": "#/components/schemas/Record"}
    doc["paths"]["/v1/items"]["post"]["responses"] = returns(record)
    doc["paths"]["/v1/items/{id}"]["get"]["responses"] = returns(record)


def add_v2_tags(doc: Doc) -> None:
    doc["paths"]["/v2/tags"] = {"get": OK_NO_BODY, "post": OK_NO_BODY}


def add_delete(doc: Doc) -> None:
    doc["paths"]["/v1/items/{id}"]["delete"] = {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        **OK_NO_BODY,
    }


def setter(path: Callable[[Doc], dict[str, Any]], **values: Any) -> Mutation:
    """A mutation that updates the dict `path(doc)` with `values`."""
    return lambda doc: path(doc).update(values)


def nothing(doc: Doc) -> None:
    return None


def add_list(doc: Doc) -> None:
    """`client.v1.items.list(cursor=)`, a page of items with the next cursor."""
    page = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": ITEM_REF},
            "next_cursor": {"type": "string"},
        },
    }
    doc["paths"]["/v1/items"]["get"] = {
        "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
        "responses": returns(page),
    }


def both(*mutations: Mutation) -> Mutation:
    def mutate(doc: Doc) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


# -- the cases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    old: Mutation  # applied to the base document to make the old spec
    new: Mutation  # applied to another copy of it to make the new one
    changes: set[tuple[str, str, bool]]  # (kind, where, breaking): exactly these
    bump: str  # for version 1.0.0


def case(
    new: Mutation, changes: set[tuple[str, str, bool]], bump: str, old: Mutation = nothing
) -> Case:
    return Case(old, new, changes, bump)


CREATE = "client.v1.items.create"
GET = "client.v1.items.get"
OPTIONS = "params.V1ItemsCreateBodyOptions"

CASES: dict[str, Case] = {
    "nothing changed": case(nothing, set(), "patch"),
    "resource added (with a sub-resource)": case(
        add_v2_tags, {("resource_added", "client.v2", False)}, "minor"
    ),
    "resource removed": case(
        nothing, {("resource_removed", "client.v2", True)}, "major", old=add_v2_tags
    ),
    "method added": case(add_delete, {("method_added", "client.v1.items.delete", False)}, "minor"),
    "method removed": case(
        nothing, {("method_removed", "client.v1.items.delete", True)}, "major", old=add_delete
    ),
    "optional parameter added": case(
        lambda d: get_params(d).append(
            {"name": "limit", "in": "query", "schema": {"type": "integer"}}
        ),
        {("parameter_added", f"{GET}(limit=...)", False)},
        "minor",
    ),
    "required parameter added": case(
        both(
            lambda d: body_props(d).update(color={"type": "string"}),
            lambda d: body_required(d).append("color"),
        ),
        {("parameter_added", f"{CREATE}(color=...)", True)},
        "major",
    ),
    "parameter removed": case(
        lambda d: body_props(d).pop("size"),
        {("parameter_removed", f"{CREATE}(size=...)", True)},
        "major",
    ),
    "parameter renamed": case(
        setter(lambda d: get_param(d, "expand"), name="include"),
        {("parameter_renamed", f"{GET}(expand=...)", True)},
        "major",
    ),
    "parameter made required": case(
        lambda d: body_required(d).append("size"),
        {("parameter_made_required", f"{CREATE}(size=...)", True)},
        "major",
    ),
    "parameter made optional": case(
        unrequire_body,
        {("parameter_made_optional", f"{CREATE}(name=...)", False)},
        "minor",
    ),
    "parameter type narrowed": case(
        nothing,
        {("parameter_type_narrowed", f"{CREATE}(size=...)", True)},
        "major",
        old=setter(lambda d: body_props(d)["size"], type="number"),
    ),
    "parameter type widened": case(
        setter(lambda d: body_props(d)["size"], type="number"),
        {("parameter_type_widened", f"{CREATE}(size=...)", False)},
        "minor",
    ),
    "parameter made nullable (widened)": case(
        setter(lambda d: body_props(d)["size"], nullable=True),
        {("parameter_type_widened", f"{CREATE}(size=...)", False)},
        "minor",
    ),
    "parameter type changed": case(
        setter(lambda d: body_props(d)["size"], type="string"),
        {("parameter_type_changed", f"{CREATE}(size=...)", True)},
        "major",
    ),
    "parameter enum value removed (narrowed)": case(
        setter(lambda d: get_param(d, "order")["schema"], enum=["asc"]),
        {("enum_values_removed", f"{GET}(order=...)", True)},
        "major",
    ),
    "parameter enum value added (widened)": case(
        setter(lambda d: get_param(d, "order")["schema"], enum=["asc", "desc", "random"]),
        {("enum_values_added", f"{GET}(order=...)", False)},
        "minor",
    ),
    "request field added, optional": case(
        lambda d: options(d)["properties"].update(label={"type": "string"}),
        {("request_field_added", f'{OPTIONS}["label"]', False)},
        "minor",
    ),
    "request field added, required": case(
        both(
            lambda d: options(d)["properties"].update(label={"type": "string"}),
            lambda d: options(d)["required"].append("label"),
        ),
        {("request_field_added", f'{OPTIONS}["label"]', True)},
        "major",
    ),
    "request field removed": case(
        lambda d: options(d)["properties"].pop("limit"),
        {("request_field_removed", f'{OPTIONS}["limit"]', True)},
        "major",
    ),
    "request field made required": case(
        lambda d: options(d)["required"].append("limit"),
        {("request_field_made_required", f'{OPTIONS}["limit"]', True)},
        "major",
    ),
    "request field made optional": case(
        lambda d: options(d).pop("required"),  # 3.0 forbids an empty list
        {("request_field_made_optional", f'{OPTIONS}["mode"]', False)},
        "minor",
    ),
    "request field type narrowed": case(
        nothing,
        {("request_field_type_narrowed", f'{OPTIONS}["limit"]', True)},
        "major",
        old=setter(lambda d: options(d)["properties"]["limit"], type="number"),
    ),
    "request field type widened": case(
        setter(lambda d: options(d)["properties"]["limit"], type="number"),
        {("request_field_type_widened", f'{OPTIONS}["limit"]', False)},
        "minor",
    ),
    "request field type changed": case(
        setter(lambda d: options(d)["properties"]["limit"], type="boolean"),
        {("request_field_type_changed", f'{OPTIONS}["limit"]', True)},
        "major",
    ),
    "request field enum value removed": case(
        setter(lambda d: options(d)["properties"]["mode"], enum=["fast"]),
        {("enum_values_removed", f'{OPTIONS}["mode"]', True)},
        "major",
    ),
    "response enum value added (open enum)": case(
        setter(lambda d: item(d)["properties"]["status"], enum=["new", "done", "failed"]),
        {("enum_values_added", "models.Item.status", False)},
        "minor",
    ),
    "response enum value removed": case(
        setter(lambda d: item(d)["properties"]["status"], enum=["done"]),
        {("enum_values_removed", "models.Item.status", False)},
        "patch",
    ),
    "response field added": case(
        lambda d: item(d)["properties"].update(label={"type": "string"}),
        {("response_field_added", "models.Item.label", False)},
        "minor",
    ),
    "response field removed": case(
        lambda d: item(d)["properties"].pop("count"),
        {("response_field_removed", "models.Item.count", True)},
        "major",
    ),
    "response field made nullable": case(
        setter(lambda d: item(d)["properties"]["id"], nullable=True),
        {("response_field_made_nullable", "models.Item.id", True)},
        "major",
    ),
    "response field no longer nullable (narrowed)": case(
        nothing,
        {("response_field_type_narrowed", "models.Item.id", False)},
        "patch",
        old=setter(lambda d: item(d)["properties"]["id"], nullable=True),
    ),
    "response field made optional": case(
        lambda d: item(d)["required"].remove("status"),
        {("response_field_made_optional", "models.Item.status", True)},
        "major",
    ),
    "response field made required": case(
        lambda d: item(d)["required"].append("count"),
        {("response_field_made_required", "models.Item.count", False)},
        "patch",
    ),
    "response field type widened": case(
        setter(lambda d: item(d)["properties"]["count"], type="number"),
        {("response_field_type_widened", "models.Item.count", True)},
        "major",
    ),
    "response field type narrowed": case(
        nothing,
        {("response_field_type_narrowed", "models.Item.count", False)},
        "patch",
        old=setter(lambda d: item(d)["properties"]["count"], type="number"),
    ),
    "response field type changed": case(
        setter(lambda d: item(d)["properties"]["count"], type="string"),
        {("response_field_type_changed", "models.Item.count", True)},
        "major",
    ),
    "model renamed": case(rename_item_to_record, {("model_renamed", "models.Item", True)}, "major"),
    "model added": case(add_tag_schema, {("model_added", "models.Tag", False)}, "minor"),
    "model removed": case(
        nothing, {("model_removed", "models.Tag", True)}, "major", old=add_tag_schema
    ),
    "response type changed": case(
        both(
            add_tag_schema,
            lambda d: d["paths"]["/v1/items/{id}"]["get"].update(
                responses=returns({"$ref": "#/components/schemas/Tag"})
            ),
        ),
        {("response_type_changed", GET, True)},
        "major",
        old=add_tag_schema,
    ),
    "method becomes paginated (returns its first page)": case(
        add_list,
        {("response_type_changed", "client.v1.items.list", True)},
        "major",
        old=both(
            add_list, lambda d: d["paths"]["/v1/items"]["get"].update({"x-pagination": False})
        ),
    ),
    "response type added to a method that returned None": case(
        both(
            add_delete,
            lambda d: d["paths"]["/v1/items/{id}"]["delete"].update(responses=returns(ITEM_REF)),
        ),
        {("response_type_changed", "client.v1.items.delete", False)},
        "minor",
        old=add_delete,
    ),
    "package renamed": case(
        lambda d: d["info"].update(title="Other API"),
        {("package_renamed", "import test", True)},
        "major",
    ),
}


def write_spec(folder: Path, name: str, doc: Doc) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def docs(old: Mutation, new: Mutation, version: str = "1.0.0") -> tuple[Doc, Doc]:
    before, after = base(version), base(version)
    old(before)
    new(after)
    return before, after


def apis(old: Mutation, new: Mutation, version: str = "1.0.0") -> tuple[Api, Api]:
    """The models of the old and the new spec, built in memory."""
    before, after = docs(old, new, version)
    return api_of(before), api_of(after)


def spec_files(
    folder: Path, old: Mutation, new: Mutation, version: str = "1.0.0"
) -> tuple[Path, Path]:
    """The old and the new spec as files (for what reads files: diff_specs, the command line)."""
    before, after = docs(old, new, version)
    return write_spec(folder, "old.yaml", before), write_spec(folder, "new.yaml", after)


def changelog_docs() -> list[Doc]:
    """Three releases: 1.0.0, 1.1.0 (adds `models.Tag`), 2.0.0 (drops `size`)."""
    first = base("1.0.0")
    second = base("1.1.0")
    add_tag_schema(second)
    third = copy.deepcopy(second)
    third["info"]["version"] = "2.0.0"
    body_props(third).pop("size")
    return [first, second, third]


def drop_size(doc: Doc) -> None:
    """A breaking change: the optional `size` argument of `create` is removed."""
    body_props(doc).pop("size")
