"""Regeneration with a warm cache writes exactly what a cold run writes: every byte of every
file and every warning, across a sequence of real spec changes (Magic Hour's published history,
then its current spec), each generated after the one before with the same cache; and across
changes to one schema that many files are made from and to operations and the API's own fields
(the files remembered by their inputs)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from support.diff_cases import Doc, openapi, returns, write_spec

from generator import pipeline
from generator.build import api as build_api_module
from generator.build import reuse
from generator.build.operations import build_operation
from generator.config import Config
from generator.emit import render as emit_render
from generator.emit.files import File
from generator.pipeline import generate, summary

MAGIC_HOUR = Path(__file__).resolve().parents[2] / "shared" / "magic-hour"
HISTORY = sorted((MAGIC_HOUR / "history").glob("*.json")) + [MAGIC_HOUR / "openapi.json"]


@pytest.mark.skipif(not MAGIC_HOUR.is_dir(), reason="needs ../shared/magic-hour")
def test_warm_cache_output_equals_cold_output_across_spec_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm = tmp_path / "warm" / "format"
    for index, spec in enumerate(HISTORY):
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / f"cold-{index}" / "format"))
        cold_run = generate(spec)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(warm))
        warm_run = generate(spec)
        assert warm_run.files == cold_run.files, spec.name
        assert summary(warm_run) == summary(cold_run), spec.name
    # The warm cache was used (a cold run leaves entries in its own folder only).
    assert any((tmp_path / "warm" / "validate").iterdir())


def _shared_money() -> Doc:
    """`Money` used by three models, in a list, in an allOf and through a chain of `$ref`s."""
    money_ref = {"$ref": "#/components/schemas/Money"}
    return openapi(
        {
            "/v1/items": {"get": {"operationId": "listItems", "responses": returns(ITEM_LIST)}},
            "/v1/orders/{id}": {
                "get": {
                    "operationId": "getOrder",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": returns({"$ref": "#/components/schemas/Order"}),
                }
            },
        },
        {
            "Money": {
                "type": "object",
                "required": ["amount"],
                "properties": {"amount": {"type": "integer"}, "currency": {"type": "string"}},
            },
            "Price": money_ref,
            "Item": {
                "type": "object",
                "properties": {"price": {"$ref": "#/components/schemas/Price"}},
            },
            "Order": {
                "allOf": [
                    {"$ref": "#/components/schemas/Item"},
                    {
                        "type": "object",
                        "properties": {"totals": {"type": "array", "items": money_ref}},
                    },
                ]
            },
        },
    )


ITEM_LIST = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}


def _money_changes() -> list[Doc]:
    """The shared schema changed step by step: a description, a new property, a property's
    type, nullable, then no longer an object at all, then back."""
    steps = [_shared_money()]

    def step(change: Callable[[dict[str, Any]], None]) -> None:
        doc = copy.deepcopy(steps[-1])
        change(doc["components"]["schemas"]["Money"])
        steps.append(doc)

    step(lambda money: money.update(description="An amount of money."))
    step(lambda money: money["properties"].update(fee={"type": "number", "example": 1.5}))
    step(lambda money: money["properties"]["amount"].update(type="string"))
    step(lambda money: money.update(nullable=True))
    step(lambda money: (money.clear(), money.update(type="string", pattern="^[0-9]+$")))
    steps.append(_shared_money())
    return steps


def _operation_and_api_changes() -> list[Doc]:
    """Changes that reach resource clients and pages, the README, the index and the root
    client: an operation gains an argument, another its summary, the API an auth scheme, a
    description and a server; then the schema the pages' examples are made of changes."""
    steps = [_shared_money()]

    def step(change: Callable[[dict[str, Any]], None]) -> None:
        doc = copy.deepcopy(steps[-1])
        change(doc)
        steps.append(doc)

    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "example": 5}}
    step(lambda doc: doc["paths"]["/v1/items"]["get"].update(parameters=[limit]))
    step(lambda doc: doc["paths"]["/v1/orders/{id}"]["get"].update(summary="Get an order."))
    step(
        lambda doc: (
            doc.setdefault("components", {}).update(
                securitySchemes={"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
            ),
            doc.update(security=[{"key": []}]),
        )
    )
    step(lambda doc: doc["info"].update(description="The shop's API."))
    step(lambda doc: doc.update(servers=[{"url": "https://{region}.example.com"}]))
    step(
        lambda doc: doc["components"]["schemas"]["Money"]["properties"]["amount"].update(example=42)
    )
    step(lambda doc: doc["paths"]["/v1/items"]["get"].pop("parameters"))
    return steps


@pytest.mark.parametrize("changes", [_money_changes, _operation_and_api_changes])
def test_warm_equals_cold_when_what_many_files_are_made_of_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: Callable[[], list[Doc]]
) -> None:
    warm = tmp_path / "warm" / "format"
    rendered: list[str] = []

    def render_files(files: Iterable[File], compiled: Path | None = None) -> dict[str, str]:
        made = emit_render.render_files(files, compiled)
        rendered.extend(made)
        return made

    monkeypatch.setattr(pipeline, "render_files", render_files)
    for index, doc in enumerate(changes()):
        (tmp_path / f"step-{index}").mkdir()
        spec = write_spec(tmp_path / f"step-{index}", "spec.yaml", doc)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / f"cold-{index}" / "format"))
        cold_run = generate(spec)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(warm))
        rendered.clear()
        warm_run = generate(spec)
        assert warm_run.files == cold_run.files, f"step {index}"
        assert summary(warm_run) == summary(cold_run), f"step {index}"
        if index:  # what the change does not reach is not made again
            assert len(rendered) < len(cold_run.files) / 2, f"step {index}"


FIELD = Path(__file__).resolve().parents[2] / "shared" / "field-specs"


@pytest.mark.skipif(not (FIELD / "ory-kratos.json").is_file(), reason="needs ../shared/field-specs")
def test_a_spec_with_warnings_regenerates_as_a_cold_run_after_each_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ory Kratos' description has warnings: its units that pass are remembered, the others
    checked again on every run, and each run reports and repairs exactly what a cold one does,
    through edits that add a warning, move one, and remove it."""
    original = json.loads((FIELD / "ory-kratos.json").read_text(encoding="utf-8"))
    name = sorted(original["components"]["schemas"])[0]
    url = sorted(original["paths"])[0]
    method = next(
        m for m in ("get", "post", "put", "patch", "delete") if m in original["paths"][url]
    )

    def edited(*, example: Any, word: str) -> dict[str, Any]:
        doc = copy.deepcopy(original)
        doc["components"]["schemas"][name]["example"] = example
        operation = doc["paths"][url][method]
        operation["description"] = f"{operation.get('description') or ''} {word}"
        return doc

    # A string example where the schema is an object (or a number where it is a string).
    wrong = 42 if original["components"]["schemas"][name].get("type") == "string" else "text"
    steps = [
        original,
        edited(example=wrong, word="one"),
        edited(example=wrong, word="two"),
        original,
    ]
    warm = tmp_path / "warm" / "format"
    warned: list[int] = []
    for index, doc in enumerate(steps):
        spec = tmp_path / f"step-{index}" / "spec.json"
        spec.parent.mkdir()
        spec.write_text(json.dumps(doc), encoding="utf-8")
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / f"cold-{index}" / "format"))
        cold_run = generate(spec)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(warm))
        warm_run = generate(spec)
        assert warm_run.files == cold_run.files, f"step {index}"
        assert summary(warm_run) == summary(cold_run), f"step {index}"
        warned.append(len(cold_run.api.warnings))
    assert warned[1] == warned[2] == warned[0] + 1 and warned[3] == warned[0]


def _shop() -> Doc:
    """Five operations over `Item` (a component many reach); `GET /v1/beta` returns a component
    whose inline property is named `V1AlphaListResponse`, the name an inline response of
    `GET /v1/alpha` (planned before it) would take."""
    item_ref = {"$ref": "#/components/schemas/Item"}
    id_parameter = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    return openapi(
        {
            "/v1/alpha": {"get": {"operationId": "listAlpha", "responses": returns(item_ref)}},
            "/v1/beta": {
                "get": {
                    "operationId": "listBeta",
                    "responses": returns({"$ref": "#/components/schemas/V1AlphaList"}),
                }
            },
            "/v1/items": {
                "get": {"operationId": "listItems", "responses": returns(ITEM_LIST)},
                "post": {
                    "operationId": "createItem",
                    "requestBody": {"content": {"application/json": {"schema": item_ref}}},
                    "responses": returns(item_ref),
                },
            },
            "/v1/items/{id}": {
                "get": {
                    "operationId": "getItem",
                    "parameters": [id_parameter],
                    "responses": returns(item_ref),
                },
                "delete": {
                    "operationId": "deleteItem",
                    "parameters": [id_parameter],
                    "responses": {"204": {"description": "Deleted"}},
                },
            },
        },
        {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            },
            "V1AlphaList": {
                "type": "object",
                "properties": {
                    "response": {"type": "object", "properties": {"x": {"type": "string"}}}
                },
            },
        },
    )


def _single_operation_edits() -> list[tuple[str, Doc, Config | None]]:
    """One edit after another: (what, the document, the configuration)."""
    steps: list[tuple[str, Doc, Config | None]] = [("base", _shop(), None)]

    def step(what: str, change: Callable[[Doc], Any], config: Config | None = None) -> None:
        doc = copy.deepcopy(steps[-1][1])
        change(doc)
        steps.append((what, doc, config))

    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "example": 5}}
    step("a new parameter", lambda doc: doc["paths"]["/v1/items"]["get"].update(parameters=[limit]))
    inline = {"type": "object", "properties": {"count": {"type": "integer"}}}
    step(
        "a new inline object whose class name another operation's class had",
        lambda doc: doc["paths"]["/v1/alpha"]["get"].update(responses=returns(inline)),
    )
    odd = {"name": "ratio", "in": "query", "schema": {"type": "number", "enum": [0.5, 1.5]}}
    step(
        "an edit that adds a warning",
        lambda doc: doc["paths"]["/v1/items/{id}"]["get"]["parameters"].append(odd),
    )
    step("an operation removed", lambda doc: doc["paths"]["/v1/items/{id}"].pop("delete"))
    # A null among the values: the build remembers samples by their values' types, and the
    # next run must read that back (`the API's version and description` takes every step).
    step(
        "a component many operations reach",
        lambda doc: doc["components"]["schemas"]["Item"]["properties"].update(
            price={"type": "integer", "example": 3},
            note={"type": "string", "nullable": True, "enum": ["a", None], "default": None},
        ),
    )
    step(
        "the API's version and description",
        lambda doc: doc["info"].update(version="1.1.0", description="The shop."),
    )
    step("the configuration", lambda doc: None, Config(package="shop", timeout=5.0))
    step("back", lambda doc: None)
    return steps


def test_warm_equals_cold_after_single_operation_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm = tmp_path / "warm" / "format"
    built: list[str] = []

    def counted(plan: Any, *rest: Any) -> Any:
        built.append(plan.path)
        return build_operation(plan, *rest)

    monkeypatch.setattr(build_api_module, "build_operation", counted)
    for index, (what, doc, config) in enumerate(_single_operation_edits()):
        (tmp_path / f"step-{index}").mkdir()
        spec = write_spec(tmp_path / f"step-{index}", "spec.yaml", doc)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / f"cold-{index}" / "format"))
        cold_run = generate(spec, config)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(warm))
        built.clear()
        warm_run = generate(spec, config)
        assert warm_run.files == cold_run.files, what
        assert summary(warm_run) == summary(cold_run), what
        if what == "a new parameter":  # the other path items' operations are taken
            assert built == ["/v1/items", "/v1/items"]
        if what == "a new inline object whose class name another operation's class had":
            # `GET /v1/beta` now names its class `…2`; `GET /v1/items` is the first to type
            # `Item` now (`GET /v1/alpha` did before), the others find it typed as before.
            assert built == ["/v1/alpha", "/v1/beta", "/v1/items"], built
            assert "V1AlphaListResponse2" in summary(warm_run) or any(
                "V1AlphaListResponse2" in text for text in warm_run.files.values()
            )
        if what == "an edit that adds a warning":
            assert "warning:" in summary(warm_run)
        if what == "the API's version and description":  # no operation reads them
            assert built == []
        if what == "the configuration":  # another configuration: everything is built
            assert len(built) == 5


FIELD = MAGIC_HOUR.parent / "field-specs"
# Single-file real specs of both OpenAPI versions, YAML and JSON, with and without warnings
# (a step that reaches another file has no key: DigitalOcean's are built every time).
RERUN = ["google-maps.yaml", "together.yaml", "qdrant.json", "ory-kratos.json", "svix.json"]


@pytest.mark.skipif(not FIELD.is_dir(), reason="needs ../shared/field-specs")
@pytest.mark.parametrize("name", RERUN)
def test_a_real_spec_run_again_takes_every_step_from_the_last_run(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a run remembers, the next reads back: a cache the reader refuses (a value it does
    not know how to read) would silently build everything again, and every test of equal
    output would still pass."""
    monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / "format"))
    built: list[int] = []
    save = reuse.Steps.save

    def counted(steps: reuse.Steps, verdicts: dict[str, bool]) -> None:
        built.append(steps._built_now)
        save(steps, verdicts)

    monkeypatch.setattr(reuse.Steps, "save", counted)
    first = pipeline.load_api(FIELD / name)
    again = pipeline.load_api(FIELD / name)
    assert built[0] > 0 and built[-1] == 0, built
    assert again == first
