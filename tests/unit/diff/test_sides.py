"""One side of a comparison: the API indexed by what a caller names."""

from __future__ import annotations

from support.model import api, body, field, named, object_type, operation, parameter, resource

from generator.diff.sides import Side


def test_resources_types_and_flattened_bodies_are_indexed() -> None:
    create = operation(
        "create",
        "POST",
        parameters=(parameter("name", "body"),),
        body=body(named("NewPet")),
        resource=("v1", "pets"),
    )
    upload = operation("upload", "PUT", body=body(named("Upload"), flattened=False))
    pets = resource("v1", "pets", operations=(create, upload))
    side = Side(
        api(
            resource("v1", children=(pets,)),
            object_types=(
                object_type("Pet", field("a")),
                object_type("NewPet", field("name"), flavour="params"),
                object_type("Upload", field("file"), flavour="params"),
            ),
        )
    )
    assert list(side.resources) == [("v1",), ("v1", "pets")]
    assert side.resources[("v1", "pets")] is pets
    assert side.types[("params", "NewPet")].fields[0].wire_name == "name"
    assert side.type_names("models") == {"Pet"}
    assert side.type_names("params") == {"NewPet", "Upload"}
    # A flattened body's TypedDict changes are reported as parameter changes instead.
    assert side.flattened == {"NewPet"}
