"""Build the intermediate model (`model.api.Api`) from a validated, reference-checked spec."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from ..config import Config, ConfigError
from ..errors import SpecError
from ..model import naming, runtime
from ..model.api import Api, Export, Operation, SecurityScheme
from ..progress import SILENT, Progress
from ..spec.refs import Ref, Resolver, jp_ref
from .bodies import is_json
from .context import Context, Warnings
from .operations import HTTP_METHODS, PlannedOperation, build_operation, plan_operations
from .pagination import attach_pagination
from .project import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, names, project, sdk_version
from .resources import resource_tree
from .responses import inexpressible
from .reuse import Remembered, Steps
from .schemas import SchemaTyper
from .security import security_schemes
from .servers import server_variables, servers
from .shared import share_error_bodies
from .trace import Ledger
from .workflows import attach_workflows

# What `import <package>` offers besides the clients and the exceptions: (name, module).
_TOP_LEVEL = (
    ("Environment", ".environment"),
    ("NOT_GIVEN", "._core"),
    ("NotGiven", "._core"),
    ("RequestOptions", "._core"),
    ("RawResponse", "._core"),
    ("RawResponseWithHeaders", "._core"),
)


def build_api(
    resolver: Resolver,
    config: Config | None = None,
    progress: Progress = SILENT,
    remembered: Remembered | None = None,
) -> Api:
    """The model of the document `resolver` reads. With `remembered`, the operations an earlier
    run built from what they would be built from now are taken from there (see `reuse.py`)."""
    config = config or Config()
    spec = resolver.root.data
    root = Ref(resolver.root.path.resolve(), "")
    info = spec.get("info") or {}
    title = str(info.get("title") or "API")
    chosen = names(config, title)
    package, dist_name, env_prefix = chosen.package, chosen.dist_name, chosen.env_prefix

    warnings = Warnings(resolver=resolver)
    version = sdk_version(config, info, root, warnings)
    ledger = Ledger()
    typer = SchemaTyper(resolver, warnings, package, ledger)
    ctx = Context(resolver, typer, warnings)
    cache = None if remembered is None else remembered.open(resolver, config, package, env_prefix)
    steps = Steps(cache, ledger, warnings)
    components = (spec.get("components") or {}).get("schemas") or {}
    for schema_name in sorted(components):
        typer.reserve_component(
            jp_ref(root, "components", "schemas", schema_name), naming.pascal(schema_name)
        )

    schemes = security_schemes(spec, env_prefix)
    planned = plan_operations(spec, root)
    share_error_bodies(planned, ctx)
    if cache is not None:
        typer.samples.load_examples(steps.examples())
        typer.samples.load_verdicts(steps.verdicts())
    steps.begin()
    operations_by_resource: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
    left_out = 0
    paginated = dict(config.pagination or ())
    for done, plan in enumerate(planned, start=1):
        progress.step(done, len(planned))
        what = f"operation {plan.http_method.upper()} {plan.path}"
        reason = inexpressible(plan.spec)
        if reason:
            warnings.warn(plan.at, f"left out: {reason}")
            warnings.leave_out(plan.at, what, reason)
            left_out += 1
            continue
        planned_names = (plan.http_method, plan.method, *plan.segments)
        operation = steps.step(
            ("paths", plan.path),
            planned_names,
            partial(_operation, plan, spec, ctx, schemes, config),
        )
        paginated.pop(operation.route, None)
        operations_by_resource[plan.segments].append(operation)
        for name in sorted(plan.spec.get("callbacks") or {}):
            warnings.leave_out(
                jp_ref(plan.at, "callbacks", name),
                f"callback {name} of {what}",
                "a callback is a request the API sends to the caller; the SDK is a client",
            )

    if paginated:
        route = next(iter(paginated))
        raise ConfigError(
            f"pagination names {route}, which is no operation of the spec",
            config.where(f"pagination.{route}"),
        )

    # Component schemas are generated even when no operation uses them (webhooks-only documents).
    for schema_name in sorted(components):
        at = jp_ref(root, "components", "schemas", schema_name)
        hint, schema = naming.pascal(schema_name), {"$ref": "#" + at.pointer}
        type_it = partial(typer.type_of, schema, root, hint, "models")
        steps.step(("components", "schemas", schema_name), ("component",), type_it)
    steps.save(typer.samples.verdicts())

    webhooks = _webhook_models(spec, root, ctx)
    tree = resource_tree(operations_by_resource, package, chosen.client_names)
    attached = attach_workflows(tree, config, ctx, package)
    resources = attached.resources
    placed = sum(len(resource.operations) for top in resources for resource in top.walk())
    if placed + left_out != len(planned):  # a guard: an operation is never dropped silently
        raise SpecError(
            f"internal error: {len(planned)} operations planned, {placed} placed, "
            f"{left_out} left out"
        )

    error_base, client_names = chosen.error_base, chosen.client_names
    return Api(
        title=title,
        api_phrase=naming.api_phrase(title),
        api_version=str(info.get("version") or ""),
        version=version,
        description=str(info.get("description") or ""),
        package=package,
        dist_name=dist_name,
        project=project(config, spec, title),
        timeout=config.timeout if config.timeout is not None else DEFAULT_TIMEOUT,
        max_retries=config.max_retries if config.max_retries is not None else DEFAULT_MAX_RETRIES,
        env_prefix=env_prefix,
        base_url_env=naming.env_var(env_prefix, "base_url"),
        log_env=naming.env_var(env_prefix, "log"),
        user_agent=naming.user_agent(dist_name, version),
        error_base=error_base,
        client_names=client_names,
        exports=_exports(error_base, client_names, config),
        servers=servers(spec, config.environments),
        security_schemes=tuple(schemes.values()),
        resources=resources,
        object_types=tuple(typer.object_types()),
        warnings=tuple(warnings.items),
        webhooks=webhooks,
        result_models=attached.result_models,
        poll_interval_env=(
            naming.env_var(env_prefix, "poll_interval") if attached.result_models else ""
        ),
        left_out=tuple(warnings.left_out),
        server_variables=server_variables(
            spec,
            bool(config.environments),
            naming.RESERVED_CLIENT_ARGS
            | {name for scheme in schemes.values() for name in scheme.arguments},
        ),
    )


def _operation(
    plan: PlannedOperation,
    spec: dict[str, Any],
    ctx: Context,
    schemes: dict[str, SecurityScheme],
    config: Config,
) -> Operation:
    """One operation, its pagination attached (as the configuration declares it, if it does)."""
    operation = build_operation(plan, spec, ctx, schemes)
    route = operation.route
    declared = dict(config.pagination or ()).get(route)
    where = config.where(f"pagination.{route}")
    return attach_pagination(operation, plan.spec, plan.at, ctx, declared, where)


def _exports(error_base: str, client_names: tuple[str, str], config: Config) -> tuple[Export, ...]:
    exports = (
        *(Export(name, ".client") for name in client_names),
        *(Export(name, module) for name, module in _TOP_LEVEL),
        *(Export(name, "._core") for name in runtime.exception_classes()),
        Export(error_base, "._core", runtime.BASE_EXCEPTION),
    )
    by_name = {export.name: export for export in exports}
    aliases = []
    for alias, target in config.aliases or ():
        found = by_name.get(target)
        if found is None or alias in by_name:
            why = "is exported already" if alias in by_name else f"{target!r} is not exported"
            raise ConfigError(f"alias {alias} = {target!r}: {why}", config.where(f"aliases.{alias}"))
        aliases.append(Export(alias, found.module, found.attribute or found.name))
    return (*exports, *aliases)


def _webhook_models(spec: dict[str, Any], root: Ref, ctx: Context) -> tuple[tuple[str, str], ...]:
    """Models for the payloads of 3.1 `webhooks`, so receivers can parse what they are sent."""
    result = []
    for name in sorted(spec.get("webhooks") or {}):
        item, item_at = ctx.resolver.deref(spec["webhooks"][name], jp_ref(root, "webhooks", name))
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            body, body_at = ctx.resolver.deref(
                operation["requestBody"], jp_ref(item_at, method, "requestBody")
            )
            for media_type in sorted(body.get("content") or {}):
                if not is_json(media_type):
                    continue
                schema_at = jp_ref(body_at, "content", media_type, "schema")
                schema = body["content"][media_type].get("schema", {})
                type_ref = ctx.typer.type_of(schema, schema_at, f"{name} webhook payload", "models")
                if type_ref.kind == "named":
                    result.append((name, type_ref.name))
                break
    return tuple(result)
