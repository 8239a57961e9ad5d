"""What the builders share: warnings, each with the place (file#pointer) that wrote it."""

from __future__ import annotations

from pathlib import Path

from generator.build.context import Warnings, where
from generator.model.api import Warning
from generator.spec.refs import Ref


def test_where_names_the_file_and_the_pointer() -> None:
    assert where(Ref(Path("/specs/api.yaml"), "/paths/~1pets/get")) == "api.yaml#/paths/~1pets/get"
    assert where(Ref(Path("/specs/api.yaml"), "")) == "api.yaml#"


def test_warnings_are_kept_in_order_with_their_place() -> None:
    warnings = Warnings()
    warnings.warn(Ref(Path("/s/a.yaml"), "/x"), "first")
    warnings.warn(Ref(Path("/s/b.yaml"), "/y"), "second")
    assert warnings.items == [Warning("a.yaml#/x", "first"), Warning("b.yaml#/y", "second")]
    assert Warnings().items == []  # not shared between instances
