"""Naming rules that keep identifiers distinct and readable (issue 11)."""

from __future__ import annotations

import pytest

from generator.model import naming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("APIs", ["apis"]),
        ("Together APIs", ["together", "apis"]),
        ("listAPIsV2", ["list", "apis", "v2"]),
        ("getURLs", ["get", "urls"]),
        ("IDsOnly", ["ids", "only"]),
        ("APIsecurity", ["ap", "isecurity"]),  # not a plural: the `s` starts a word
        ("HTTPServer", ["http", "server"]),
        ("ADDRESS", ["address"]),
    ],
)
def test_an_acronym_plural_is_one_word(text: str, expected: list[str]) -> None:
    assert naming.words(text) == expected


def test_package_name_of_an_api_whose_title_ends_in_apis() -> None:
    assert naming.package_name("Together APIs") == "together"
    assert naming.package_name("Widget APIs Service") == "widget_apis_service"


def test_counters_keep_upper_and_snake_names_readable() -> None:
    assert naming.unique(["PRODUCTION", "PRODUCTION", "SERVER_1", "SERVER_1"]) == [
        "PRODUCTION",
        "PRODUCTION_2",
        "SERVER_1",
        "SERVER_1_2",
    ]
    assert naming.unique(["Pet", "Pet", "pet", "pet"]) == ["Pet", "Pet2", "pet", "pet_2"]


def test_schemes_whose_keys_normalise_alike_get_distinct_arguments() -> None:
    chosen = naming.credential_arguments({"api-key": ("api_key",), "api_key": ("api_key",)}, "X")
    assert chosen == {
        "api-key": (("api_key",), ("X_API_KEY",)),
        "api_key": (("api_key_2",), ("X_API_KEY_2",)),
    }


def test_a_lone_scheme_keeps_its_natural_names() -> None:
    chosen = naming.credential_arguments(
        {"bearer": ("token",), "basic": ("username", "password"), "key": ("api_key",)}, "ACME"
    )
    assert chosen == {
        "basic": (("username", "password"), ("ACME_USERNAME", "ACME_PASSWORD")),
        "bearer": (("token",), ("ACME_API_TOKEN",)),
        "key": (("api_key",), ("ACME_API_KEY",)),
    }


def test_credential_names_avoid_the_clients_own_arguments_and_env_vars() -> None:
    chosen = naming.credential_arguments(
        {
            "timeout": ("api_key",),
            "Timeout": ("api_key",),  # both want api_key: named from their keys
            "a": ("token",),
            "api_token": ("token",),  # `token` reads *_API_TOKEN: so would this one
            "os": ("username", "password"),
            "x": ("username", "password"),
        },
        "P",
    )
    names = [name for arguments, _ in chosen.values() for name in arguments]
    env_vars = [env for _, envs in chosen.values() for env in envs]
    assert len(set(names)) == len(names) and len(set(env_vars)) == len(env_vars)
    assert not set(names) & naming.RESERVED_CLIENT_ARGS
    assert "P_BASE_URL" not in env_vars
    assert chosen["Timeout"][0] == ("timeout_2",)  # sorted keys: `Timeout` before `timeout`
    assert chosen["timeout"][0] == ("timeout_3",)
    # the same input always gives the same names
    assert chosen == naming.credential_arguments(
        {
            "x": ("username", "password"),
            "os": ("username", "password"),
            "api_token": ("token",),
            "a": ("token",),
            "Timeout": ("api_key",),
            "timeout": ("api_key",),
        },
        "P",
    )
