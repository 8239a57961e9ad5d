"""Render the templates into the files of an SDK: {relative path: text}. Nothing is written here."""

from __future__ import annotations

from collections.abc import Iterable

import jinja2

from ..model.api import Api
from ..shipped import TEMPLATES
from .escape import FILTERS
from .files import File, sdk_files


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
    return render_files(sdk_files(api))


def render_files(files: Iterable[File]) -> dict[str, str]:
    env = environment()
    return {file.path: env.get_template(file.template).render(**file.view) for file in files}
