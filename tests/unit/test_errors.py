"""Errors the user sees: each says where (file, line, column, pointer) and exits with its code."""

from __future__ import annotations

import pytest

from generator.errors import GeneratorError, Location, SpecError, UsageError


@pytest.mark.parametrize(
    ("location", "text"),
    [
        (Location("spec.yaml"), "spec.yaml"),
        (Location("spec.yaml", "", 3), "spec.yaml:3"),
        (Location("spec.yaml", "", 3, 7), "spec.yaml:3:7"),
        (Location("spec.yaml", "/info"), "spec.yaml (at /info)"),
        (Location("spec.yaml", "/paths/~1a", 12, 5), "spec.yaml:12:5 (at /paths/~1a)"),
        (Location("spec.yaml", "", None, 7), "spec.yaml"),  # a column alone means nothing
    ],
)
def test_a_location_reads_file_line_column_and_pointer(location: Location, text: str) -> None:
    assert str(location) == text


def test_a_very_long_pointer_is_cut_in_the_middle() -> None:
    pointer = "/properties/a" * 100
    text = str(Location("spec.json", pointer))
    shown = text.removeprefix("spec.json (at ").removesuffix(")")
    assert len(shown) == 240 + len(" … ")
    assert shown.startswith(pointer[:120] + " … ") and shown.endswith(pointer[-120:])
    assert str(Location("spec.json", pointer[:240])) == f"spec.json (at {pointer[:240]})"


def test_an_error_reads_location_then_message() -> None:
    error = SpecError("duplicate key 'a'", Location("spec.yaml", "/a", 2, 1))
    assert str(error) == "spec.yaml:2:1 (at /a): duplicate key 'a'"
    assert error.message == "duplicate key 'a'"
    assert str(GeneratorError("no place")) == "no place"


def test_exit_codes_tell_bad_input_from_bad_usage() -> None:
    assert GeneratorError("x").exit_code == 1
    assert SpecError("x").exit_code == 1
    assert UsageError("x").exit_code == 2
    assert isinstance(SpecError("x"), GeneratorError) and isinstance(
        UsageError("x"), GeneratorError
    )
