"""The files of an SDK: for each, its path, the template that writes it, and that template's view.

The one table of what an SDK contains (the runtime aside, which is copied, not rendered). Every
file names its `inputs`, and its view is made from them alone, only when read
(`make_view(*inputs)`): so a file can be remembered by its inputs (`memo.py`), and neither its
view nor its text made again while they are the same. A view that reads the API reads a part of
it (`api_part`): the fields it needs, the others empty; a resource's reference page reads the
types its examples are composed of, not all of them. Planning the files reads the model and
does no rendering work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from functools import cached_property
from typing import Any

from ..model import naming
from ..model.api import Api, Export, ObjectType, Project, Resource, ResultModel
from . import aliases, client, code, docs, types
from .examples import featured_operation
from .flavours import FLAVOURS
from .imports import export_lines
from .memo import Known, digest, known


@dataclass(frozen=True)
class File:
    path: str
    template: str
    make_view: Callable[..., dict[str, Any]]
    # What the view is made of, and all it is made of: the view is `make_view(*inputs)`.
    inputs: tuple[Any, ...] = ()

    @cached_property
    def view(self) -> dict[str, Any]:
        return self.make_view(*self.inputs)


def sdk_files(api: Api) -> Iterator[File]:
    package = api.package
    head = known(api_part(api, _HEAD))
    digests = _Digests(api)
    tops = tuple(digests.resource(resource) for resource in api.resources)
    yield File(f"{package}/__init__.py", "sdk/package_init.py.jinja", _package_init_view, (head,))
    yield File(f"{package}/py.typed", "sdk/py.typed.jinja", _no_view)
    yield File(f"{package}/_sdk.py", "sdk/sdk_values.py.jinja", _sdk_values_view, (head,))
    yield File(f"{package}/environment.py", "sdk/environment.py.jinja", _api_view, (head,))
    yield File(f"{package}/client.py", "sdk/client.py.jinja", _client_view, (head, tops))
    yield File(f"{package}/resources/__init__.py", "sdk/resources_init.py.jinja", _no_view)
    code_part = known(api_part(api, _RESOURCE_CODE))
    page_part = known(api_part(api, _RESOURCE_PAGE))
    uploaders = tuple(
        known(replace(resource, children=()))
        for resource in api.all_resources()
        if resource.uploader is not None
    )
    for resource in api.all_resources():
        folder = "/".join([package, "resources", *resource.path])
        this = digests.without_grandchildren(resource)
        yield File(f"{folder}/__init__.py", "sdk/resource_init.py.jinja", _resource_view, (this,))
        yield File(
            f"{folder}/client.py",
            "sdk/resource_client.py.jinja",
            _resource_code_view,
            (code_part, this),
        )
        runs_jobs = any(op.job is not None for op in resource.operations)
        yield File(
            resource.doc_path,
            "docs/resource.md.jinja",
            _resource_page_view,
            (page_part, this, digests.types_used_by(resource), uploaders if runs_jobs else ()),
        )
    yield File(
        naming.resource_doc_path(package, ()), "docs/index.md.jinja", _index_view, (head, tops)
    )
    yield File(f"{package}/types/__init__.py", "sdk/types_package_init.py.jinja", _no_view)
    for flavour, template, doc in (
        ("params", "sdk/typed_dict.py.jinja", "TypedDicts for request arguments."),
        ("models", "sdk/model.py.jinja", "Pydantic models of responses."),
    ):
        object_types = [t for t in api.object_types if t.flavour == flavour]
        cycles = types.import_cycles(object_types)
        for object_type in object_types:
            this_type = digests.object_type(object_type)
            if object_type.alias is not None:
                yield File(
                    object_type.path, "sdk/type_alias.py.jinja", _alias_view, (this_type, package)
                )
                continue
            cycle = tuple(sorted(cycles.get(object_type.module, frozenset())))
            yield File(object_type.path, template, _object_type_view, (this_type, package, cycle))
        exported = [Export(t.name, f".{t.module}") for t in object_types]
        if flavour == "models":
            for model in api.result_models:
                yield File(model.path, "sdk/result_model.py.jinja", _result_model_view, (model,))
            exported += [Export(m.name, f".{m.module}") for m in api.result_models]
        yield File(
            f"{package}/types/{flavour}/__init__.py",
            "sdk/types_init.py.jinja",
            _types_init_view,
            (tuple(exported), doc),
        )
    yield File("pyproject.toml", "project/pyproject.toml.jinja", _api_view, (head,))
    featured = featured_operation(api)
    yield File(
        "README.md",
        "project/README.md.jinja",
        _readme_view,
        (head, tops, digests.types_used(*_names_in(repr(featured[1]))) if featured else ()),
    )


# The parts of the API the views read (every other field empty): the whole API but its tree and
# its types; what a resource's client module reads; what its reference page reads (besides the
# types its examples are made of, and the resources with uploaders when it runs jobs).
_HEAD = frozenset(f.name for f in fields(Api)) - {
    "resources",
    "object_types",
    "result_models",
    "warnings",
    "left_out",
    "webhooks",
}
_RESOURCE_CODE = frozenset({"package", "poll_interval_env"})
_RESOURCE_PAGE = frozenset({"package", "client_names", "security_schemes"})


def api_part(api: Api, kept: Iterable[str]) -> Api:
    """`api` with only the fields named `kept`: every other one empty, so that a view given a
    part cannot read more of the API than its file's inputs name."""
    kept = set(kept)
    return replace(
        api, **{f.name: _empty(getattr(api, f.name)) for f in fields(Api) if f.name not in kept}
    )


def _empty(value: Any) -> Any:
    if isinstance(value, Project):
        return Project("", "", (), (), ())
    return type(value)()


class _Digests:
    """The model's values as files name them (`Known`), each digested once, and the generated
    types a value's examples may be composed of: every named type inside it, and inside those,
    in both flavours (a name's params and models are looked up alike)."""

    def __init__(self, api: Api) -> None:
        self._types: dict[str, list[ObjectType]] = {}
        for object_type in api.object_types:
            self._types.setdefault(object_type.name, []).append(object_type)
        self._known_types: dict[int, Known[ObjectType]] = {}
        self._known_resources: dict[int, Known[Resource]] = {}
        self._owns: dict[int, _Own] = {}
        self._named: dict[int, frozenset[str]] = {}  # by id of a type or a resource

    def object_type(self, object_type: ObjectType) -> Known[ObjectType]:
        found = self._known_types.get(id(object_type))
        if found is None:
            text = repr(object_type)
            found = self._known_types[id(object_type)] = Known(object_type, digest(text))
            self._named[id(object_type)] = _names_in(text)
        return found

    def resource(self, resource: Resource) -> Known[Resource]:
        """A resource and everything below it, digested as a tree (its own fields, each
        operation, each child's digest): each operation's text is made once, not once per
        resource above it."""
        found = self._known_resources.get(id(resource))
        if found is None:
            own = self._own(resource)
            children = [self.resource(child).digest for child in resource.children]
            found = Known(resource, digest("\0".join([*own.digests, *children])))
            self._known_resources[id(resource)] = found
        return found

    def without_grandchildren(self, resource: Resource) -> Known[Resource]:
        """A resource whose children are only named (their own fields, no operations, no
        children): what its client module and its page show of them."""
        own = self._own(resource)
        children = [self._own(child) for child in resource.children]
        return Known(
            replace(resource, children=tuple(child.alone for child in children)),
            digest("\0".join(["children named", *own.digests, *(c.digests[0] for c in children)])),
        )

    def _own(self, resource: Resource) -> _Own:
        found = self._owns.get(id(resource))
        if found is None:
            alone = replace(resource, operations=(), children=())
            texts = [repr(alone), *(repr(op) for op in resource.operations)]
            self._named[id(resource)] = frozenset().union(*map(_names_in, texts))
            found = self._owns[id(resource)] = _Own(alone, tuple(map(digest, texts)))
        return found

    def types_used(self, *names: str) -> tuple[Known[ObjectType], ...]:
        """The types named, and those inside them, in name order."""
        seen: set[str] = set()
        pending = sorted(names)
        while pending:
            name = pending.pop()
            if name in seen or name not in self._types:
                continue
            seen.add(name)
            for object_type in self._types[name]:
                self.object_type(object_type)
                pending.extend(self._named[id(object_type)] - seen)
        return tuple(self.object_type(t) for name in sorted(seen) for t in self._types[name])

    def types_used_by(self, resource: Resource) -> tuple[Known[ObjectType], ...]:
        """The types a resource's own operations (not its children's) may show."""
        self._own(resource)
        return self.types_used(*self._named[id(resource)])


@dataclass(frozen=True)
class _Own:
    """A resource without its operations and children, and the digests of its own text and of
    each operation's."""

    alone: Resource
    digests: tuple[str, ...]


# A named TypeRef as `repr` writes it: TypeRef(kind='named', literals=(), items=(), name='Pet', …
_NAMED = "kind='named'"
_NAMED_TYPE = re.compile(r"kind='named', literals=\(\), items=\(\), name='(\w+)'")
_EVERY_NAME = re.compile(r"\bname='(\w+)'")


def _names_in(text: str) -> frozenset[str]:
    """The names of the generated types a model value's `repr` refers to: those of its named
    TypeRefs; should one be written otherwise (or a description spell one out), every name the
    text holds."""
    named = _NAMED_TYPE.findall(text)
    if len(named) != text.count(_NAMED):
        named = _EVERY_NAME.findall(text)
    return frozenset(named)


def _no_view() -> dict[str, Any]:
    return {}


def _api_view(head: Known[Api]) -> dict[str, Any]:
    return {"api": head.value}


def _package_init_view(head: Known[Api]) -> dict[str, Any]:
    api = head.value
    return {
        "exports": export_lines(api.exports),
        "doc": f"The {api.title} Python SDK: start with `{api.client_names[0]}` or "
        f"`{api.client_names[1]}`.",
        "runtime": "._core.lazy",
        "version": api.version,
    }


def _sdk_values_view(head: Known[Api]) -> dict[str, Any]:
    return {"api": head.value, "server_templates": client.server_templates(head.value)}


def _with_tree(head: Known[Api], tops: tuple[Known[Resource], ...]) -> Api:
    return replace(head.value, resources=tuple(top.value for top in tops))


def _client_view(head: Known[Api], tops: tuple[Known[Resource], ...]) -> dict[str, Any]:
    return {"code": client.client_code(_with_tree(head, tops)), "flavours": FLAVOURS}


def _index_view(head: Known[Api], tops: tuple[Known[Resource], ...]) -> dict[str, Any]:
    api = _with_tree(head, tops)
    return {"api": api, "entries": docs.index_entries(api)}


def _readme_view(
    head: Known[Api], tops: tuple[Known[Resource], ...], used: tuple[Known[ObjectType], ...]
) -> dict[str, Any]:
    api = replace(_with_tree(head, tops), object_types=tuple(t.value for t in used))
    return {"readme": docs.readme(api)}


def _resource_view(resource: Known[Resource]) -> dict[str, Any]:
    return {"resource": resource.value}


def _resource_code_view(part: Known[Api], resource: Known[Resource]) -> dict[str, Any]:
    return {"code": code.resource_code(part.value, resource.value), "flavours": FLAVOURS}


def _resource_page_view(
    part: Known[Api],
    resource: Known[Resource],
    used: tuple[Known[ObjectType], ...],
    uploaders: tuple[Known[Resource], ...],
) -> dict[str, Any]:
    api = replace(
        part.value,
        object_types=tuple(t.value for t in used),
        resources=tuple(r.value for r in uploaders),
    )
    return {"page": docs.resource_page(api, resource.value)}


def _alias_view(object_type: Known[ObjectType], package: str) -> dict[str, Any]:
    return {"type": aliases.alias_code(object_type.value, package)}


def _object_type_view(
    object_type: Known[ObjectType], package: str, cycle: tuple[str, ...]
) -> dict[str, Any]:
    return {"type": types.object_type_code(object_type.value, package, frozenset(cycle))}


def _result_model_view(model: ResultModel) -> dict[str, Any]:
    return {"model": model}


def _types_init_view(exported: tuple[Export, ...], doc: str) -> dict[str, Any]:
    return {"exports": export_lines(exported), "doc": doc, "runtime": "..._core.lazy"}
