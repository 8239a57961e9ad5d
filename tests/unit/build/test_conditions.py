"""Conditions between properties that descriptions state in prose, read strictly."""

from __future__ import annotations

from typing import Any

import pytest

from generator.build.conditions import condition_in, one_needed_of
from generator.model.api import Condition

SIBLINGS: dict[str, tuple[Any, ...]] = {
    "video_source": ("file", "youtube"),
    "prompt_type": ("default", "custom", "append_default"),
    "name": (),  # any value
}


@pytest.mark.parametrize(
    ("description", "condition"),
    [
        (
            "Your video file. Required if `video_source` is `file`.",
            Condition("video_source", ("file",), required=True),
        ),
        (
            "YouTube URL (required if `video_source` is `youtube`).",
            Condition("video_source", ("youtube",), required=True),
        ),
        (
            "Prompt is required if `prompt_type` is `custom` or `append_default`.",
            Condition("prompt_type", ("custom", "append_default"), required=True),
        ),
        (
            "The value is REQUIRED WHEN .prompt_type equals 'custom'",
            Condition("prompt_type", ("custom",), required=True),
        ),
        (
            "Only used when `video_source` is `youtube`.",
            Condition("video_source", ("youtube",), required=False),
        ),
        (
            "Only applies when `name` is `x`.",  # a sibling of any value: as written
            Condition("name", ("x",), required=False),
        ),
    ],
)
def test_a_stated_condition_is_read(description: str, condition: Condition) -> None:
    assert condition_in(description, SIBLINGS) == condition


@pytest.mark.parametrize(
    "description",
    [
        "Required if `other` is `file`.",  # no such sibling
        "Required if `video_source` is `vimeo`.",  # a value the sibling cannot take
        "The source of the video; `file` is required for uploads.",  # not the sentence form
        "",
    ],
)
def test_anything_else_states_no_condition(description: str) -> None:
    assert condition_in(description, SIBLINGS) is None


def test_at_least_one_of_names_the_properties_of_which_one_is_needed() -> None:
    description = "At least one of `.style.template` or `.style.custom_config` must be provided."
    assert one_needed_of(description, ("custom_config", "template", "x")) == (
        "template",
        "custom_config",
    )
    # Names the object does not have, or a single name, need nothing.
    assert one_needed_of(description, ("template",)) == ()
    assert one_needed_of("Give one.", ("template", "custom_config")) == ()
