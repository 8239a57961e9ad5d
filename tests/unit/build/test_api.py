"""build_api: a whole (small) spec into the model, with every API-level name decided."""

from __future__ import annotations

from typing import Any

from support.model import api_of, json_content, openapi, resolver_of, returns

from generator.build.api import build_api
from generator.build.project import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from generator.config import Config
from generator.model import runtime
from generator.model.api import Export, Warning

OK = {"responses": {"204": {"description": "ok"}}}


def test_the_api_level_names_come_from_the_title_and_the_version() -> None:
    api = api_of(openapi({"/things": {"get": OK}}, title="Magic Hour", version="0.3.1"))
    assert (api.title, api.version, api.package, api.dist_name) == (
        "Magic Hour",
        "0.3.1",
        "magic_hour",
        "magic-hour",
    )
    assert api.env_prefix == "MAGIC_HOUR"
    assert api.base_url_env == "MAGIC_HOUR_BASE_URL"
    assert api.user_agent == "magic-hour-python/0.3.1"
    assert api.error_base == "MagicHourError"
    assert api.client_names == ("Client", "AsyncClient")


def test_the_package_option_overrides_the_title() -> None:
    api = build_api(resolver_of(openapi(title="Magic Hour")), Config(package="sdk"))
    assert (api.package, api.dist_name, api.env_prefix, api.error_base) == (
        "sdk",
        "sdk",
        "SDK",
        "SdkError",
    )


def test_the_api_phrase_version_project_and_client_defaults() -> None:
    api = api_of(openapi(title="Pet Store API", version="2024-07-25"))
    assert (api.api_phrase, api.api_version, api.version) == ("Pet Store API", "2024-07-25", "2024.7.25")
    assert api.project.description == "Python SDK for the Pet Store API"
    assert (api.timeout, api.max_retries) == (DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES)
    assert [w.pointer for w in api.warnings] == ["spec.yaml (at /info/version)"]
    configured = build_api(resolver_of(openapi()), Config(timeout=5.0, max_retries=0))
    assert (configured.timeout, configured.max_retries) == (5.0, 0)


def test_missing_info_fields_have_defaults() -> None:
    api = api_of({"openapi": "3.0.3", "paths": {}})
    assert (api.title, api.version, api.description, api.package) == ("API", "0.0.0", "", "api")


def test_exports_are_the_clients_the_top_level_names_and_every_exception() -> None:
    exports = api_of(openapi()).exports
    assert exports[:8] == (
        Export("Client", ".client"),
        Export("AsyncClient", ".client"),
        Export("Environment", ".environment"),
        Export("NOT_GIVEN", "._core"),
        Export("NotGiven", "._core"),
        Export("RequestOptions", "._core"),
        Export("RawResponse", "._core"),
        Export("RawResponseWithHeaders", "._core"),
    )
    assert exports[8:-1] == tuple(Export(name, "._core") for name in runtime.exception_classes())
    assert exports[-1] == Export("AcmeError", "._core", "SDKError")


def test_operations_servers_and_security_are_built() -> None:
    spec = openapi(
        {"/v1/lip-sync": {"post": OK}, "/v1/lip-sync/{id}": {"get": OK}},
        servers=[{"url": "https://api.test", "description": "Production"}],
        components={"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        security=[{"bearer": []}],
    )
    api = api_of(spec)
    assert [(r.qualified_name, op.method, op.security) for r, op in api.all_operations()] == [
        ("v1.lip_sync", "create", (("bearer",),)),
        ("v1.lip_sync", "get", (("bearer",),)),
    ]
    assert [s.member for s in api.servers] == ["PRODUCTION"]
    assert [s.arguments for s in api.security_schemes] == [("token",)]


def test_component_schemas_are_generated_even_when_unused() -> None:
    api = api_of(openapi(schemas={"Unused": {"type": "object", "properties": {"a": {"type": "string"}}}}))
    assert [(t.flavour, t.name) for t in api.object_types] == [("models", "Unused")]


def test_components_claim_their_names_before_inline_classes() -> None:
    # The inline response of GET /pet would be `PetListResponse`: a component of that name
    # keeps it, and the inline class is the one renamed.
    spec = openapi(
        {
            "/pet": {
                "get": {"responses": returns({"type": "object", "properties": {"x": {"type": "string"}}})}
            }
        },
        schemas={"PetListResponse": {"type": "object", "properties": {"y": {"type": "string"}}}},
    )
    names = {(t.name, t.pointer) for t in api_of(spec).object_types}
    assert names == {
        ("PetListResponse", "/components/schemas/PetListResponse"),
        ("PetListResponse2", "/paths/~1pet/get/responses/200/content/application~1json/schema"),
    }


def test_components_differing_only_in_case_are_named_apart_in_name_order() -> None:
    schema: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "string"}}}
    api = api_of(openapi(schemas={"pet": schema, "Pet": schema}))
    assert sorted((t.name, t.pointer) for t in api.object_types) == [
        ("Pet", "/components/schemas/Pet"),
        ("Pet2", "/components/schemas/pet"),
    ]


def test_webhook_payloads_get_models() -> None:
    payload = {"type": "object", "properties": {"id": {"type": "string"}}}
    spec = openapi(
        openapi_version="3.1.0",
        webhooks={
            "petAdopted": {"post": {"requestBody": {"content": json_content(payload)}, **OK}},
            "noBody": {"post": OK},
            "xml": {"post": {"requestBody": {"content": {"application/xml": {}}}, **OK}},
        },
    )
    api = api_of(spec)
    assert api.webhooks == (("petAdopted", "PetAdoptedWebhookPayload"),)
    assert [t.name for t in api.object_types] == ["PetAdoptedWebhookPayload"]


def test_warnings_are_collected_with_their_places() -> None:
    spec = openapi({"/things": {"get": {}}})
    assert api_of(spec).warnings == (
        Warning("spec.yaml (at /paths/~1things/get)", "no responses declared; the method returns None"),
    )
