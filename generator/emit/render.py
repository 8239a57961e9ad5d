"""Render the templates into the files of an SDK: {relative path: text}. Nothing is written here.

Templates compiled once are kept (Jinja's bytecode, in a folder of the cache named after the
generator's code, templates and Jinja's version, checked against each template's source): a
regeneration that renders a few files does not compile every template they use again.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from ..model.api import Api
from ..shipped import TEMPLATES
from .escape import FILTERS
from .files import File, sdk_files
from .format import default_cache_dir
from .memo import generator_digest


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's bytecode cache, only ever a shortcut: unreadable, it compiles; unwritable, it
    does not keep."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def compiled_templates_folder() -> Path:
    """Where this generator keeps its compiled templates (one folder per generator version,
    Jinja and Python included)."""
    return default_cache_dir().parent / "templates" / generator_digest()[:16]


def environment(compiled: Path | None = None) -> jinja2.Environment:
    """The one Jinja environment; `compiled`: the folder compiled templates are kept in."""
    cache = None
    if compiled is not None:
        try:
            compiled.mkdir(parents=True, exist_ok=True)
            cache = _CompiledTemplates(str(compiled))
        except OSError:
            pass  # compiled in every run
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Python, markdown and TOML: escaping is per place, by filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=cache,
    )
    env.filters.update(FILTERS)
    return env


def render_sdk(api: Api) -> dict[str, str]:
    return render_files(sdk_files(api))


def render_files(files: Iterable[File], compiled: Path | None = None) -> dict[str, str]:
    env = environment(compiled)
    return {file.path: env.get_template(file.template).render(**file.view) for file in files}
