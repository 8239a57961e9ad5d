"""The whole pipeline, stage by stage: load → check refs → validate → build → render → format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .build.api import build_api
from .config import Config, find_config, load_config
from .emit.format import default_cache_dir, format_files
from .emit.render import render_sdk
from .model import runtime
from .model.api import Api, Warning
from .progress import SILENT, Progress
from .spec.cache import ValidationCache, default_folder
from .spec.load import load_document
from .spec.refs import Resolver
from .spec.validate import validate_document


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
    if config is None:
        config = load_config(find_config(spec))
    with progress.stage("load"):
        document = load_document(spec)
    with progress.stage("refs"):
        resolver = Resolver(document, spec_root)
        resolver.check_all()
    with progress.stage("validate"):
        cache = ValidationCache(default_folder(default_cache_dir()))
        validation = validate_document(document, resolver, cache)
    with progress.stage("build"):
        api = build_api(resolver, config, progress)
    # The document's own defects come first: the SDK was built around them as each one says.
    found = tuple(
        Warning(str(finding.location), finding.message) for finding in validation.warnings
    )
    return replace(api, warnings=(*found, *api.warnings))


def generate(
    spec: Path,
    config: Config | None = None,
    progress: Progress = SILENT,
    spec_root: Path | None = None,
) -> Generated:
    api = load_api(spec, config, progress, spec_root)
    with progress.stage("render"):
        rendered = render_sdk(api)
    with progress.stage("format"):
        files = format_files(rendered)
    # The runtime is the same in every SDK and already formatted: copied as it is.
    files.update({f"{api.package}/_core/{name}": text for name, text in runtime.files().items()})
    return Generated(api, files)


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
