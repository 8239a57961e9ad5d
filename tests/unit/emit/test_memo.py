"""Files remembered by their inputs (`generator/emit/memo.py`): a key for every file, which
changes with any of its inputs, with its path, template and view, and with the generator."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from support.model import api, field, object_type

from generator.emit import memo
from generator.emit.files import File, sdk_files

PET = object_type("Pet", field("a"))
SDK = api(object_types=(PET, object_type("NewPet", field("a"), flavour="params")))


def _view(*inputs: object) -> dict[str, Any]:
    return {"inputs": inputs}


def _other_view(*inputs: object) -> dict[str, Any]:
    return {}


def test_every_file_gets_a_key() -> None:
    files = list(sdk_files(SDK))
    keyed = memo.keys(files)
    assert set(keyed) == {file.path for file in files}
    assert all(len(key) == 64 for key in keyed.values())
    assert len(set(keyed.values())) == len(files)


def test_the_same_inputs_give_the_same_key() -> None:
    assert memo.keys(sdk_files(SDK)) == memo.keys(sdk_files(SDK))


@pytest.mark.parametrize(
    "changed",
    [
        replace(PET, description="Another description."),
        replace(PET, fields=(field("a"), field("b"))),
        replace(PET, fields=(replace(field("a"), example={"nested": [1, 2]}, has_example=True),)),
    ],
)
def test_any_change_of_the_inputs_changes_the_key(changed: object) -> None:
    for before_inputs, after_inputs in (
        ((PET, "acme", ()), (changed, "acme", ())),
        ((memo.known(PET),), (memo.known(changed),)),
    ):
        before = memo.keys([File(PET.path, "sdk/model.py.jinja", _view, before_inputs)])
        after = memo.keys([File(PET.path, "sdk/model.py.jinja", _view, after_inputs)])
        assert before[PET.path] != after[PET.path]


def test_a_known_value_stands_in_a_key_for_its_digest() -> None:
    assert repr(memo.known(PET)) == f"Known({memo.digest(repr(PET))})"
    assert memo.known(PET).value is PET


def test_the_path_the_template_the_view_and_the_import_cycle_are_in_the_key() -> None:
    one = File(PET.path, "sdk/model.py.jinja", _view, (PET, "acme", ()))
    keys = {
        memo.keys([file])[file.path]
        for file in (
            one,
            replace(one, path="acme/types/models/pet2.py"),
            replace(one, template="sdk/typed_dict.py.jinja"),
            replace(one, make_view=_other_view),
            replace(one, inputs=(PET, "acme", ("other",))),
            replace(one, inputs=(PET, "other_package", ())),
        )
    }
    assert len(keys) == 6


def test_a_change_to_the_generator_changes_every_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = memo.keys(sdk_files(SDK))
    monkeypatch.setattr(memo, "generator_digest", lambda: "another generator")
    after = memo.keys(sdk_files(SDK))
    assert set(before) == set(after)
    assert not set(before.values()) & set(after.values())


def test_the_view_is_made_of_the_inputs_only_when_read() -> None:
    made: list[tuple[object, ...]] = []

    def view(*inputs: object) -> dict[str, object]:
        made.append(inputs)
        return {"type": "made"}

    file = File("a.py", "sdk/model.py.jinja", view, ("inputs", 1))
    memo.keys([file])
    assert made == []
    assert file.view == {"type": "made"} and file.view == {"type": "made"}
    assert made == [("inputs", 1)]


@pytest.mark.parametrize("made_by", ["jinja2", "sys"])
def test_what_runs_the_templates_is_in_every_key(
    monkeypatch: pytest.MonkeyPatch, made_by: str
) -> None:
    before = memo.generator_digest()
    if made_by == "jinja2":
        monkeypatch.setattr(memo.jinja2, "__version__", "0.0")
    else:
        monkeypatch.setattr(memo.sys, "version", "3.0")
    memo.generator_digest.cache_clear()
    try:
        assert memo.generator_digest() != before
    finally:
        monkeypatch.undo()
        memo.generator_digest.cache_clear()
    assert memo.generator_digest() == before
