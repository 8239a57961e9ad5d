"""A recursive schema that is no class is a `TypeAliasType`: its value names each class once, it
imports what the value needs, and its module defines the alias before importing the classes it
names, so a class and an alias in one import cycle import in every order."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from generator.emit.aliases import alias_code
from generator.emit.files import sdk_files
from generator.emit.format import format_files
from generator.emit.render import environment
from generator.emit.type_exprs import Spelling
from generator.model import naming
from generator.model.api import Api, ObjectType, Project, Server, TypeRef
from generator.pipeline import generate

PARAMS = Spelling("params", qualified=False)
MODELS = Spelling("models", qualified=False)
STR, INT, NONE, ANY = TypeRef("str"), TypeRef("int"), TypeRef("none"), TypeRef("any")


def named(name: str, nullable: bool = False) -> TypeRef:
    return TypeRef("named", name=name, module=naming.module_name(name), nullable=nullable)


def nullable(type_ref: TypeRef) -> TypeRef:
    return dataclasses.replace(type_ref, nullable=True)


def alias(name: str, value: TypeRef, flavour: str = "models") -> ObjectType:
    module = naming.module_name(name)
    return ObjectType(
        name=name,
        module=module,
        path=naming.type_path("acme", flavour, module),  # type: ignore[arg-type]
        flavour=flavour,  # type: ignore[arg-type]
        description="",
        summary=f"The `{name}` schema.",
        fields=(),
        extra_values=None,
        pointer=f"/components/schemas/{name}",
        alias=value,
    )


def test_an_alias_names_its_value_and_imports_its_classes_after_itself() -> None:
    value = TypeRef(
        "union", items=(TypeRef("dict", items=(named("ErrorDetails"),)), named("Inner"))
    )
    code = alias_code(alias("ErrorDetails", value), "acme")
    assert code.value == "dict[str, ErrorDetails] | Inner"
    assert code.imports.groups == (("import typing_extensions",),)
    assert code.siblings.groups == (("from .inner import Inner",),)


def test_an_alias_of_a_discriminated_union_imports_what_the_union_needs() -> None:
    union = TypeRef(
        "union",
        items=(named("Cat"), TypeRef("list", items=(named("Node"),))),
        discriminator="kind",
        tags=(("cat",), ("list",)),
    )
    code = alias_code(alias("Node", nullable(union)), "acme")
    assert code.imports.groups == (
        ("import typing",),
        ("import pydantic", "import typing_extensions"),
        ("from acme._core import discriminate_by",),
    )
    assert code.siblings.groups == (("from .cat import Cat",),)
    assert code.value.endswith("] | None")


def test_an_alias_of_params_needs_no_pydantic() -> None:
    code = alias_code(alias("Json", TypeRef("list", items=(named("Json"),)), "params"), "acme")
    assert code.value == "list[Json]"
    assert code.imports.groups == (("import typing_extensions",),)
    assert code.siblings.groups == ()


def test_an_alias_module_defines_the_alias_before_importing_what_it_names() -> None:
    value = TypeRef(
        "union", items=(TypeRef("dict", items=(named("ErrorDetails"),)), named("Inner"))
    )
    object_type = alias("ErrorDetails", value)
    files = {
        file.path: file
        for file in sdk_files(api_with(object_type))
        if file.path == object_type.path
    }
    file = files[object_type.path]
    assert file.template == "sdk/type_alias.py.jinja"
    text = environment().get_template(file.template).render(**file.view)
    assert format_files({object_type.path: text})[object_type.path] == (
        '"""The `ErrorDetails` schema."""\n'
        "\n"
        "import typing_extensions\n"
        "\n"
        "ErrorDetails = typing_extensions.TypeAliasType(\n"
        '    "ErrorDetails", "dict[str, ErrorDetails] | Inner"\n'
        ")\n"
        '"""The `ErrorDetails` schema."""\n'
        "\n"
        "# The types it names are imported after it (its value is read on first use), so that a module\n"
        "# that imports this one in a cycle finds the alias defined.\n"
        "# ruff: noqa: E402\n"
        "from .inner import Inner\n"
    )


def api_with(*object_types: ObjectType) -> Api:
    return Api(
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


MIXED_CYCLE = """
openapi: 3.1.0
info: {title: Mixed Cycle, version: "1"}
paths:
  /errors:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Details"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Details"}
components:
  schemas:
    Details:
      oneOf:
        - {type: object, additionalProperties: {$ref: "#/components/schemas/Details"}}
        - {$ref: "#/components/schemas/Inner"}
    Inner:
      type: object
      properties:
        nested: {$ref: "#/components/schemas/Details"}
"""


def modules_imported_first(tmp_path: Path, spec_text: str) -> dict[str, str]:
    """Each type module of the SDK `spec_text` makes, imported first in a fresh interpreter:
    module → "" when it imports and validates, else the error."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    generated = generate(spec)
    for path, text in generated.files.items():
        target = tmp_path / "sdk" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    package = generated.api.package
    results = {}
    for object_type in generated.api.object_types:
        module = f"{package}.types.{object_type.flavour}.{object_type.module}"
        check = (
            f"import importlib; importlib.import_module({module!r})\n"
            f"from {package}.types import models\n"
            "import pydantic\n"
            "pydantic.TypeAdapter(models.Details).validate_python({'a': {'nested': {'b': {}}}})\n"
        )
        run = subprocess.run(
            [sys.executable, "-c", check],
            cwd=tmp_path / "sdk",
            capture_output=True,
            text=True,
            check=False,
        )
        results[module] = run.stderr.strip().splitlines()[-1] if run.returncode else ""
    return results


def test_a_class_and_an_alias_in_one_cycle_import_in_every_order(tmp_path: Path) -> None:
    assert modules_imported_first(tmp_path, MIXED_CYCLE) == {
        "mixed_cycle.types.models.details": "",
        "mixed_cycle.types.models.inner": "",
        "mixed_cycle.types.params.details": "",
        "mixed_cycle.types.params.inner": "",
    }


def test_an_alias_module_imported_first_imports_and_validates(tmp_path: Path) -> None:
    results = modules_imported_first(tmp_path, MIXED_CYCLE)
    assert results["mixed_cycle.types.models.details"] == ""
    assert results["mixed_cycle.types.params.details"] == ""
