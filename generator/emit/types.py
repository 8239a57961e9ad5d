"""Views of the generated classes: TypedDicts for request params, pydantic models for responses."""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..graph import strongly_connected
from ..model import naming
from ..model.api import Field, ObjectType, TypeRef
from .code import as_written
from .escape import py_str
from .imports import Imports, imports
from .scopes import roots, scope
from .type_exprs import Needs, Spelling, annotation, needs


@dataclass(frozen=True)
class FieldCode:
    field: Field
    annotation: str
    key_annotation: (
        str  # TypedDict: wrapped in Required/NotRequired; pydantic: `| None` if optional
    )
    default: str  # pydantic: "" for required, else "None"
    needs_alias: bool


@dataclass(frozen=True)
class ObjectTypeCode:
    object_type: ObjectType
    fields: tuple[FieldCode, ...]
    functional: bool  # TypedDict keys that are not identifiers need the functional syntax
    imports: Imports
    extra_annotation: str  # `dict[str, X]`: the type of the extra fields a model keeps, or ""
    # Imports of the classes this one is in an import cycle with, written after the class (see
    # `import_cycles`), each line marked for ruff as an import below the top on purpose.
    late_imports: tuple[str, ...]
    # How the module spells its base and pydantic's names (see `scopes`): `SDKModel`, ...
    base_model: str
    config_dict: str
    field_function: str


def object_type_code(
    object_type: ObjectType, package: str, cycle: frozenset[str] = frozenset()
) -> ObjectTypeCode:
    """The code of one generated class; `cycle` holds the modules of the other classes of its
    import cycle (`import_cycles`), imported after the class."""
    spelling = Spelling(object_type.flavour, qualified=False)
    need = Needs()
    for field in object_type.fields:
        need = need | needs(field.type, object_type.flavour)
    if object_type.extra_values is not None:
        need = need | needs(object_type.extra_values, object_type.flavour)
    siblings: dict[str, set[str]] = {}
    late: dict[str, set[str]] = {}
    for module, name in need.named:
        if name != object_type.name:
            (late if module in cycle else siblings).setdefault(f".{module}", set()).add(name)
    functional = object_type.flavour == "params" and not all(
        naming.is_identifier(f.wire_name) for f in object_type.fields
    )
    # A functional TypedDict's annotations, and a model's, are evaluated as the module runs:
    # those naming the class itself or a class imported after it are written as strings (forward
    # references). A model module has no `from __future__ import annotations`, under which
    # pydantic compiles and evaluates every annotation string as it makes the class (about 5% of a
    # process's first request on the large bench SDK).
    unfinished = {(object_type.module, object_type.name)} | {
        (module, name) for module, name in need.named if module in cycle
    }

    def forward(type_ref: TypeRef) -> bool:
        return bool(needs(type_ref, object_type.flavour).named & unfinished)

    stdlib = {m for m, used in (("typing", need.typing), ("datetime", need.datetime)) if used}
    third_party = {"pydantic"} if object_type.flavour == "models" else {"typing_extensions"}
    core_names = set(need.runtime) | ({"SDKModel"} if object_type.flavour == "models" else set())
    core = {f"{package}._core": core_names} if core_names else {}

    def field_code(field: Field, spell: Callable[[str], str]) -> FieldCode:
        text = spell(annotation(field.type, spelling))
        if object_type.flavour == "params":
            wrapper = "Required" if field.required else "NotRequired"
            quoted = functional and forward(field.type)
            key_annotation = f"typing_extensions.{wrapper}[{py_str(text) if quoted else text}]"
            default = ""
        else:
            optional = not field.required and not admits_none(text)
            key_annotation = f"{text} | None" if optional else text
            key_annotation = py_str(key_annotation) if forward(field.type) else key_annotation
            default = "" if field.required else "None"
        return FieldCode(field, text, key_annotation, default, field.python_name != field.wire_name)

    def extra_code(spell: Callable[[str], str]) -> str:
        if object_type.extra_values is None:
            return ""
        return spell(f"dict[str, {annotation(object_type.extra_values, spelling)}]")

    # A model's fields are names in its class body (a field `str` would hide the builtin from
    # the fields after it); a TypedDict's keys are not.
    module_scope = scope((), (), ())
    if object_type.flavour == "models":
        bound = {field.python_name for field in object_type.fields} | {"model_config"}
        # (read before any is quoted: pydantic reads a string in the class's namespace too)
        written = [field_code(field, as_written).annotation for field in object_type.fields]
        read = roots([*written, *([extra_code(as_written)] if object_type.extra_values else [])])
        read.add("pydantic")
        imported = {
            *stdlib,
            *third_party,
            *core_names,
            *(n for names in siblings.values() for n in names),
        }
        module_scope = scope(bound, read, imported)
    if module_scope.needs_builtins:
        stdlib.add("builtins")
    fields = [field_code(field, module_scope.spell) for field in object_type.fields]
    extra = extra_code(module_scope.spell)
    if object_type.extra_values is not None and forward(object_type.extra_values):
        extra = py_str(extra)
    late_lines = imports(local=late, aliases=module_scope.aliases).groups
    return ObjectTypeCode(
        object_type=object_type,
        fields=tuple(fields),
        functional=functional,
        imports=imports(
            future=() if object_type.flavour == "models" else {"annotations"},
            stdlib=stdlib,
            third_party=third_party,
            first_party=core,
            local=siblings,
            aliases=module_scope.aliases,
        ),
        extra_annotation=extra,
        late_imports=tuple(f"{line}  # noqa: E402" for group in late_lines for line in group),
        base_model=module_scope.spell("SDKModel"),
        config_dict=module_scope.spell("pydantic.ConfigDict"),
        field_function=module_scope.spell("pydantic.Field"),
    )


@functools.lru_cache(maxsize=65536)
def admits_none(annotation_text: str) -> bool:
    """Whether an annotation already accepts None: `None`, `typing.Any`, or a union with one of
    them as a member (so an optional field never says `None | None`)."""
    members: list[ast.expr] = []
    pending = [ast.parse(annotation_text, mode="eval").body]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            pending.extend((node.left, node.right))
        else:
            members.append(node)
    return any(
        (isinstance(m, ast.Constant) and m.value is None)
        or (isinstance(m, ast.Attribute) and m.attr == "Any" and isinstance(m.value, ast.Name))
        for m in members
    )


def import_cycles(object_types: Iterable[ObjectType]) -> dict[str, frozenset[str]]:
    """For each module in an import cycle, the other modules of its cycle.

    Each class has its own module, which imports the classes its annotations name. Classes that
    reach each other (directly or through a long chain: a strongly connected component of the
    reference graph with two or more modules) cannot all import each other first: within a
    component, a module imports the others after its class. Annotations are evaluated later
    (pydantic defers a name it cannot resolve yet and builds the model on first use; a
    TypedDict's are read only by `get_type_hints`), so every order of import works.
    """
    graph: dict[str, list[str]] = {}
    for object_type in object_types:
        named: set[str] = set()
        pending = [field.type for field in object_type.fields]
        # a recursive type alias reads what it names
        pending += [t for t in (object_type.extra_values, object_type.alias) if t is not None]
        while pending:
            type_ref = pending.pop()
            if type_ref.kind == "named":
                named.add(type_ref.module)
            pending.extend(type_ref.items)
        graph[object_type.module] = sorted(named - {object_type.module})
    cycles: dict[str, frozenset[str]] = {}
    for component in strongly_connected(sorted(graph), lambda module: graph.get(module, [])):
        if len(component) > 1:
            for module in component:
                cycles[module] = frozenset(component) - {module}
    return cycles
