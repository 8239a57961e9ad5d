"""Files remembered by their inputs: a file is made again only when what it is made of changed.

Every file names its inputs (`files.py`) and its view is made from them alone. It is keyed by a
digest of the generator itself (every module of `generator/`, every template and the runtime: a
change to the code that makes a view or prints it makes new keys), the formatters' versions, its
path and template, and its inputs' `repr` (frozen dataclasses of the model, written out field by
field, with the spec's values in them). Its formatted text is kept in the format cache
(`cache.py`) under that key, so a regeneration after a small change makes, renders and formats
only the files whose inputs changed. The same `repr` always means the same inputs; one that
differed from run to run would only miss.

A value many files are made of (a type every page's examples use, a resource) is named in their
keys by the digest of its `repr` (`Known`), taken once.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

import jinja2

from ..shipped import RUNTIME, TEMPLATES
from .format import formatter_version

if TYPE_CHECKING:
    from .files import File

_GENERATOR = Path(__file__).resolve().parents[1]
_SOURCES = (".py", ".jinja")
MEMO_VERSION = "3"  # raise when what a key covers changes

T = TypeVar("T")


@dataclass(frozen=True, repr=False)
class Known(Generic[T]):
    """A value and the digest of its `repr`, which stands for it in keys."""

    value: T
    digest: str

    def __repr__(self) -> str:
        return f"Known({self.digest})"


def known(value: T) -> Known[T]:
    return Known(value, digest(repr(value)))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@functools.cache
def generator_digest() -> str:
    """A digest of the code and templates that make the files, of the formatters, and of what
    runs them (Jinja, Python)."""
    made_by = f"{MEMO_VERSION}|{formatter_version()}|jinja2 {jinja2.__version__}|{sys.version}"
    hasher = hashlib.sha256(made_by.encode())
    for folder in (_GENERATOR, TEMPLATES, RUNTIME):
        for path in sorted(folder.rglob("*")):
            if path.suffix in _SOURCES and path.is_file():
                hasher.update(f"\0{folder.name}/{path.relative_to(folder).as_posix()}\0".encode())
                hasher.update(path.read_bytes())
    return hasher.hexdigest()


def keys(files: Iterable[File]) -> dict[str, str]:
    """{path: key} of every file."""
    salt = generator_digest().encode()
    found = {}
    for file in files:
        text = f"{file.path}\0{file.template}\0{file.make_view.__qualname__}\0{file.inputs!r}"
        hasher = hashlib.sha256(salt)
        hasher.update(text.encode("utf-8", "surrogatepass"))
        found[file.path] = hasher.hexdigest()
    return found
