"""The whole pipeline, stage by stage: load → check refs → validate → build → render → format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from .build.api import build_api
from .build.reuse import Remembered, reuse_folder
from .config import Config, find_config, load_config
from .emit import memo
from .emit.cache import FormatCache
from .emit.files import sdk_files
from .emit.format import default_cache_dir, format_files
from .emit.render import compiled_templates_folder, render_files
from .model import runtime
from .model.api import Api, Warning
from .progress import SILENT, Progress
from .spec.cache import ValidationCache, default_folder, units_of
from .spec.load import load_document
from .spec.parsed import ParsedCache
from .spec.parsed import default_folder as parsed_folder
from .spec.refs import Resolver
from .spec.validate import check_beside, validate_document

T = TypeVar("T")


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]  # relative path → formatted text, without the manifest


def load_api(
    spec: Path,
    config: Config | None = None,
    progress: Progress = SILENT,
    spec_root: Path | None = None,
) -> Api:
    """The model of `spec`, built with `config`; None means the spec's own configuration (the
    file beside it, if any). `spec_root`: the folder `$ref`s may read files from (default: the
    spec's own folder)."""
    return _built(spec, config, progress, spec_root, lambda api: api)


def generate(
    spec: Path,
    config: Config | None = None,
    progress: Progress = SILENT,
    spec_root: Path | None = None,
) -> Generated:
    return _built(spec, config, progress, spec_root, partial(_emitted, progress=progress))


def _emitted(api: Api, progress: Progress) -> Generated:
    with progress.stage("render"):
        planned = list(sdk_files(api))
        remembered = FormatCache(default_cache_dir())
        keys = memo.keys(planned)
        known = remembered.get_many(keys.values())
        rendered = render_files(
            (file for file in planned if keys[file.path] not in known), compiled_templates_folder()
        )
    with progress.stage("format"):
        formatted = format_files(rendered)
    remembered.put_many({keys[path]: formatted[path] for path in rendered})
    files = {
        file.path: formatted[file.path] if file.path in formatted else known[keys[file.path]]
        for file in planned
    }
    # The runtime is the same in every SDK and already formatted: copied as it is.
    files.update({f"{api.package}/_core/{name}": text for name, text in runtime.files().items()})
    return Generated(api, files)


def _built(
    spec: Path,
    config: Config | None,
    progress: Progress,
    spec_root: Path | None,
    then: Callable[[Api], T],
) -> T:
    """`then` of the model of `spec`. Where validation would be long (a cold run of a large
    spec), it runs in a child process while the model is built and `then` runs on the document
    presumed valid; that work is kept only if the child finds the document valid, and is done
    again, in order, otherwise (so every message is the one a run in order gives)."""
    if config is None:
        config = load_config(find_config(spec))
    resolver = _resolver(spec, progress, spec_root)
    cache = ValidationCache(default_folder(default_cache_dir()))
    check = check_beside(resolver.root, resolver, cache)
    if check is None:
        return then(_model(resolver, config, progress, cache))
    try:
        try:
            api = _model(resolver, config, progress, cache, checked_beside=True)
            # Found invalid (or in need of repairs) while the model was built: no more waste.
            result = None if check.failed_already() else then(api)
        except Exception:
            if check.passed():
                raise
        else:
            with progress.stage("validated"):
                if result is not None and check.passed():
                    return result
    finally:
        check.close()
    return then(_model(_resolver(spec, progress, spec_root), config, progress, cache))


def _resolver(spec: Path, progress: Progress, spec_root: Path | None) -> Resolver:
    with progress.stage("load"):
        document = load_document(spec, parsed=ParsedCache(parsed_folder(default_cache_dir())))
    with progress.stage("refs"):
        resolver = Resolver(document, spec_root)
        resolver.check_all()
    return resolver


def _model(
    resolver: Resolver,
    config: Config,
    progress: Progress,
    cache: ValidationCache,
    checked_beside: bool = False,
) -> Api:
    with progress.stage("validate"):
        validation = validate_document(
            resolver.root, resolver, cache, checked_beside=checked_beside
        )
    with progress.stage("build"):
        # Keyed after validation, which may have repaired the document.
        data = resolver.root.data
        units = units_of(data) if isinstance(data, dict) else {}
        remembered = Remembered(
            reuse_folder(default_cache_dir()), units, cache.keys(data, units) if units else {}
        )
        api = build_api(resolver, config, progress, remembered)
    # The document's own defects come first: the SDK was built around them as each one says.
    found = tuple(
        Warning(str(finding.location), finding.message) for finding in validation.warnings
    )
    return replace(api, warnings=(*found, *api.warnings))


def summary(generated: Generated, more: Sequence[Warning] = ()) -> str:
    """What the run produced, every warning (the model's, then `more`) with its place, and
    everything the document describes that the SDK does not offer (operations, responses,
    media types, parameters, callbacks), each by JSON pointer."""
    api = generated.api
    warnings = [*api.warnings, *more]
    models = sum(1 for t in api.object_types if t.flavour == "models")
    params = sum(1 for t in api.object_types if t.flavour == "params")
    paginated = sum(1 for _, op in api.all_operations() if op.pagination is not None)
    pages = f" ({paginated} paginated)" if paginated else ""
    lines = [
        f"{api.title} {api.version}: {len(api.all_operations())} operations{pages}, {models} response "
        f"models, {params} parameter types, {len(generated.files)} files, "
        f"{len(warnings)} warnings, {len(api.left_out)} left out"
    ]
    lines.extend(f"warning: {w.pointer}: {w.message}" for w in warnings)
    lines.extend(f"left out: {o.pointer}: {o.what}: {o.reason}" for o in api.left_out)
    return "\n".join(lines)
