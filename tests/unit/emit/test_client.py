"""Views of the root clients: the credentials, the auth schemes they build, and the imports."""

from __future__ import annotations

from support.model import api, bearer, resource

from generator.emit.client import Credential, client_code
from generator.emit.code import ChildImport
from generator.model.api import SecurityScheme, Server

BASIC = SecurityScheme(
    "basic",
    "basic",
    "header",
    "Authorization",
    ("username", "password"),
    ("ACME_USERNAME", "ACME_PASSWORD"),
    "",
)
KEY = SecurityScheme("key", "api_key", "query", "api_key", ("api_key",), ("ACME_API_KEY",), "")


def test_every_argument_of_every_scheme_is_a_credential() -> None:
    code = client_code(api(security_schemes=(bearer(), BASIC, KEY)))
    assert code.credentials == (
        Credential(
            "token",
            "ACME_API_TOKEN",
            "The bearer token sent as `Authorization: Bearer …`. Defaults to the environment "
            "variable `ACME_API_TOKEN`.",
        ),
        Credential(
            "username",
            "ACME_USERNAME",
            "The HTTP basic auth username. Defaults to the environment variable `ACME_USERNAME`.",
        ),
        Credential(
            "password",
            "ACME_PASSWORD",
            "The HTTP basic auth password. Defaults to the environment variable `ACME_PASSWORD`.",
        ),
        Credential(
            "api_key",
            "ACME_API_KEY",
            "The API key sent in the query `api_key`. Defaults to the environment variable "
            "`ACME_API_KEY`.",
        ),
    )
    assert code.auth_call == "_auth(token, username, password, api_key)"
    assert code.any_credential_given == (
        "token is not None or username is not None or password is not None or api_key is not None"
    )


def test_each_scheme_is_built_by_its_runtime_class() -> None:
    code = client_code(api(security_schemes=(bearer(), BASIC, KEY)))
    assert code.auth_entries == (
        (
            '"bearerAuth"',
            'BearerAuth(credential(token, "ACME_API_TOKEN"), '
            'hint="pass token=... to the client or set ACME_API_TOKEN")',
        ),
        (
            '"basic"',
            'BasicAuth(credential(username, "ACME_USERNAME"), credential(password, "ACME_PASSWORD"), '
            'hint="pass username=..., password=... to the client or set ACME_USERNAME and ACME_PASSWORD")',
        ),
        (
            '"key"',
            'ApiKeyAuth(credential(api_key, "ACME_API_KEY"), location="query", name="api_key", '
            'hint="pass api_key=... to the client or set ACME_API_KEY")',
        ),
    )
    core = code.imports.groups[3][0]
    for name in ("ApiKeyAuth", "BasicAuth", "BearerAuth", "credential"):
        assert name in core.removeprefix("from acme._core import ").split(", ")


def test_without_schemes_there_is_nothing_to_pass() -> None:
    code = client_code(api())
    assert (code.credentials, code.auth_entries) == ((), ())
    assert (code.auth_call, code.any_credential_given) == ("_auth()", "")
    assert code.imports.groups == (
        ("from __future__ import annotations",),  # annotations name models, imported on use
        ("import os", "import typing"),
        ("import httpx", "import typing_extensions"),
        (
            "from acme._core import NOT_GIVEN, AsyncBaseClient, AuthScheme, NotGiven, SyncBaseClient, "
            "log_from_environment",
            "from acme._sdk import BASE_URL_ENV, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, "
            "DEFAULT_TIMEOUT, LOG_ENV, USER_AGENT",
            "from acme.environment import Environment",
        ),
    )


def test_top_level_resources_are_imported_and_the_first_server_is_the_default() -> None:
    code = client_code(
        api(
            resource("v1"),
            resource("v2"),
            servers=(
                Server("STAGING", "https://s.test", ""),
                Server("PRODUCTION", "https://p.test", ""),
            ),
        )
    )
    assert code.child_imports == (
        ChildImport("acme.resources.v1.client", ("AsyncV1Client", "V1Client")),
        ChildImport("acme.resources.v2.client", ("AsyncV2Client", "V2Client")),
    )
    assert code.imports.groups[1] == ("import functools", "import os", "import typing")
    assert code.default_environment == "Environment.STAGING"


def test_spec_text_in_a_scheme_is_escaped_where_it_lands() -> None:
    odd = SecurityScheme('a"b', "api_key", "header", 'X-"Key"', ("api_key",), ("ACME_API_KEY",), "")
    ((key, scheme),) = client_code(api(security_schemes=(odd,))).auth_entries
    assert key == '"a\\"b"'
    assert 'name="X-\\"Key\\""' in scheme
