"""Names a generated class binds never change what the names in its annotations mean.

A class body is a scope: once it binds a name, a later annotation, decorator or default in the same
body that reads that name gets the member, not the module-level object. Generated classes bind
names the spec chose: a resource client's methods (`list`, `dict`, `type`) and child resources
(`models`, `functools`, `typing`), a model's fields (`str`, `list`). So `def list(...)` followed by
`tags: list[str]` is "not valid as a type" for mypy, a field `str: str | None = None` makes pydantic
fail at import, and a child called `functools` breaks the next `@functools.cached_property`.

The rule, per module: each name that a class body of the module both binds and reads is spelled
so that no member can hide it; every other name keeps its ordinary spelling.
- a builtin becomes `builtins.list` (with `import builtins`);
- an imported name is imported under a private alias (`from pkg.types import models as _models`,
  `import functools as _functools`) and spelled that way throughout the module. Generated members
  never start with `_`, so an alias cannot be bound by a class.
"""

from __future__ import annotations

import functools
import io
import keyword
import tokenize
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

BUILTINS = "builtins"


@dataclass(frozen=True)
class Scope:
    """How one module spells the module-level names its class bodies read."""

    renames: Mapping[str, str] = field(default_factory=dict)  # name → its spelling
    # imported name → the private name it is bound to (`imports(aliases=...)`); `builtins`
    # itself is among them when a class binds that name too
    aliases: Mapping[str, str] = field(default_factory=dict)
    needs_builtins: bool = False  # whether the module must `import builtins`

    def spell(self, expression: str) -> str:
        """`expression` with every name it reads (not attributes, not keywords) respelled."""
        if not self.renames:
            return expression
        edits = [
            (start, end, self.renames[name])
            for name, start, end in _read_names(expression)
            if name in self.renames
        ]
        for start, end, replacement in reversed(edits):
            expression = expression[:start] + replacement + expression[end:]
        return expression


def scope(bound: Iterable[str], read: Iterable[str], imported: Iterable[str]) -> Scope:
    """The spelling rule for a module.

    `bound`: the names any class body of the module binds; `read`: the names those class bodies
    read (`roots` of their annotations, decorators and defaults); `imported`: the names the
    module imports. A name read and bound that the module does not import is a builtin.
    """
    bound, imported = set(bound), set(imported)
    hidden = sorted(set(read) & bound)
    aliases = {name: f"_{name}" for name in hidden if name in imported}
    builtin_names = [name for name in hidden if name not in imported]
    if not builtin_names:
        return Scope(dict(aliases), aliases)
    module = BUILTINS
    if BUILTINS in bound:
        module = aliases[BUILTINS] = f"_{BUILTINS}"
    renames = {**aliases, **{name: f"{module}.{name}" for name in builtin_names}}
    return Scope(renames, aliases, needs_builtins=True)


def roots(expressions: Iterable[str]) -> set[str]:
    """The names expressions read at their top level: `list` and `models` in
    `list[models.Pet] | None`; not attributes (`Pet`), keywords (`None`) or argument names."""
    return {name for expression in expressions for name, _, _ in _read_names(expression)}


@functools.lru_cache(maxsize=65536)
def _read_names(expression: str) -> tuple[tuple[str, int, int], ...]:
    """(name, start offset, end offset) of each name `expression` reads (remembered: the same
    annotations are read in module after module)."""
    line_starts = [0]
    for line in expression.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(expression).readline)
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.ENDMARKER)
    ]
    result = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or keyword.iskeyword(token.string):
            continue
        after_dot = index > 0 and tokens[index - 1].string == "."
        is_keyword_argument = index + 1 < len(tokens) and tokens[index + 1].string == "="
        if after_dot or is_keyword_argument:
            continue
        start = line_starts[token.start[0] - 1] + token.start[1]
        end = line_starts[token.end[0] - 1] + token.end[1]
        result.append((token.string, start, end))
    return tuple(result)
