"""Rendering a tiny Api: every file of the table, valid where it lands, nothing written."""

from __future__ import annotations

import ast
from pathlib import Path

import jinja2
import pytest
from support.compat import tomllib
from support.model import api_of, json_content, openapi, returns

from generator.emit import render
from generator.emit.escape import FILTERS
from generator.emit.files import sdk_files
from generator.emit.render import (
    TEMPLATES,
    compiled_templates_folder,
    environment,
    render_files,
    render_sdk,
)

PET = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "tag": {"type": "string", "enum": ["a", "b"]}},
}
SPEC = openapi(
    {
        "/v1/pets": {
            "post": {
                "summary": "Add a pet",
                "requestBody": {"required": True, "content": json_content(PET)},
                "responses": returns({"$ref": "#/components/schemas/Pet"}),
            },
            "get": {
                "responses": returns(
                    {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
                )
            },
        },
        "/v1/pets/{id}": {
            "delete": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "Gone"}, "404": {"description": "Missing"}},
            }
        },
    },
    {"Pet": PET},
    title="Pet Store",
    servers=[{"url": "https://pets.test", "description": "Production"}],
    components={
        "schemas": {"Pet": PET},
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
    security=[{"bearer": []}],
)


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_sdk(api_of(SPEC))


def test_the_environment_escapes_only_by_filter_and_refuses_undefined_names() -> None:
    env = environment()
    assert env.autoescape is False
    for name, function in FILTERS.items():
        assert env.filters[name] is function
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()
    assert env.loader is not None and TEMPLATES.is_dir()


def test_every_file_of_the_table_is_rendered(rendered: dict[str, str]) -> None:
    assert list(rendered) == [file.path for file in sdk_files(api_of(SPEC))]
    assert all(text.endswith("\n") or text == "" for text in rendered.values())


def test_python_files_compile_and_toml_parses(rendered: dict[str, str]) -> None:
    for path, text in rendered.items():
        if path.endswith(".py"):
            compile(text, path, "exec", dont_inherit=True)
    project = tomllib.loads(rendered["pyproject.toml"])["project"]
    assert (project["name"], project["version"]) == ("pet-store", "1.0.0")


def test_the_model_names_reach_the_files(rendered: dict[str, str]) -> None:
    client = rendered["pet_store/resources/v1/pets/client.py"]
    assert "class PetsClient:" in client and "class AsyncPetsClient:" in client
    assert "def create(" in client and "def delete(" in client and "def list(" in client
    assert '"/v1/pets/{id}"' in client
    assert "PET_STORE_BASE_URL" in rendered["pet_store/_sdk.py"]
    assert "pet-store-python/1.0.0" in rendered["pet_store/_sdk.py"]
    assert "PRODUCTION" in rendered["pet_store/environment.py"]
    page = rendered["pet_store/resources/v1/pets/README.md"]
    # One heading rule: the summary, else the route.
    assert '### Add a pet <a name="create"></a>' in page
    assert '### DELETE /v1/pets/{id} <a name="delete"></a>' in page
    assert "[Pet](../../../types/models/pet.py)" in page


def _module_names(source: str) -> tuple[set[str], set[str]]:
    """(names a module defines at its top level, names it imports anywhere)."""
    tree = ast.parse(source)
    defined = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
    }
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    return defined, imported


def test_a_resource_module_never_imports_a_name_it_defines(rendered: dict[str, str]) -> None:
    for path, text in rendered.items():
        if path.endswith("/client.py"):
            defined, imported = _module_names(text)
            assert defined & imported == set(), path


def test_a_child_resource_of_the_same_name_does_not_shadow_its_parent() -> None:
    ok = {"responses": {"204": {"description": "ok"}}}
    files = render_sdk(api_of(openapi({"/files": {"get": ok}, "/files/files": {"get": ok}})))
    defined, imported = _module_names(files["acme/resources/files/client.py"])
    assert defined & imported == set()


def test_compiled_templates_are_kept_and_a_damaged_or_unwritable_cache_only_costs_time(
    tmp_path: Path,
) -> None:
    files = list(sdk_files(api_of(SPEC)))
    plain = render_files(files)
    compiled = tmp_path / "compiled"
    assert render_files(files, compiled) == plain
    kept = sorted(compiled.iterdir())
    assert kept
    before = {entry: (entry.read_bytes(), entry.stat().st_mtime_ns) for entry in kept}
    assert render_files(files, compiled) == plain  # read back, not written again
    assert {entry: (entry.read_bytes(), entry.stat().st_mtime_ns) for entry in kept} == before
    for entry in kept:
        entry.write_bytes(b"j2 damaged")
    assert render_files(files, compiled) == plain  # compiled again, and kept again
    assert {entry: entry.read_bytes() for entry in kept} == {e: b for e, (b, _) in before.items()}
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    assert render_files(files, blocked / "compiled") == plain


def test_the_compiled_templates_folder_changes_with_the_generator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = compiled_templates_folder()
    monkeypatch.setattr(render, "generator_digest", lambda: "another generator")
    assert compiled_templates_folder() != before
    assert before.parent.name == "templates"
