"""How the field suite's doc-example check counts what is not the SDK's fault: an operation Prism
cannot answer usefully, and a next-page request that carries a value of Prism's broken answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.doc_examples import Exchange
from support.openapi_document import Document, Operation, operations_of

from field.examples import carried_from_broken_answer, prism_can_serve

ID = {"type": "string", "pattern": "^[0-9]+$"}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/files/{name}": {
            "get": {
                "parameters": [{"name": "name", "in": "path", "required": True}],
                "responses": {"307": {"description": "to a signed URL"}},
            }
        },
        "/members": {
            "get": {
                "parameters": [{"name": "after", "in": "query", "schema": ID}],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"type": "object", "properties": {"id": ID}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
}


def operations(tmp_path: Path) -> dict[tuple[str, str], Operation]:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(SPEC))
    return operations_of(Document(spec))


def test_an_operation_that_only_redirects_is_not_servable(tmp_path: Path) -> None:
    found = operations(tmp_path)
    assert not prism_can_serve(found[("GET", "/files/{name}")])
    assert prism_can_serve(found[("GET", "/members")])


def page(after: str | None, items: list[dict[str, Any]]) -> Exchange:
    params = {} if after is None else {"after": after}
    return Exchange("sync", "GET", "/members", 200, {}, json.dumps(items).encode(), params)


REFUSED = [{"location": ["request", "query", "after"], "message": "must match pattern"}]


def test_a_next_page_refused_for_a_value_of_a_broken_answer_is_not_the_sdks_fault(
    tmp_path: Path,
) -> None:
    members = operations(tmp_path)[("GET", "/members")]
    broken = [page(None, [{"id": "abc"}]), page("abc", [])]
    assert "after='abc' comes from Prism's answer" in carried_from_broken_answer(
        broken, [[], REFUSED], members
    )
    # The value came from elsewhere, or the answer it came from was right: the SDK's fault.
    elsewhere = [page(None, [{"id": "abc"}]), page("xyz", [])]
    assert carried_from_broken_answer(elsewhere, [[], REFUSED], members) == ""
    right = [page(None, [{"id": "12"}]), page("12", [])]
    assert carried_from_broken_answer(right, [[], REFUSED], members) == ""
