"""Import statements in the groups and order ruff's isort rules want."""

from __future__ import annotations

import pytest

from generator.emit.imports import ExportLine, Imports, export_lines, imports, member_order
from generator.model.api import Export


def test_groups_in_order_each_sorted_and_empty_groups_dropped() -> None:
    result = imports(
        stdlib={"typing", "datetime", "functools"},
        third_party={"pydantic"},
        first_party={"acme._core": {"NotGiven", "NOT_GIVEN", "credential"}, "acme.types": set()},
        local={".pet": {"Pet"}, ".Owner": {"Owner"}},
    )
    assert result == Imports(
        (
            ("import datetime", "import functools", "import typing"),
            ("import pydantic",),
            ("from acme._core import NOT_GIVEN, NotGiven, credential",),
            ("from .Owner import Owner", "from .pet import Pet"),
        )
    )
    assert imports() == Imports(())
    assert imports(future={"annotations"}, stdlib={"typing"}) == Imports(
        (("from __future__ import annotations",), ("import typing",))
    )
    assert imports(third_party={"httpx"}) == Imports((("import httpx",),))


def test_from_imports_are_ordered_by_module_case_insensitively() -> None:
    (group,) = imports(first_party={"b.x": {"X"}, "A.y": {"Y"}, "a.z": {"Z"}}).groups
    assert group == ("from A.y import Y", "from a.z import Z", "from b.x import X")


@pytest.mark.parametrize(
    ("names", "ordered"),
    [
        (
            ["credential", "NotGiven", "NOT_GIVEN", "Endpoint", "A"],
            ["NOT_GIVEN", "A", "Endpoint", "NotGiven", "credential"],
        ),
        (["b", "B", "a", "_x"], ["B", "_x", "a", "b"]),
        (["Zeta", "alpha", "ALPHA"], ["ALPHA", "Zeta", "alpha"]),
    ],
)
def test_member_order_is_constants_then_classes_then_the_rest(
    names: list[str], ordered: list[str]
) -> None:
    assert sorted(names, key=member_order) == ordered


def test_export_lines_say_where_each_name_comes_from() -> None:
    lines = export_lines(
        [
            Export("Client", ".client"),
            Export("AcmeError", "._core", "SDKError"),
            Export("NOT_GIVEN", "._core"),
            Export("AsyncClient", ".client"),
            Export("APIError", "._core"),
        ]
    )
    assert lines == (
        ExportLine("NOT_GIVEN", "._core", "NOT_GIVEN", "._core"),
        ExportLine("APIError", "._core", "APIError", "._core"),
        ExportLine("AcmeError", "._core", "SDKError", "._core:SDKError"),
        ExportLine("AsyncClient", ".client", "AsyncClient", ".client"),
        ExportLine("Client", ".client", "Client", ".client"),
    )
