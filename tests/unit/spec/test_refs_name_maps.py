"""A `$ref` standing for a whole properties map (digitalocean's load balancers) is checked like
any other reference; a property that happens to be called `$ref` stays a property."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.errors import SpecError
from generator.spec.load import load_document
from generator.spec.refs import Resolver


def resolver(folder: Path, files: dict[str, object]) -> Resolver:
    for name, content in files.items():
        (folder / name).write_text(yaml.safe_dump(content), encoding="utf-8")
    return Resolver(load_document(folder / "openapi.yaml"))


def spec(properties: object) -> dict[str, object]:
    schema = {"type": "object", "properties": properties}
    return {"openapi": "3.0.0", "components": {"schemas": {"LoadBalancer": schema}}}


def test_a_properties_ref_to_a_missing_map_is_reported(tmp_path: Path) -> None:
    checked = resolver(tmp_path, {"openapi.yaml": spec({"$ref": "attributes.yaml#/nothing"})})
    (tmp_path / "attributes.yaml").write_text("ids: {}\n", encoding="utf-8")
    with pytest.raises(SpecError, match="unresolved \\$ref: attributes.yaml#/nothing"):
        checked.check_all()


def test_a_properties_ref_to_a_map_is_followed(tmp_path: Path) -> None:
    files = {
        "openapi.yaml": spec({"$ref": "attributes.yaml#/ids"}),
        "attributes.yaml": {"ids": {"droplet_ids": {"$ref": "#/missing"}}},
    }
    # The map's own references are checked too: the file it lives in is walked.
    with pytest.raises(SpecError, match="unresolved \\$ref: attributes.yaml#/missing"):
        resolver(tmp_path, files).check_all()


def test_a_property_named_ref_beside_others_is_not_a_reference(tmp_path: Path) -> None:
    properties = {"$ref": {"type": "string"}, "other": {"type": "string"}}
    resolver(tmp_path, {"openapi.yaml": spec(properties)}).check_all()
