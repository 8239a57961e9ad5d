"""Workflow helpers, from the provider's declaration (`[workflows]` in the configuration).

`uploads` names the operation that hands out upload URLs and the body fields that take files:
the resource above it gets `upload_file()`. Each of `jobs` names the operation that reports a
job's result (it gets `check_result()` on its resource) and the create operations whose result
it reports, by tag or by name: each gets `generate()`, which uploads local files, creates, waits
and downloads. Operations are matched by rule, so a new create operation in a later spec gets
its helper by regeneration alone.
"""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Iterator

from ..config import Config, ConfigError, Job, Uploads
from ..model import naming
from ..model.api import (
    ClientRef,
    Field,
    Flavour,
    JobRunner,
    ObjectType,
    Operation,
    Resource,
    ResultModel,
    ResultWaiter,
    TypeRef,
    Uploader,
    Warning,
)
from ..spec.refs import Ref
from .context import Context

# The names the helpers want; a resource that already uses one gets the next free variant.
_UPLOAD_METHODS = ("upload_file", "upload_local_files", "_request_upload_urls")
_WAIT_METHOD = "check_result"
_RUN_METHOD = "generate"


@dataclasses.dataclass(frozen=True)
class Attached:
    resources: tuple[Resource, ...]
    result_models: tuple[ResultModel, ...]


def attach_workflows(
    resources: tuple[Resource, ...], config: Config, ctx: Context, package: str
) -> Attached:
    workflows = config.workflows
    if workflows is None or (workflows.uploads is None and not workflows.jobs):
        return Attached(resources, ())
    index = _Index(resources)
    uploaders: dict[tuple[str, ...], Uploader] = {}
    uploader_ref: ClientRef | None = None
    uploads = workflows.uploads
    if uploads is not None and index.has(uploads.operation, config, "workflows.uploads", ctx):
        host, uploader = _uploader(uploads, index, config)
        uploaders[host.path] = uploader
        uploader_ref = ClientRef(host.module, host.class_names)

    waiters: dict[tuple[str, ...], ResultWaiter] = {}
    runners: dict[str, JobRunner] = {}  # by route
    models: list[ResultModel] = []
    taken_models = {t.name.lower() for t in ctx.typer.object_types()}
    for number, job in enumerate(workflows.jobs):
        where = f"workflows.jobs.{number}"
        if not index.has(job.result, config, where, ctx):
            continue
        resource, result = index.operation(job.result, config, f"{where}.result")
        waiter, model = _waiter(job, resource, result, config, where, package, taken_models)
        if resource.path in waiters:
            raise ConfigError(
                f"{job.result} already reports another job", config.where(f"{where}.result")
            )
        waiters[resource.path] = waiter
        models.append(model)
        for create_resource, create in index.creates(job, config, where):
            if create.route in runners:
                ctx.warnings.warn(
                    _at(ctx, create), f"{create.route} matches two jobs; the first one runs it"
                )
                continue
            runner = _runner(
                job, create, create_resource, resource, waiter, model, uploader_ref, uploaders, ctx
            )
            if runner is not None:
                runners[create.route] = runner
    return Attached(
        tuple(_rebuilt(top, uploaders, waiters, runners) for top in resources), tuple(models)
    )


class _Index:
    """Operations by route (`POST /v1/lip-sync`), with the resources that hold them."""

    def __init__(self, resources: tuple[Resource, ...]) -> None:
        self.by_route: dict[str, tuple[Resource, Operation]] = {}
        self.by_path: dict[tuple[str, ...], Resource] = {}
        for top in resources:
            for resource in top.walk():
                self.by_path[resource.path] = resource
                for op in resource.operations:
                    self.by_route[op.route] = (resource, op)

    def has(self, route: str, config: Config, where: str, ctx: Context) -> bool:
        """Whether the spec has `route`; a declaration for an operation it does not have (an
        older or newer version of the API) is skipped with a warning."""
        if route in self.by_route:
            return True
        place = config.where(f"{where}.{'operation' if 'uploads' in where else 'result'}")
        ctx.warnings.items.append(
            Warning(str(place), f"the spec has no operation {route}: [{where}] is skipped")
        )
        return False

    def operation(self, route: str, config: Config, key: str) -> tuple[Resource, Operation]:
        found = self.by_route.get(route)
        if found is None:
            raise ConfigError(f"the spec has no operation {route}", config.where(key))
        return found

    def creates(self, job: Job, config: Config, where: str) -> Iterator[tuple[Resource, Operation]]:
        for number, route in enumerate(job.operations):
            yield self.operation(route, config, f"{where}.operations.{number}")
        for resource, op in self.by_route.values():
            if op.http_method == "POST" and set(job.tags) & set(op.tags):
                if op.route not in job.operations:
                    yield resource, op


def _free(wanted: str, resource: Resource, also: tuple[str, ...] = ()) -> str:
    taken = [
        *(op.method for op in resource.operations),
        *(child.attr for child in resource.children),
        *naming.RESERVED_RESOURCE_ATTRS,
        *also,
    ]
    (name,) = naming.unique([wanted], taken=taken)
    return name


def _uploader(uploads: Uploads, index: _Index, config: Config) -> tuple[Resource, Uploader]:
    key = "workflows.uploads.operation"
    resource, op = index.operation(uploads.operation, config, key)
    host = index.by_path.get(resource.path[:-1], resource)
    call = f"self.{op.method}" if host is resource else f"self.{resource.attr}.{op.method}"
    items = [p for p in op.parameters if p.location == "body" and p.wire_name == uploads.items]
    if not items or op.success.type is None:
        raise ConfigError(
            f"{uploads.operation} does not take the list `{uploads.items}` of files to upload "
            "or returns nothing (set `items` to its list's name)",
            config.where(key),
        )
    methods = [_free(name, host) for name in _UPLOAD_METHODS]
    return host, Uploader(
        method=methods[0],
        local_files_method=methods[1],
        request_method=methods[2],
        operation_call=call,
        items_argument=items[0].python_name,
        response_type=op.success.type,
        file_fields=uploads.file_fields,
        items=uploads.items,
        extension=uploads.extension,
        kind=uploads.kind,
        upload_url=uploads.upload_url,
        file_path=uploads.file_path,
        uploaded_prefix=uploads.uploaded_prefix,
        pointer=op.pointer,
    )


def _waiter(
    job: Job,
    resource: Resource,
    result: Operation,
    config: Config,
    where: str,
    package: str,
    taken_models: set[str],
) -> tuple[ResultWaiter, ResultModel]:
    path_parameters = [p for p in result.parameters if p.location == "path"]
    base = result.success.type
    if result.http_method != "GET" or len(path_parameters) != 1 or base is None:
        raise ConfigError(
            f"{job.result} must be a GET with one path parameter (the job's id) that returns "
            "the job",
            config.where(f"{where}.result"),
        )
    if base.kind != "named" or base.nullable:
        raise ConfigError(f"{job.result} must return an object", config.where(f"{where}.result"))
    name = naming.first_free(f"{base.name}WithDownloads", taken_models)
    taken_models.add(name.lower())
    module = naming.module_name(name)
    model = ResultModel(name, module, naming.type_path(package, "models", module), base)
    waiter = ResultWaiter(
        method=_free(_WAIT_METHOD, resource),
        get_method=result.method,
        id_argument=path_parameters[0].python_name,
        result_type=TypeRef("named", name=name, module=module),
        status=job.status,
        succeeded=job.succeeded,
        failed=job.failed,
        outputs=_steps(job.outputs),
    )
    return waiter, model


def _steps(path: str) -> tuple[str, ...]:
    """`downloads[].url` → ("downloads", "[]", "url")."""
    steps: list[str] = []
    for part in path.split(".") if path else []:
        name, brackets = part, 0
        while name.endswith("[]"):
            name, brackets = name[:-2], brackets + 1
        steps.extend([name, *["[]"] * brackets] if name else ["[]"] * brackets)
    return tuple(steps)


def _runner(
    job: Job,
    create: Operation,
    create_resource: Resource,
    result_resource: Resource,
    waiter: ResultWaiter,
    model: ResultModel,
    uploader_ref: ClientRef | None,
    uploaders: dict[tuple[str, ...], Uploader],
    ctx: Context,
) -> JobRunner | None:
    response = create.success.type
    fields = _fields(ctx, response, "models")
    ids = [f for f in fields if f.wire_name == job.id]
    if not ids:
        ctx.warnings.warn(
            _at(ctx, create),
            f"no generate() for {create.route}: its response has no `{job.id}` to wait on",
        )
        return None
    uploader = next(iter(uploaders.values()), None)
    patterns = uploader.file_fields if uploader is not None else ()
    upload_arguments = tuple(
        p.python_name
        for p in create.parameters
        if p.location == "body"
        and (_matches(p.wire_name, patterns) or _holds_files(ctx, p.type, patterns, set()))
    )
    return JobRunner(
        method=_free(_RUN_METHOD, create_resource),
        id_attribute=ids[0].python_name,
        waiter=ClientRef(result_resource.module, result_resource.class_names),
        check_method=waiter.method,
        uploader=uploader_ref if upload_arguments else None,
        local_files_method=uploader.local_files_method if uploader is not None else "",
        upload_arguments=upload_arguments,
        result_type=waiter.result_type,
    )


def _at(ctx: Context, op: Operation) -> Ref:
    return Ref(ctx.resolver.root.path.resolve(), op.pointer)


def _fields(ctx: Context, type_ref: TypeRef | None, flavour: Flavour) -> tuple[Field, ...]:
    if type_ref is None or type_ref.kind != "named":
        return ()
    found: ObjectType | None = ctx.typer.object_type(flavour, type_ref.name)
    return found.fields if found is not None else ()


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def _holds_files(ctx: Context, type_ref: TypeRef, patterns: tuple[str, ...], seen: set[str]) -> bool:
    """Whether a value of `type_ref` may hold a file field somewhere inside."""
    if not patterns:
        return False
    if type_ref.kind == "named":
        if type_ref.name in seen:
            return False
        seen.add(type_ref.name)
        found = ctx.typer.object_type("params", type_ref.name)
        if found is None:
            return False
        return any(
            _matches(f.wire_name, patterns) or _holds_files(ctx, f.type, patterns, seen)
            for f in found.fields
        )
    return any(_holds_files(ctx, item, patterns, seen) for item in type_ref.items)


def _rebuilt(
    resource: Resource,
    uploaders: dict[tuple[str, ...], Uploader],
    waiters: dict[tuple[str, ...], ResultWaiter],
    runners: dict[str, JobRunner],
) -> Resource:
    return dataclasses.replace(
        resource,
        operations=tuple(
            dataclasses.replace(op, job=runners[op.route]) if op.route in runners else op
            for op in resource.operations
        ),
        children=tuple(_rebuilt(child, uploaders, waiters, runners) for child in resource.children),
        uploader=uploaders.get(resource.path),
        waiter=waiters.get(resource.path),
    )
