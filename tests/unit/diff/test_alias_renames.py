"""A recursive type alias is recognised as renamed only when what it names has the same shape
(and it stands where the old one stood: here, the same field of the same class)."""

from __future__ import annotations

from generator.diff.renames import find_renames
from generator.diff.sides import Side
from generator.model import naming
from generator.model.api import Api, Field, ObjectType, Project, Server, TypeRef


def named(name: str) -> TypeRef:
    return TypeRef("named", name=name, module=naming.module_name(name))


def alias(name: str, value: TypeRef) -> ObjectType:
    module = naming.module_name(name)
    return ObjectType(
        name, module, f"acme/types/models/{module}.py", "models", "", "", (), None, "", value
    )


def holder(alias_name: str) -> ObjectType:
    """A class whose `tree` field holds the alias: the place both versions share."""
    field = Field("tree", "tree", named(alias_name), True, "", None, False, False, "")
    return ObjectType(
        "Holder", "holder", "acme/types/models/holder.py", "models", "", "", (field,), None, ""
    )


def side(*object_types: ObjectType) -> Side:
    return Side(
        Api(
            title="Acme",
            api_phrase="Acme API",
            api_version="1",
            version="1.0.0",
            description="",
            package="acme",
            dist_name="acme",
            project=Project("", "", (), (), ()),
            timeout=60.0,
            max_retries=2,
            env_prefix="ACME",
            base_url_env="ACME_BASE_URL",
            log_env="ACME_LOG",
            user_agent="acme/1.0.0",
            error_base="AcmeError",
            client_names=("Client", "AsyncClient"),
            exports=(),
            servers=(Server("PRODUCTION", "https://api.acme.test", ""),),
            security_schemes=(),
            resources=(),
            object_types=object_types,
            warnings=(),
        )
    )


def test_an_alias_of_the_same_shape_under_a_new_name_is_a_rename() -> None:
    old = side(holder("Tree"), alias("Tree", TypeRef("dict", items=(named("Tree"),))))
    new = side(holder("Outline"), alias("Outline", TypeRef("dict", items=(named("Outline"),))))
    assert find_renames(old, new, "models") == {"Tree": "Outline"}


def test_aliases_of_different_shapes_are_not_renames() -> None:
    old = side(holder("Tree"), alias("Tree", TypeRef("dict", items=(named("Tree"),))))
    new = side(holder("Nested"), alias("Nested", TypeRef("list", items=(named("Nested"),))))
    assert find_renames(old, new, "models") == {}
