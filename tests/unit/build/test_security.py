"""Security schemes → the client's credential arguments and their environment variables;
each operation's requirements → the alternatives of schemes it sends."""

from __future__ import annotations

from typing import Any

import pytest
from support.model import api_of, context_of, openapi

from generator.build.security import operation_security, security_schemes
from generator.emit.render import render_sdk
from generator.errors import SpecError
from generator.model.api import SecurityScheme
from generator.spec.refs import jp_ref


def schemes(**raw: dict[str, Any]) -> dict[str, SecurityScheme]:
    return security_schemes({"components": {"securitySchemes": raw}}, "ACME")


def test_each_kind_of_scheme_and_its_preferred_arguments() -> None:
    result = schemes(
        bearerAuth={"type": "http", "scheme": "bearer", "description": "A token."},
        basicAuth={"type": "http", "scheme": "Basic"},
        apiKey={"type": "apiKey", "in": "query", "name": "api_key"},
        oauth={"type": "oauth2", "flows": {}},
    )
    assert list(result) == ["apiKey", "basicAuth", "bearerAuth", "oauth"]
    assert result["basicAuth"] == SecurityScheme(
        key="basicAuth",
        kind="basic",
        location="header",
        wire_name="Authorization",
        arguments=("username", "password"),
        env_vars=("ACME_USERNAME", "ACME_PASSWORD"),
        description="",
    )
    assert result["apiKey"] == SecurityScheme(
        "apiKey", "api_key", "query", "api_key", ("api_key",), ("ACME_API_KEY",), ""
    )
    # Two schemes would both take `token`: each is named after its key instead.
    assert result["bearerAuth"] == SecurityScheme(
        "bearerAuth",
        "bearer",
        "header",
        "Authorization",
        ("bearer_auth",),
        ("ACME_BEARER_AUTH",),
        "A token.",
    )
    assert result["oauth"].kind == "bearer" and result["oauth"].arguments == ("oauth",)


@pytest.mark.parametrize(
    ("scheme", "sent_as"),
    [
        ({"type": "http", "scheme": "bearer"}, "Bearer"),
        ({"type": "http", "scheme": "DSN"}, "DSN"),  # Sentry: `Authorization: DSN <token>`
        ({"type": "http", "scheme": "Token"}, "Token"),
        ({"type": "http", "scheme": "digest"}, "Bearer"),  # challenge-response: warned
        ({"type": "http", "scheme": "not a token"}, "Bearer"),
        ({"type": "oauth2", "flows": {}}, "Bearer"),
    ],
)
def test_a_token_scheme_is_sent_under_its_own_name(scheme: dict[str, Any], sent_as: str) -> None:
    (built,) = schemes(auth=scheme).values()
    assert (built.kind, built.http_scheme) == ("bearer", sent_as)
    code = render_sdk(api_of(openapi(components={"securitySchemes": {"auth": scheme}})))[
        "acme/client.py"
    ]
    assert (f'scheme="{sent_as}"' in code) == (sent_as != "Bearer")
    assert f"`Authorization: {sent_as} …`" in code


def test_a_single_bearer_scheme_takes_token_from_api_token() -> None:
    (scheme,) = schemes(BearerAuth={"type": "http", "scheme": "bearer"}).values()
    assert scheme.arguments == ("token",)
    assert scheme.env_vars == ("ACME_API_TOKEN",)


def test_two_basic_schemes_prefix_their_arguments_with_the_key() -> None:
    result = schemes(
        admin={"type": "http", "scheme": "basic"}, user={"type": "http", "scheme": "basic"}
    )
    assert result["admin"].arguments == ("admin_username", "admin_password")
    assert result["user"].env_vars == ("ACME_USER_USERNAME", "ACME_USER_PASSWORD")


def test_an_api_key_in_a_header_or_a_cookie() -> None:
    result = schemes(
        header={"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        cookie={"type": "apiKey", "in": "cookie", "name": "sid"},
    )
    assert (result["header"].location, result["header"].wire_name) == ("header", "X-Api-Key")
    assert (result["cookie"].location, result["cookie"].wire_name) == ("cookie", "sid")
    assert result["header"].arguments == ("header",)  # two api keys: named by key


def test_no_schemes() -> None:
    assert security_schemes({}, "ACME") == {}


def test_credential_arguments_are_unique_across_schemes() -> None:
    result = schemes(
        **{"Bearer-Auth": {"type": "http", "scheme": "bearer"}},
        bearer_auth={"type": "http", "scheme": "bearer"},
    )
    arguments = [name for scheme in result.values() for name in scheme.arguments]
    assert len(arguments) == len(set(arguments)), arguments
    env_vars = [name for scheme in result.values() for name in scheme.env_vars]
    assert len(env_vars) == len(set(env_vars)), env_vars


@pytest.mark.parametrize("key", ["timeout", "base_url", "environment", "http_client", "self"])
def test_credential_arguments_leave_the_clients_own_arguments_alone(key: str) -> None:
    spec = openapi(
        components={
            "securitySchemes": {
                key: {"type": "http", "scheme": "bearer"},
                "other": {"type": "http", "scheme": "bearer"},
            }
        }
    )
    client = render_sdk(api_of(spec))["acme/client.py"]
    compile(client, "acme/client.py", "exec", dont_inherit=True)


# -- requirements -----------------------------------------------------------------------------------

SPEC = openapi(
    security=[{"bearerAuth": []}],
    components={
        "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
        }
    },
)


def requirement(operation: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    ctx, root = context_of(SPEC)
    at = jp_ref(root, "paths", "/x", "get")
    return operation_security(operation, SPEC, at, ctx, security_schemes(SPEC, "ACME"))


def test_an_operation_without_security_inherits_the_documents() -> None:
    assert requirement({}) == (("bearerAuth",),)


def test_an_operations_own_security_wins() -> None:
    assert requirement({"security": [{"apiKey": []}, {"bearerAuth": [], "apiKey": []}]}) == (
        ("apiKey",),
        ("apiKey", "bearerAuth"),  # all of these together, sorted
    )


def test_an_empty_requirement_makes_authentication_optional_or_absent() -> None:
    assert requirement({"security": [{"bearerAuth": []}, {}]}) == (("bearerAuth",), ())
    assert requirement({"security": []}) == ()


def test_a_requirement_naming_an_unknown_scheme_is_refused_at_its_place() -> None:
    with pytest.raises(SpecError) as caught:
        requirement({"security": [{"bearerAuth": []}, {"nope": []}]})
    assert caught.value.message == (
        "security requirement names 'nope', which is not in components/securitySchemes"
    )
    assert caught.value.location is not None
    assert caught.value.location.pointer == "/paths/~1x/get/security/1"
