"""The model's one walk of the resource tree: depth first, children in the order they are held."""

from __future__ import annotations

from dataclasses import fields

from support.model import api, operation, resource

from generator.model.api import Api, Field, Resource, TypeRef


def tree() -> Api:
    v1 = resource(
        "v1",
        operations=(operation("list", resource=("v1",)),),
        children=(
            resource(
                "v1",
                "files",
                children=(
                    resource(
                        "v1",
                        "files",
                        "upload_urls",
                        operations=(operation("create", "POST", resource=("v1", "files")),),
                    ),
                ),
            ),
            resource(
                "v1",
                "lip_sync",
                operations=(
                    operation("create", "POST", resource=("v1", "lip_sync")),
                    operation("get", resource=("v1", "lip_sync")),
                ),
            ),
        ),
    )
    return api(v1, resource("v2", operations=(operation("delete", "DELETE", resource=("v2",)),)))


def paths(resources: tuple[Resource, ...]) -> list[str]:
    return [".".join(r.path) for r in resources]


def test_walk_is_the_resource_then_its_children_depth_first() -> None:
    v1, _ = tree().resources
    assert paths(v1.walk()) == ["v1", "v1.files", "v1.files.upload_urls", "v1.lip_sync"]
    leaf = v1.children[1]
    assert leaf.walk() == (leaf,)


def test_all_resources_walks_every_top_level_resource_in_turn() -> None:
    assert paths(tree().all_resources()) == [
        "v1",
        "v1.files",
        "v1.files.upload_urls",
        "v1.lip_sync",
        "v2",
    ]
    assert api().all_resources() == ()


def test_all_operations_pairs_each_operation_with_its_resource() -> None:
    pairs = tree().all_operations()
    assert [(".".join(r.path), op.method) for r, op in pairs] == [
        ("v1", "list"),
        ("v1.files.upload_urls", "create"),
        ("v1.lip_sync", "create"),
        ("v1.lip_sync", "get"),
        ("v2", "delete"),
    ]


def test_a_model_value_is_written_out_field_by_field_as_a_dataclass_writes_it() -> None:
    """The render cache keys files by this text: every field, nested values written alike."""
    ref = TypeRef(kind="named", name="Pet")
    field = Field(
        python_name="pet",
        wire_name="pet",
        type=ref,
        required=True,
        description="The pet.",
        example={"name": "Rex"},
        has_example=True,
        deprecated=False,
        pointer="/components/schemas/Owner/properties/pet",
    )

    def written(value: object) -> str:
        shown = ", ".join(f"{f.name}={getattr(value, f.name)!r}" for f in fields(value))  # type: ignore[arg-type]
        return f"{type(value).__qualname__}({shown})"

    assert repr(ref) == written(ref)
    assert repr(field) == written(field)
    assert repr(ref) in repr(field)
