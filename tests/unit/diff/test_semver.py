"""Which version bump a set of changes implies, and the bumped version."""

from __future__ import annotations

import pytest

from generator.diff.changes import Change, ChangeKind
from generator.diff.semver import Bump, bump_version, implied_bump, parse_version


def change(kind: ChangeKind, breaking: bool) -> Change:
    return Change(kind, "client.x", "", breaking)


BREAKING = change("method_removed", True)
ADDITION = change("method_added", False)
PATCH = change("response_field_made_required", False)  # an output promising more: not an addition


@pytest.mark.parametrize(
    ("changes", "version", "bump"),
    [
        ([BREAKING, ADDITION], "1.2.3", Bump("major", "major")),
        ([BREAKING], "0.3.1", Bump("minor", "minor (0.x: breaking)")),
        ([BREAKING], "v0.9", Bump("minor", "minor (0.x: breaking)")),
        ([BREAKING], "latest", Bump("major", "major")),
        ([ADDITION, PATCH], "1.0.0", Bump("minor", "minor")),
        ([ADDITION], "0.3.1", Bump("minor", "minor")),  # additions are minor before 1.0 too
        ([PATCH], "1.0.0", Bump("patch", "patch")),
        ([], "1.0.0", Bump("patch", "patch")),
    ],
)
def test_implied_bump(changes: list[Change], version: str, bump: Bump) -> None:
    assert implied_bump(changes, version) == bump
    assert implied_bump(iter(changes), version) == bump  # any iterable, read once


@pytest.mark.parametrize(
    ("version", "parsed", "major", "minor", "patch"),
    [
        ("1.2.3", (1, 2, 3), "2.0.0", "1.3.0", "1.2.4"),
        ("v0.9", (0, 9, 0), "v1.0.0", "v0.10.0", "v0.9.1"),
        ("2.0.0-beta.1", (2, 0, 0), "3.0.0", "2.1.0", "2.0.1"),
        (" 7 ", (7, 0, 0), "8.0.0", "7.1.0", "7.0.1"),
    ],
)
def test_versions(
    version: str, parsed: tuple[int, int, int], major: str, minor: str, patch: str
) -> None:
    assert parse_version(version) == parsed
    assert [bump_version(version, level) for level in ("major", "minor", "patch")] == [
        major,
        minor,
        patch,
    ]


@pytest.mark.parametrize("version", ["latest", "", "v", "x1.0"])
def test_an_unparseable_version_is_not_bumped(version: str) -> None:
    assert parse_version(version) is None
    assert bump_version(version, "major") is None
