"""Render the templates into the files of an SDK: {relative path: text}. Nothing is written here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from ..model import naming, runtime
from ..model.api import Api, Operation, Resource
from . import views
from .escape import FILTERS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# What `import <package>` offers, each imported from its module on first use.
_TOP_LEVEL_EXPORTS = (
    ("Client", ".client"),
    ("AsyncClient", ".client"),
    ("Environment", ".environment"),
    ("NOT_GIVEN", "._core"),
    ("NotGiven", "._core"),
    ("RequestOptions", "._core"),
    ("RawResponse", "._core"),
)


@dataclass(frozen=True)
class Export:
    name: str
    module: str
    attribute: str = ""  # the name in `module`, when it is exported under another

    @property
    def source_name(self) -> str:
        return self.attribute or self.name

    @property
    def target(self) -> str:
        """`module` or `module:attribute`, as the runtime's `lazy_exports` reads it."""
        return f"{self.module}:{self.attribute}" if self.attribute else self.module


@dataclass(frozen=True)
class IndexEntry:
    accessor: str
    link: str
    operations: tuple[Operation, ...]


def sorted_exports(exports: list[Export]) -> list[Export]:
    """In the order ruff's isort rules want the TYPE_CHECKING imports."""
    return sorted(
        exports, key=lambda e: (e.module.lower(), views.member_order(e.source_name), e.name)
    )


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Python, markdown and TOML: escaping is per place, by filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def render_sdk(api: Api) -> dict[str, str]:
    env = environment()
    files: dict[str, str] = {}
    package = api.package

    def emit(path: str, template: str, **context: Any) -> None:
        files[path] = env.get_template(template).render(**context)

    exports = sorted_exports(
        [Export(name, module) for name, module in _TOP_LEVEL_EXPORTS]
        + [Export(name, "._core") for name in runtime.exception_classes()]
        + [Export(api.error_base, "._core", runtime.BASE_EXCEPTION)]
    )
    emit(
        f"{package}/__init__.py",
        "sdk/package_init.py.jinja",
        exports=exports,
        doc=f"The {api.title} Python SDK: start with `Client` or `AsyncClient`.",
        runtime="._core.lazy",
        version=api.version,
    )
    files[f"{package}/py.typed"] = ""
    emit(
        f"{package}/environment.py",
        "sdk/environment.py.jinja",
        title=api.title,
        servers=api.servers,
    )
    top_children = [
        views.ChildResource(r.attr, r.class_name, views.resource_module(api, r))
        for r in api.resources
    ]
    emit(
        f"{package}/client.py",
        "sdk/client.py.jinja",
        title=api.title,
        package=package,
        children=top_children,
        flavours=views.FLAVOURS,
        auth=views.auth_code(api),
        imports=views.imports(
            stdlib={"os", "typing", *(["functools"] if api.resources else [])},
            third_party={"httpx", "typing_extensions"},
            first_party={
                f"{package}._core": {
                    "NOT_GIVEN",
                    "AsyncBaseClient",
                    "AuthScheme",
                    "NotGiven",
                    "SyncBaseClient",
                    *(_AUTH_CLASSES[s.kind] for s in api.security_schemes),
                    *(["credential"] if api.security_schemes else []),
                },
                f"{package}.environment": {"Environment"},
            },
        ),
        servers=api.servers,
        base_url_env=views.env_var_names(api)["base_url"],
        user_agent=naming.user_agent(api.dist_name, api.version),
    )

    _render_resources(api, env, files)
    _render_types(api, env, files)
    _render_project(api, env, files)
    return files


_AUTH_CLASSES = {"bearer": "BearerAuth", "basic": "BasicAuth", "api_key": "ApiKeyAuth"}


def _render_resources(api: Api, env: jinja2.Environment, files: dict[str, str]) -> None:
    package = api.package
    files[f"{package}/resources/__init__.py"] = '"""The API\'s resources, one package each."""\n'
    entries = []
    for resource in views.sorted_resources(api.resources):
        folder = "/".join([package, "resources", *resource.path])
        resource_path = ".".join(resource.path)
        files[f"{folder}/__init__.py"] = env.get_template("sdk/resource_init.py.jinja").render(
            resource_path=resource_path
        )
        files[f"{folder}/client.py"] = env.get_template("sdk/resource_client.py.jinja").render(
            package=package,
            code=views.resource_code(api, resource),
            flavours=views.FLAVOURS,
            resource_path=resource_path,
        )
        doc_path = views.resource_doc_path(api, resource)
        children = [
            IndexEntry(
                ".".join(["client", *child.path]),
                views.relative_link(doc_path, views.resource_doc_path(api, child)),
                child.operations,
            )
            for child in resource.children
        ]
        files[doc_path] = env.get_template("docs/resource.md.jinja").render(
            title=".".join(["client", *resource.path]),
            children=children,
            docs=[views.operation_doc(api, resource, op, doc_path) for op in resource.operations],
        )
        if resource.operations:
            entries.append(
                IndexEntry(
                    ".".join(["client", *resource.path]),
                    views.relative_link(f"{package}/resources/README.md", doc_path),
                    resource.operations,
                )
            )
    files[f"{package}/resources/README.md"] = env.get_template("docs/index.md.jinja").render(
        title=api.title, entries=entries
    )


def _render_types(api: Api, env: jinja2.Environment, files: dict[str, str]) -> None:
    package = api.package
    files[f"{package}/types/__init__.py"] = (
        '"""Request parameter types (`params`) and response models (`models`)."""\n'
    )
    for flavour, template, doc in (
        ("params", "sdk/typed_dict.py.jinja", "TypedDicts for request arguments."),
        ("models", "sdk/model.py.jinja", "Pydantic models of responses."),
    ):
        object_types = [t for t in api.object_types if t.flavour == flavour]
        for object_type in object_types:
            files[f"{package}/types/{flavour}/{object_type.module}.py"] = env.get_template(
                template
            ).render(type=views.object_type_code(object_type, package))
        files[f"{package}/types/{flavour}/__init__.py"] = env.get_template(
            "sdk/types_init.py.jinja"
        ).render(
            exports=sorted_exports([Export(t.name, f".{t.module}") for t in object_types]),
            doc=doc,
            runtime="..._core.lazy",
        )


def _featured(api: Api) -> tuple[Resource, Operation] | None:
    """The operation the README's examples use: the first that takes arguments, else the first."""
    candidates = [
        (resource, op)
        for resource in views.sorted_resources(api.resources)
        for op in resource.operations
    ]
    with_arguments = [(r, op) for r, op in candidates if op.parameters]
    chosen = with_arguments or candidates
    return chosen[0] if chosen else None


def _render_project(api: Api, env: jinja2.Environment, files: dict[str, str]) -> None:
    emit_context = dict(
        title=api.title, version=api.version, dist_name=api.dist_name, package=api.package
    )
    files["pyproject.toml"] = env.get_template("project/pyproject.toml.jinja").render(
        **emit_context
    )
    featured = _featured(api)
    examples = views.readme_examples(api, featured)
    files["README.md"] = env.get_template("project/README.md.jinja").render(
        **emit_context,
        description=api.description,
        auth=views.auth_code(api),
        servers=api.servers,
        base_url_env=views.env_var_names(api)["base_url"],
        error_base=api.error_base,
        reference_link=f"{api.package}/resources/README.md",
        **examples,
    )
