"""One change: its label, and whether it gives the caller something new (a minor bump)."""

from __future__ import annotations

from typing import get_args

import pytest

from generator.diff.changes import Change, ChangeKind, is_addition

ADDITIONS = {
    "resource_added",
    "method_added",
    "response_type_changed",
    "parameter_added",
    "parameter_made_optional",
    "parameter_type_widened",
    "enum_values_added",
    "request_field_added",
    "request_field_made_optional",
    "request_field_type_widened",
    "response_field_added",
    "model_added",
}


def test_the_label_is_the_kind_in_words() -> None:
    assert Change("parameter_made_required", "x", "", True).label == "Parameter made required"
    assert Change("model_added", "x", "", False).label == "Model added"


@pytest.mark.parametrize("kind", get_args(ChangeKind))
def test_an_addition_gives_the_caller_something_and_breaks_nothing(kind: ChangeKind) -> None:
    assert is_addition(Change(kind, "x", "", False)) is (kind in ADDITIONS)
    assert is_addition(Change(kind, "x", "", True)) is False
