"""Runnable code examples: each operation's call with the spec's examples (else typed samples),
the client line with the credentials it needs, and the README's samples."""

from __future__ import annotations

import ast
from typing import Any

import pytest
from support.model import (
    INT,
    STR,
    api,
    bearer,
    field,
    named,
    object_type,
    operation,
    parameter,
    resource,
)

from generator.emit.examples import (
    call_expression,
    call_with,
    client_line,
    example_code,
    featured_operation,
    readme_examples,
    sample_value,
)
from generator.emit.flavours import ASYNC, SYNC
from generator.model.api import SecurityScheme, TypeRef

NEW_PET = object_type(
    "NewPet",
    field("name", required=True, example="Rex", has_example=True),
    field("age", INT, required=True),
    field("tag"),
    flavour="params",
)
CREATE = operation(
    "create",
    "POST",
    "/v1/pets",
    parameters=(
        parameter("pet", "body", named("NewPet"), required=True),
        parameter("limit", "query", INT, example=5, has_example=True),
        parameter("q", "query"),  # optional, no example: left out
    ),
    security=(("bearerAuth",),),
    resource=("v1", "pets"),
)
PETS = resource("v1", "pets", operations=(CREATE,))
API = api(resource("v1", children=(PETS,)), object_types=(NEW_PET,), security_schemes=(bearer(),))


def test_an_operations_example_is_a_runnable_call() -> None:
    assert example_code(API, PETS, CREATE, SYNC) == (
        "from acme import Client\n"
        "from os import getenv\n"
        "\n"
        'client = Client(token=getenv("ACME_API_TOKEN"))\n'
        'res = client.v1.pets.create(pet={"age": 1, "name": "Rex"}, limit=5)\n'
    )
    assert example_code(API, PETS, CREATE, ASYNC) == (
        "from acme import AsyncClient\n"
        "from os import getenv\n"
        "\n"
        'client = AsyncClient(token=getenv("ACME_API_TOKEN"))\n'
        'res = await client.v1.pets.create(pet={"age": 1, "name": "Rex"}, limit=5)\n'
    )


def test_the_client_line_passes_the_credentials_of_the_first_alternative_that_needs_any() -> None:
    key = SecurityScheme("key", "api_key", "query", "k", ("api_key",), ("ACME_API_KEY",), "")
    both = api(security_schemes=(bearer(), key))
    needs_key = operation(security=((), ("key",)))
    assert client_line(both, needs_key, SYNC) == 'client = Client(api_key=getenv("ACME_API_KEY"))'
    assert client_line(both, operation(), SYNC) == "client = Client()"
    # With no operation (the README of an API without operations): the first scheme.
    assert client_line(both, None, ASYNC, "max_retries=5") == (
        'client = AsyncClient(token=getenv("ACME_API_TOKEN"), max_retries=5)'
    )


def test_call_expression_raw_and_extra_arguments() -> None:
    assert call_expression(PETS, CREATE, API, raw=True, extra=("request_options=None",)) == (
        'client.v1.pets.with_raw_response.create(pet={"age": 1, "name": "Rex"}, limit=5, '
        "request_options=None)"
    )


@pytest.mark.parametrize(
    ("type_ref", "value"),
    [
        (INT, 1),
        (TypeRef("float"), 1.0),
        (TypeRef("bool"), True),
        (STR, "string"),
        (TypeRef("datetime"), "2024-01-01T00:00:00Z"),
        (TypeRef("date"), "2024-01-01"),
        (TypeRef("uuid"), "00000000-0000-0000-0000-000000000000"),
        (TypeRef("literal", literals=("b", "a")), "b"),
        (TypeRef("list", items=(INT,)), [1]),
        (TypeRef("union", items=(TypeRef("bool"), INT)), True),
        (TypeRef("dict", items=(INT,)), {}),
        (TypeRef("any"), None),
        (TypeRef("none"), None),
        (named("NewPet"), {"name": "Rex", "age": 1}),  # required fields only, examples first
        (named("Unknown"), {}),
    ],
)
def test_sample_values_by_type(type_ref: TypeRef, value: Any) -> None:
    assert sample_value(API, type_ref, depth=0) == value


def test_sample_values_stop_at_a_depth() -> None:
    nested = TypeRef("list", items=(TypeRef("list", items=(TypeRef("list", items=(INT,)),)),))
    assert sample_value(API, nested, depth=3) == [[]]
    assert sample_value(API, named("NewPet"), depth=4) == {}


def test_file_arguments_take_bytes_whatever_the_spec_shows() -> None:
    upload = operation(
        "create",
        "POST",
        parameters=(
            parameter(
                "file", "body", TypeRef("file"), required=True, example="x.png", has_example=True
            ),
            parameter("files", "body", TypeRef("list", items=(TypeRef("file"),)), required=True),
            parameter("raw", "body", TypeRef("bytes"), required=True),
        ),
    )
    call = call_expression(resource("things", operations=(upload,)), upload, api())
    assert call == (
        "client.things.create(file=b'example file content', files=[b'example file content'], "
        "raw=b'example file content')"
    )


def test_featured_operation_is_the_first_taking_arguments_else_the_first() -> None:
    plain = operation("list", resource=("a",))
    assert featured_operation(API) == (PETS, CREATE)
    only_plain = api(resource("a", operations=(plain,)))
    assert featured_operation(only_plain) == (only_plain.resources[0], plain)
    assert featured_operation(api()) is None


def test_call_with_adds_a_keyword_argument() -> None:
    assert call_with("f()", "x=1") == "f(x=1)"
    assert call_with("client.a.b(c=1)", "x=1") == "client.a.b(c=1, x=1)"
    assert call_with("None  # no call", "x=1") == "None  # no call"


def test_readme_examples_are_python_built_around_the_featured_operation() -> None:
    examples = readme_examples(API)
    call = 'client.v1.pets.create(pet={"age": 1, "name": "Rex"}, limit=5)'
    assert examples["sync_example"] == (
        "from acme import Client\nfrom os import getenv\n\n"
        'client = Client(token=getenv("ACME_API_TOKEN"))\n'
        f"res = {call}\nprint(res)\n"
    )
    assert f"res = await {call}" in examples["async_example"]
    assert (
        'async with AsyncClient(token=getenv("ACME_API_TOKEN")) as client:'
        in examples["async_example"]
    )
    no_retries = call_with(call, 'request_options={"max_retries": 0}')
    assert f"res = {no_retries}\n" in examples["retries_example"]
    assert "max_retries=5)" in examples["retries_example"]
    assert "raw = client.v1.pets.with_raw_response.create(" in examples["raw_example"]
    assert 'logging.getLogger("acme")' in examples["logging_example"]
    for code in examples.values():
        ast.parse(code)


def test_readme_examples_of_an_api_without_operations() -> None:
    examples = readme_examples(api())
    assert "res = None  # this API has no operations" in examples["sync_example"]
    assert "client = Client()" in examples["sync_example"]
    for code in examples.values():
        ast.parse(code)
