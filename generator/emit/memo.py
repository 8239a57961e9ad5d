"""Files remembered by their inputs: a type's module is made again only when what it is made of
changed.

A file with `inputs` (`files.py`) is keyed by a digest of the generator itself (every module of
`generator/`, every template and the runtime: a change to the code that makes a view or prints
it makes new keys), the formatters' versions, its path and template, and its inputs' `repr`
(frozen dataclasses of the model, written out field by field, with the spec's values in them).
Its formatted text is kept in the format cache (`cache.py`) under that key, so a regeneration
after a small change makes, renders and formats only the files whose inputs changed. The same
`repr` always means the same inputs; one that differed from run to run would only miss.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path

from ..shipped import RUNTIME, TEMPLATES
from .files import File
from .format import formatter_version

_GENERATOR = Path(__file__).resolve().parents[1]
_SOURCES = (".py", ".jinja")
MEMO_VERSION = "1"  # raise when what a key covers changes


@functools.cache
def generator_digest() -> str:
    """A digest of the code and templates that make the files, and of the formatters."""
    hasher = hashlib.sha256(f"{MEMO_VERSION}|{formatter_version()}".encode())
    for folder in (_GENERATOR, TEMPLATES, RUNTIME):
        for path in sorted(folder.rglob("*")):
            if path.suffix in _SOURCES and path.is_file():
                hasher.update(f"\0{folder.name}/{path.relative_to(folder).as_posix()}\0".encode())
                hasher.update(path.read_bytes())
    return hasher.hexdigest()


def keys(files: Iterable[File]) -> dict[str, str]:
    """{path: key} of the files that name their inputs."""
    salt = generator_digest().encode()
    found = {}
    for file in files:
        if file.inputs is not None:
            text = f"{file.path}\0{file.template}\0{file.inputs!r}"
            hasher = hashlib.sha256(salt)
            hasher.update(text.encode("utf-8", "surrogatepass"))
            found[file.path] = hasher.hexdigest()
    return found
