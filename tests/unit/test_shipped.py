"""The templates and the runtime are found in a checkout (and, per tests/tool, in a wheel)."""

from __future__ import annotations

from conftest import ROOT

from generator.shipped import RUNTIME, TEMPLATES, shipped


def test_a_checkout_uses_the_folders_at_its_top() -> None:
    assert TEMPLATES == ROOT / "templates" and (TEMPLATES / "sdk" / "client.py.jinja").is_file()
    assert RUNTIME == ROOT / "runtime" and (RUNTIME / "base_client.py").is_file()
    assert shipped("templates") == TEMPLATES
