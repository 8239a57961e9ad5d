"""The whole pipeline, stage by stage: load → check refs → validate → build → render → format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .build.api import build_api
from .emit.format import format_files
from .emit.render import render_sdk
from .model import runtime
from .model.api import Api
from .spec.load import load_document
from .spec.refs import Resolver
from .spec.validate import validate_document


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]  # relative path → formatted text, without the manifest


def load_api(spec: Path, package: str | None = None, spec_root: Path | None = None) -> Api:
    """`spec_root`: the folder `$ref`s may read files from (default: the spec's own folder)."""
    document = load_document(spec)
    resolver = Resolver(document, spec_root)
    resolver.check_all()
    validate_document(document, resolver)
    return build_api(resolver, package)


def generate(spec: Path, package: str | None = None, spec_root: Path | None = None) -> Generated:
    api = load_api(spec, package, spec_root)
    files = format_files(render_sdk(api))
    # The runtime is the same in every SDK and already formatted: copied as it is.
    files.update({f"{api.package}/_core/{name}": text for name, text in runtime.files().items()})
    return Generated(api, files)


def summary(generated: Generated) -> str:
    """What the run produced, and everything it had to loosen, by JSON pointer."""
    api = generated.api
    operations = sum(len(_operations(r)) for r in api.resources)
    models = sum(1 for t in api.object_types if t.flavour == "models")
    params = sum(1 for t in api.object_types if t.flavour == "params")
    lines = [
        f"{api.title} {api.version}: {operations} operations, {models} response models, "
        f"{params} parameter types, {len(generated.files)} files, "
        f"{len(api.warnings)} warnings, 0 left out"
    ]
    lines.extend(f"warning: {w.pointer}: {w.message}" for w in api.warnings)
    return "\n".join(lines)


def _operations(resource: object) -> list[object]:
    from .model.api import Resource

    assert isinstance(resource, Resource)
    result: list[object] = list(resource.operations)
    for child in resource.children:
        result.extend(_operations(child))
    return result
