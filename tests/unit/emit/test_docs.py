"""Views of the markdown reference: each operation's rows, examples, response and errors; the
pages' links; the README's tables."""

from __future__ import annotations

from support.model import (
    INT,
    api,
    bearer,
    field,
    named,
    operation,
    parameter,
    resource,
    response,
)

from generator.emit.docs import (
    DocRow,
    HeaderRow,
    IndexEntry,
    index_entries,
    operation_doc,
    readme,
    relative_link,
    resource_page,
)
from generator.emit.examples import example_code
from generator.emit.flavours import ASYNC, SYNC
from generator.model import runtime
from generator.model.api import Operation, TypeRef

CREATE = operation(
    "create",
    "POST",
    "/v1/pets",
    parameters=(
        parameter(
            "pet",
            "body",
            named("NewPet"),
            required=True,
            description="The pet.",
            children=(
                field(
                    "name",
                    required=True,
                    description="Its name.",
                    example="Rex",
                    has_example=True,
                    children=(field("first", description="a|b", deprecated=True),),
                ),
            ),
        ),
        parameter("limit", "query", INT, example=5, has_example=True),
    ),
    success=response("200", TypeRef("list", items=(named("Pet"),))),
    errors=(response("404", named("Error"), error_class="NotFoundError", description="Missing"),),
    resource=("v1", "pets"),
)
PETS = resource("v1", "pets", operations=(CREATE,))
V1 = resource("v1", children=(PETS,))
API = api(V1, security_schemes=(bearer(),))


def test_rows_are_the_arguments_with_their_nested_fields() -> None:
    assert operation_doc(API, PETS, CREATE).rows == (
        DocRow("pet", 0, "✓", "The pet.", False, ""),
        DocRow("name", 1, "✓", "Its name.", False, '"Rex"'),
        DocRow("first", 2, "✗", "a|b", True, ""),
        DocRow("limit", 0, "✗", "", False, "5"),
    )


def test_the_examples_are_the_sync_and_async_calls() -> None:
    doc = operation_doc(API, PETS, CREATE)
    assert doc.operation is CREATE
    assert doc.sync_example == example_code(API, PETS, CREATE, SYNC)
    assert doc.async_example == example_code(API, PETS, CREATE, ASYNC)


def test_the_response_type_links_to_its_model() -> None:
    doc = operation_doc(API, PETS, CREATE)
    assert (doc.response_type, doc.response_link) == ("list[Pet]", "../../../types/models/pet.py")
    assert doc.errors == (("404", "NotFoundError", "Missing"),)
    scalar = operation_doc(API, PETS, operation(success=response("200", INT)))
    assert (scalar.response_type, scalar.response_link) == ("int", "")
    empty = operation_doc(API, PETS, operation())
    assert (empty.response_type, empty.response_link) == ("", "")


def test_declared_response_headers_are_rows_with_how_to_read_them() -> None:
    headers = (
        field("X-RateLimit-Remaining", INT, required=True, description="Calls | left."),
        field("X-Request-Id"),
    )
    success = response("200", INT, headers=headers, headers_type=named("PetsListResponseHeaders"))
    doc = operation_doc(API, PETS, operation(success=success))
    assert doc.headers == (
        HeaderRow("X-RateLimit-Remaining", "x_rate_limit_remaining", "int", "✓", "Calls | left."),
        HeaderRow("X-Request-Id", "x_request_id", "str", "✗", ""),
    )
    assert "`client.v1.pets.with_raw_response`" in doc.headers_intro
    assert "`parse_headers()` returns a `PetsListResponseHeaders`" in doc.headers_intro
    plain = operation_doc(API, PETS, CREATE)
    assert (plain.headers, plain.headers_intro) == ((), "")


def test_a_short_response_example_is_inline_and_a_long_one_a_block() -> None:
    def shown(example: object) -> tuple[str, bool]:
        op = operation(success=response("200", INT, example=example, has_example=True))
        doc = operation_doc(API, PETS, op)
        return doc.response_example, doc.response_example_block

    assert shown({"b": 1, "a": "x"}) == ('{"a": "x", "b": 1}', False)
    long = {"id": "x" * 100}
    assert shown(long) == ('{\n  "id": "' + "x" * 100 + '"\n}', True)
    assert operation_doc(API, PETS, operation()).response_example == ""


def test_relative_links_between_pages() -> None:
    assert (
        relative_link("acme/resources/v1/README.md", "acme/resources/v1/pets/README.md")
        == "pets/README.md"
    )
    assert (
        relative_link("acme/resources/v1/pets/README.md", "acme/resources/README.md")
        == "../../README.md"
    )


def test_a_page_lists_its_children_and_documents_its_operations() -> None:
    page = resource_page(API, V1)
    assert page.resource is V1
    assert page.children == (IndexEntry("client.v1.pets", "pets/README.md", (CREATE,)),)
    assert page.operations == ()
    assert [d.operation for d in resource_page(API, PETS).operations] == [CREATE]


def test_the_index_lists_every_resource_with_operations_in_tree_order() -> None:
    other: Operation = operation("list", resource=("v2",))
    tree = api(V1, resource("v2", operations=(other,)))
    assert index_entries(tree) == (
        IndexEntry("client.v1.pets", "v1/pets/README.md", (CREATE,)),
        IndexEntry("client.v2", "v2/README.md", (other,)),
    )


def test_the_readme_view() -> None:
    view = readme(API)
    assert view.api is API
    assert [c.name for c in view.credentials] == ["token"]
    assert view.status_errors == (*runtime.status_errors().items(), ("other", "APIStatusError"))
    assert view.reference_link == "acme/resources/README.md"
    assert set(view.examples) == {
        "sync_example",
        "async_example",
        "errors_example",
        "retries_example",
        "timeouts_example",
        "raw_example",
        "logging_example",
    }
