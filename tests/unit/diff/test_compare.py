"""Comparing two models as a caller of the SDK sees them: every kind of change, where the caller
meets it, and whether it breaks them. One small spec pair per change kind (support/diff_cases.py),
built in memory."""

from __future__ import annotations

from typing import get_args

import pytest
from support.diff_cases import (
    CASES,
    Doc,
    add_tag_schema,
    add_v2_tags,
    apis,
    both,
    item,
    nothing,
    rename_item_to_record,
)
from support.model import api, operation, resource

from generator.diff.changes import ChangeKind
from generator.diff.compare import diff_apis
from generator.diff.report import render_report, report


@pytest.mark.parametrize("name", list(CASES))
def test_each_change_kind_is_classified(name: str) -> None:
    test = CASES[name]
    result = report(*apis(test.old, test.new))
    assert {(c.kind, c.where, c.breaking) for c in result.changes} == test.changes
    assert result.bump.label == test.bump
    if any(breaking for _, _, breaking in test.changes):
        assert result.breaking and "## Breaking changes\n\n- " in render_report(result)


def test_the_cases_cover_every_change_kind() -> None:
    covered = {kind for test in CASES.values() for kind, _, _ in test.changes}
    assert covered == set(get_args(ChangeKind))


def test_a_removed_sub_resource_is_reported_once_with_its_methods() -> None:
    (change,) = diff_apis(*apis(add_v2_tags, nothing))
    assert change.where == "client.v2"
    assert "`tags.create`, `tags.list`" in change.detail


def test_a_renamed_model_is_not_a_changed_response_type() -> None:
    (change,) = diff_apis(*apis(nothing, rename_item_to_record))
    assert "renamed to `models.Record`" in change.detail


def test_enum_details_say_why() -> None:
    added = CASES["response enum value added (open enum)"]
    (change,) = diff_apis(*apis(added.old, added.new))
    assert '`"failed"` added' in change.detail and "enums are open" in change.detail
    removed = CASES["parameter enum value removed (narrowed)"]
    (change,) = diff_apis(*apis(removed.old, removed.new))
    assert '`"desc"` removed' in change.detail and "narrowed" in change.detail


def test_a_nullable_response_field_made_optional_is_not_breaking() -> None:
    def nullable_id(doc: Doc) -> None:
        item(doc)["properties"]["id"]["nullable"] = True

    changes = diff_apis(
        *apis(nullable_id, both(nullable_id, lambda d: item(d)["required"].remove("id")))
    )
    assert [(c.kind, c.breaking) for c in changes] == [("response_field_made_optional", False)]


def test_changes_come_breaking_first_then_by_place_without_repeats() -> None:
    changes = diff_apis(
        *apis(nothing, both(add_tag_schema, add_v2_tags, CASES["parameter removed"].new))
    )
    assert [(c.breaking, c.where) for c in changes] == [
        (True, "client.v1.items.create(size=...)"),
        (False, "client.v2"),
        (False, "models.Tag"),
    ]


def test_identical_models_have_no_changes() -> None:
    same = api(resource("things", operations=(operation(),)))
    assert diff_apis(same, same) == []
