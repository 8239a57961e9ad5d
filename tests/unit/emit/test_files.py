"""The one table of an SDK's files: each path with the template that writes it and its view."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support.model import api, field, named, object_type, operation, resource

from generator.emit import client, code, docs
from generator.emit.files import File, api_part, sdk_files
from generator.emit.flavours import FLAVOURS
from generator.emit.render import TEMPLATES, environment
from generator.model import runtime
from generator.model.api import Api, ResultModel, TypeRef
from generator.pipeline import load_api

PETS = resource("v1", "pets", operations=(operation("list", resource=("v1", "pets")),))
API = api(
    resource("v1", children=(PETS,)),
    object_types=(
        object_type("Pet", field("a")),
        object_type("NewPet", field("a"), flavour="params"),
    ),
)


def files(of: Api = API) -> dict[str, File]:
    listed = list(sdk_files(of))
    by_path = {file.path: file for file in listed}
    assert len(by_path) == len(listed), "two files at one path"
    return by_path


def test_the_files_of_a_small_sdk() -> None:
    assert sorted(files()) == [
        "README.md",
        "acme/__init__.py",
        "acme/_sdk.py",
        "acme/client.py",
        "acme/environment.py",
        "acme/py.typed",
        "acme/resources/README.md",
        "acme/resources/__init__.py",
        "acme/resources/v1/README.md",
        "acme/resources/v1/__init__.py",
        "acme/resources/v1/client.py",
        "acme/resources/v1/pets/README.md",
        "acme/resources/v1/pets/__init__.py",
        "acme/resources/v1/pets/client.py",
        "acme/types/__init__.py",
        "acme/types/models/__init__.py",
        "acme/types/models/pet.py",
        "acme/types/params/__init__.py",
        "acme/types/params/new_pet.py",
        "pyproject.toml",
    ]


def test_paths_are_the_ones_the_model_decided() -> None:
    by_path = files()
    for resource_ in API.all_resources():
        assert resource_.doc_path in by_path
        assert by_path[resource_.doc_path].template == "docs/resource.md.jinja"
    for object_type_ in API.object_types:
        assert by_path[object_type_.path].view["type"].object_type is object_type_


# An SDK with what the small one lacks: a type alias and a job's result model.
JSON = TypeRef("named", name="Json", module="json")
FULLER = api(
    resource("v1", children=(PETS,)),
    object_types=(
        object_type("Pet", field("a")),
        object_type("Json", alias=TypeRef("list", items=(JSON,))),
    ),
    result_models=(
        ResultModel(
            "PetWithDownloads",
            "pet_with_downloads",
            "acme/types/models/pet_with_downloads.py",
            named("Pet"),
        ),
    ),
)
# `{% import "sdk/workflows.jinja" as w %}`: a template of macros other templates import.
_IMPORTED = re.compile(r"""{%-?\s*(?:import|from|include)\s+["']([^"']+)["']""")


def test_every_template_exists_and_every_template_is_used() -> None:
    used = {file.template for sdk in (API, FULLER) for file in files(sdk).values()}
    for template in used:
        assert (TEMPLATES / template).is_file(), template
    on_disk = {path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.jinja")}
    imported = {
        name
        for path in TEMPLATES.rglob("*.jinja")
        for name in _IMPORTED.findall(path.read_text(encoding="utf-8"))
    }
    assert imported <= on_disk
    assert used == on_disk - imported


def test_the_lazy_exports_come_from_the_runtime() -> None:
    by_path = files()
    assert by_path["acme/__init__.py"].view["runtime"] == "._core.lazy"
    assert by_path["acme/types/models/__init__.py"].view["runtime"] == "..._core.lazy"
    assert "lazy.py" in runtime.files()


def test_the_package_and_type_exports() -> None:
    by_path = files()
    init = by_path["acme/__init__.py"].view
    assert init["doc"] == "The Acme Python SDK: start with `Client` or `AsyncClient`."
    assert init["version"] == "1.0.0"
    assert {line.name for line in init["exports"]} == {e.name for e in API.exports}
    models = by_path["acme/types/models/__init__.py"].view
    assert [(e.name, e.module) for e in models["exports"]] == [("Pet", ".pet")]
    assert models["doc"] == "Pydantic models of responses."
    params = by_path["acme/types/params/__init__.py"].view
    assert [(e.name, e.module) for e in params["exports"]] == [("NewPet", ".new_pet")]
    assert params["doc"] == "TypedDicts for request arguments."


def test_an_sdk_without_resources_or_types() -> None:
    assert sorted(files(api())) == [
        "README.md",
        "acme/__init__.py",
        "acme/_sdk.py",
        "acme/client.py",
        "acme/environment.py",
        "acme/py.typed",
        "acme/resources/README.md",
        "acme/resources/__init__.py",
        "acme/types/__init__.py",
        "acme/types/models/__init__.py",
        "acme/types/params/__init__.py",
        "pyproject.toml",
    ]


# Each view reads a part of the API (`api_part`, the types a page's examples use): given it, a
# view makes what it makes given the whole API, on every spec of the suite and Magic Hour's.
_TESTS = Path(__file__).resolve().parents[2]
# The suite's specs and Magic Hour's (named here: `conftest` is another module under xdist).
SPECS = sorted((_TESTS / "specs").glob("*.yaml")) + [_TESTS.parent / "spec" / "magic-hour.json"]


def _whole_views(api: Api) -> dict[str, Callable[[File], dict[str, Any]]]:
    by_doc = {resource.doc_path: resource for resource in api.all_resources()}
    by_module = {
        "/".join([api.package, "resources", *resource.path, "client.py"]): resource
        for resource in api.all_resources()
    }
    return {
        "docs/resource.md.jinja": lambda f: {"page": docs.resource_page(api, by_doc[f.path])},
        "sdk/resource_client.py.jinja": lambda f: {
            "code": code.resource_code(api, by_module[f.path]),
            "flavours": FLAVOURS,
        },
        "sdk/client.py.jinja": lambda f: {"code": client.client_code(api), "flavours": FLAVOURS},
        "project/README.md.jinja": lambda f: {"readme": docs.readme(api)},
        "docs/index.md.jinja": lambda f: {"api": api, "entries": docs.index_entries(api)},
        "sdk/sdk_values.py.jinja": lambda f: {
            "api": api,
            "server_templates": client.server_templates(api),
        },
        "sdk/environment.py.jinja": lambda f: {"api": api},
        "project/pyproject.toml.jinja": lambda f: {"api": api},
    }


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_a_view_given_its_part_of_the_api_makes_what_the_whole_api_makes(spec: Path) -> None:
    api = load_api(spec)
    whole = _whole_views(api)
    env = environment()
    compared = 0
    for file in sdk_files(api):
        if file.template in whole:
            template = env.get_template(file.template)
            assert template.render(**file.view) == template.render(**whole[file.template](file))
            compared += 1
    assert compared >= 6


def test_a_part_of_the_api_holds_only_the_fields_named() -> None:
    part = api_part(FULLER, {"package"})
    assert part.package == "acme"
    assert part.resources == () and part.object_types == () and part.result_models == ()
    assert part.title == "" and part.timeout == 0.0 and part.project.description == ""
