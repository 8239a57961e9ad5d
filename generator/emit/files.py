"""The files of an SDK: for each, its path, the template that writes it, and that template's view.

The one table of what an SDK contains (the runtime aside, which is copied, not rendered). A file
whose view is made from a few values alone (a type's module: its `ObjectType`, the package and
its import cycle) names them as its `inputs`, and its view is made only when read: such a file
can be remembered by its inputs (`memo.py`), and neither its view nor its text made again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Any

from ..model import naming
from ..model.api import Api, Export, ObjectType
from . import aliases, client, code, docs, types
from .flavours import FLAVOURS
from .imports import export_lines


@dataclass(frozen=True)
class File:
    path: str
    template: str
    given_view: dict[str, Any] | Callable[[], dict[str, Any]]
    # Everything the view is made of, when that is known; None: the whole API may be.
    inputs: tuple[Any, ...] | None = None

    @cached_property
    def view(self) -> dict[str, Any]:
        return self.given_view() if callable(self.given_view) else self.given_view


def sdk_files(api: Api) -> Iterator[File]:
    package = api.package
    yield File(
        f"{package}/__init__.py",
        "sdk/package_init.py.jinja",
        {
            "exports": export_lines(api.exports),
            "doc": f"The {api.title} Python SDK: start with `{api.client_names[0]}` or "
            f"`{api.client_names[1]}`.",
            "runtime": "._core.lazy",
            "version": api.version,
        },
    )
    yield File(f"{package}/py.typed", "sdk/py.typed.jinja", {})
    yield File(
        f"{package}/_sdk.py",
        "sdk/sdk_values.py.jinja",
        {"api": api, "server_templates": client.server_templates(api)},
    )
    yield File(f"{package}/environment.py", "sdk/environment.py.jinja", {"api": api})
    yield File(
        f"{package}/client.py",
        "sdk/client.py.jinja",
        {"code": client.client_code(api), "flavours": FLAVOURS},
    )
    yield File(f"{package}/resources/__init__.py", "sdk/resources_init.py.jinja", {})
    for resource in api.all_resources():
        folder = "/".join([package, "resources", *resource.path])
        yield File(f"{folder}/__init__.py", "sdk/resource_init.py.jinja", {"resource": resource})
        yield File(
            f"{folder}/client.py",
            "sdk/resource_client.py.jinja",
            {"code": code.resource_code(api, resource), "flavours": FLAVOURS},
        )
        yield File(
            resource.doc_path, "docs/resource.md.jinja", {"page": docs.resource_page(api, resource)}
        )
    yield File(
        naming.resource_doc_path(package, ()),
        "docs/index.md.jinja",
        {"api": api, "entries": docs.index_entries(api)},
    )
    yield File(f"{package}/types/__init__.py", "sdk/types_package_init.py.jinja", {})
    for flavour, template, doc in (
        ("params", "sdk/typed_dict.py.jinja", "TypedDicts for request arguments."),
        ("models", "sdk/model.py.jinja", "Pydantic models of responses."),
    ):
        object_types = [t for t in api.object_types if t.flavour == flavour]
        cycles = types.import_cycles(object_types)
        for object_type in object_types:
            if object_type.alias is not None:
                yield File(
                    object_type.path,
                    "sdk/type_alias.py.jinja",
                    partial(_alias_view, object_type, package),
                    (object_type, package),
                )
                continue
            cycle = cycles.get(object_type.module, frozenset())
            yield File(
                object_type.path,
                template,
                partial(_object_type_view, object_type, package, cycle),
                (object_type, package, tuple(sorted(cycle))),
            )
        exported = [Export(t.name, f".{t.module}") for t in object_types]
        if flavour == "models":
            for model in api.result_models:
                yield File(model.path, "sdk/result_model.py.jinja", {"model": model}, (model,))
            exported += [Export(m.name, f".{m.module}") for m in api.result_models]
        yield File(
            f"{package}/types/{flavour}/__init__.py",
            "sdk/types_init.py.jinja",
            {
                "exports": export_lines(exported),
                "doc": doc,
                "runtime": "..._core.lazy",
            },
        )
    yield File("pyproject.toml", "project/pyproject.toml.jinja", {"api": api})
    yield File("README.md", "project/README.md.jinja", {"readme": docs.readme(api)})


def _alias_view(object_type: ObjectType, package: str) -> dict[str, Any]:
    return {"type": aliases.alias_code(object_type, package)}


def _object_type_view(
    object_type: ObjectType, package: str, cycle: frozenset[str]
) -> dict[str, Any]:
    return {"type": types.object_type_code(object_type, package, cycle)}
