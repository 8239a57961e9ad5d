"""An optional model field is `X | None = None`, and never says None twice (issue 11, A D3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.generated import generate_sdk

from generator.emit.types import admits_none


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("None", True),
        ("typing.Any", True),
        ("str | None", True),
        ("None | str", True),
        ("typing.Literal['a'] | str | None", True),
        ("str", False),
        ("list[str | None]", False),  # None inside an item type does not make the field optional
        ("dict[str, typing.Any]", False),
        ("typing.Annotated[A | B, pydantic.Discriminator(f)]", False),
    ],
)
def test_admits_none_reads_the_top_level_union(annotation: str, expected: bool) -> None:
    assert admits_none(annotation) is expected


def test_optional_null_typed_property_is_not_none_or_none(tmp_path: Path) -> None:
    spec = """
    openapi: 3.1.0
    info: {title: Nulls, version: "1"}
    paths: {}
    components:
      schemas:
        Tags:
          type: object
          properties:
            premium: {type: "null"}
            maybe: {type: [string, "null"]}
            either: {anyOf: [{type: string}, {type: "null"}]}
            anything: {}
    """
    sdk = generate_sdk(spec, tmp_path)
    model = (sdk.root / "nulls" / "types" / "models" / "tags.py").read_text()
    assert "    premium: None = None\n" in model
    assert "    maybe: str | None = None\n" in model
    assert "    either: str | None = None\n" in model
    assert "    anything: typing.Any = None\n" in model
    probe = sdk.python(
        "from nulls.types.models import Tags\n"
        "print(Tags.model_validate({'premium': None, 'maybe': 'x'}))"
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "anything=None either=None maybe='x' premium=None"
