"""Files remembered by their inputs (`generator/emit/memo.py`): a key for each file that names
its inputs, which changes with any of them, with its path and template, and with the generator."""

from __future__ import annotations

from dataclasses import replace

import pytest
from support.model import api, field, object_type

from generator.emit import memo
from generator.emit.files import File, sdk_files

PET = object_type("Pet", field("a"))
SDK = api(object_types=(PET, object_type("NewPet", field("a"), flavour="params")))


def test_only_files_that_name_their_inputs_get_a_key() -> None:
    files = list(sdk_files(SDK))
    keyed = memo.keys(files)
    assert set(keyed) == {PET.path, "acme/types/params/new_pet.py"}
    assert all(len(key) == 64 for key in keyed.values())


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
    before = memo.keys([File(PET.path, "sdk/model.py.jinja", {}, (PET, "acme", ()))])
    after = memo.keys([File(PET.path, "sdk/model.py.jinja", {}, (changed, "acme", ()))])
    assert before[PET.path] != after[PET.path]


def test_the_path_the_template_and_the_import_cycle_are_in_the_key() -> None:
    one = File(PET.path, "sdk/model.py.jinja", {}, (PET, "acme", ()))
    keys = {
        memo.keys([file])[file.path]
        for file in (
            one,
            replace(one, path="acme/types/models/pet2.py"),
            replace(one, template="sdk/typed_dict.py.jinja"),
            replace(one, inputs=(PET, "acme", ("other",))),
            replace(one, inputs=(PET, "other_package", ())),
        )
    }
    assert len(keys) == 5


def test_a_change_to_the_generator_changes_every_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = memo.keys(sdk_files(SDK))
    monkeypatch.setattr(memo, "generator_digest", lambda: "another generator")
    after = memo.keys(sdk_files(SDK))
    assert set(before) == set(after)
    assert not set(before.values()) & set(after.values())


def test_the_view_of_a_remembered_file_is_made_only_when_read() -> None:
    made: list[str] = []

    def view() -> dict[str, object]:
        made.append("view")
        return {"type": "made"}

    file = File("a.py", "sdk/model.py.jinja", view, ("inputs",))
    memo.keys([file])
    assert made == []
    assert file.view == {"type": "made"} and file.view == {"type": "made"}
    assert made == ["view"]
