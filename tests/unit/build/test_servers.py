"""`servers` (or the configured environments) → the members of the SDK's `Environment` enum."""

from __future__ import annotations

from typing import Any

from generator.build.servers import server_variables, servers
from generator.model import naming
from generator.model.api import Server, ServerVariable


def test_each_server_is_a_member_named_after_its_description() -> None:
    spec: dict[str, Any] = {
        "servers": [
            {"url": "https://api.example.com/v1/", "description": "Production"},
            {"url": "https://staging.example.com", "description": "Staging server"},
        ]
    }
    assert servers(spec, None) == (
        Server("PRODUCTION", "https://api.example.com/v1", "Production"),  # no trailing slash
        Server("STAGING_SERVER", "https://staging.example.com", "Staging server"),
    )


def test_members_are_unique_and_never_empty() -> None:
    spec: dict[str, Any] = {
        "servers": [
            {"url": "https://a.test", "description": "Main"},
            {"url": "https://b.test", "description": "main"},
            {"url": "https://c.test"},
            {"url": "https://d.test", "description": "日本"},
            {"url": "https://e.test", "description": "class"},
        ]
    }
    assert [s.member for s in servers(spec, None)] == ["MAIN", "MAIN_2", "SERVER_3", "SERVER_4", "CLASS"]


def test_variables_take_their_defaults() -> None:
    spec: dict[str, Any] = {
        "servers": [
            {
                "url": "https://{region}.example.com:{port}/{base}",
                "variables": {
                    "region": {"default": "eu", "enum": ["eu", "us"]},
                    "port": {"default": "443"},
                    "base": {"default": "v2"},
                },
            }
        ]
    }
    (server,) = servers(spec, None)
    assert server.url == "https://eu.example.com:443/v2"
    # kept for `Client(region=...)`
    assert server.template == "https://{region}.example.com:{port}/{base}"
    assert server.defaults == (("base", "v2"), ("port", "443"), ("region", "eu"))


def test_variables_are_client_arguments_typed_by_their_enums() -> None:
    spec: dict[str, Any] = {
        "servers": [
            {
                "url": "https://{region}.example.com/{token}",
                "variables": {
                    "region": {"default": "eu", "enum": ["eu", "us"], "description": "Where."},
                    "token": {"default": "t"},
                    "unused": {"default": "x"},  # not in the URL: no argument
                },
            },
            {
                "url": "https://{region}.other.example.com",
                "variables": {"region": {"default": "apac", "enum": ["apac", "eu"]}},
            },
        ]
    }
    taken = naming.RESERVED_CLIENT_ARGS | {"token"}  # a credential argument
    assert server_variables(spec, False, taken) == (
        ServerVariable("region", "region", ("eu", "us", "apac"), "Where."),
        ServerVariable("token_", "token", (), ""),
    )
    assert server_variables(spec, True, taken) == ()  # configured environments have none


def test_without_servers_the_sdk_talks_to_localhost() -> None:
    assert servers({}, None) == (Server("DEFAULT", "http://localhost", "Default"),)
    assert servers({"servers": []}, None) == (Server("DEFAULT", "http://localhost", "Default"),)


def test_configured_environments_replace_the_spec_s_servers_in_their_order() -> None:
    spec: dict[str, Any] = {"servers": [{"url": "https://api.example.com", "description": "Prod"}]}
    configured = (("PRODUCTION", "https://api.example.com/"), ("EU", "https://eu.example.com"))
    assert servers(spec, configured) == (
        Server("PRODUCTION", "https://api.example.com", ""),
        Server("EU", "https://eu.example.com", ""),
    )
