"""The resource tree: operations grouped by the non-parameter segments of their paths, each
resource with every name the later stages print (attribute, classes, accessor, module, page)."""

from __future__ import annotations

from support.model import operation

from generator.build.resources import resource_tree
from generator.model.api import Operation, Resource


def tree(operations: dict[tuple[str, ...], list[Operation]]) -> dict[tuple[str, ...], Resource]:
    return {r.path: r for top in resource_tree(operations, "acme") for r in top.walk()}


def test_resources_nest_by_path_segment_in_name_order() -> None:
    resources = tree(
        {
            ("v1", "lip-sync"): [operation("create", "POST")],
            ("v1", "files", "upload-urls"): [operation("create", "POST")],
            ("a",): [operation("list")],
        }
    )
    assert list(resources) == [
        ("a",),
        ("v1",),
        ("v1", "files"),
        ("v1", "files", "upload_urls"),
        ("v1", "lip_sync"),
    ]
    # Intermediate resources exist without operations of their own.
    assert resources[("v1",)].operations == ()
    assert [c.attr for c in resources[("v1",)].children] == ["files", "lip_sync"]


def test_each_resource_carries_the_names_decided_for_it() -> None:
    lip_sync = tree({("v1", "lip-sync"): [operation("create", "POST")]})[("v1", "lip_sync")]
    assert lip_sync.attr == "lip_sync"
    assert lip_sync.qualified_name == "v1.lip_sync"
    assert lip_sync.class_names == ("LipSyncClient", "AsyncLipSyncClient")
    assert lip_sync.raw_class_names == (
        "LipSyncClientWithRawResponse",
        "AsyncLipSyncClientWithRawResponse",
    )
    assert lip_sync.accessor == "client.v1.lip_sync"
    assert lip_sync.module == "acme.resources.v1.lip_sync.client"
    assert lip_sync.doc_path == "acme/resources/v1/lip_sync/README.md"
    assert [op.method for op in lip_sync.operations] == ["create"]


def test_segments_spelled_differently_are_one_resource() -> None:
    resources = tree(
        {("v1", "lip-sync"): [operation("create", "POST")], ("V1", "Lip_Sync"): [operation("get")]}
    )
    assert list(resources) == [("v1",), ("v1", "lip_sync")]
    assert [op.method for op in resources[("v1", "lip_sync")].operations] == ["get", "create"]


def test_class_names_follow_the_spelling_of_the_path() -> None:
    resources = tree({("v1", "HTTPServers"): [operation()], ("v2", "upload-urls"): [operation()]})
    assert resources[("v1", "http_servers")].class_names[0] == "HttpServersClient"
    assert resources[("v2", "upload_urls")].class_names[0] == "UploadUrlsClient"


def test_a_child_never_takes_the_name_of_a_method_or_of_the_clients_own_attributes() -> None:
    resources = tree(
        {
            ("a",): [operation("list")],
            ("a", "list"): [operation("get")],
            ("a", "close"): [operation("get")],
            ("a", "with_raw_response"): [operation("get")],
        }
    )
    a = resources[("a",)]
    assert [c.attr for c in a.children] == ["close_2", "list_2", "with_raw_response_2"]
    renamed = resources[("a", "list_2")]
    assert renamed.accessor == "client.a.list_2"
    assert renamed.module == "acme.resources.a.list_2.client"
    assert [op.method for op in renamed.operations] == ["get"]  # its own operations still


def test_no_operation_is_lost_or_repeated() -> None:
    operations = {
        ("x",): [operation("list"), operation("create", "POST")],
        ("x", "y"): [operation("get")],
        ("z", "w", "v"): [operation("delete", "DELETE")],
    }
    placed = [op for r in tree(operations).values() for op in r.operations]
    assert sorted(id(op) for op in placed) == sorted(
        id(op) for ops in operations.values() for op in ops
    )
