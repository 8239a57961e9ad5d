"""Which semantic-version bump a set of changes implies, and the bumped version."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .changes import Change, is_addition

BumpLevel = Literal["major", "minor", "patch"]


@dataclass(frozen=True)
class Bump:
    """The semantic-version bump a set of changes implies."""

    level: BumpLevel  # the part of the version to increase
    label: str  # "major", "minor (0.x: breaking)", "minor" or "patch"


def implied_bump(changes: Iterable[Change], version: str) -> Bump:
    """major for a breaking change (minor while the version is 0.x), minor for an addition, else
    patch (also when nothing in the public surface changed)."""
    changes = list(changes)
    if any(change.breaking for change in changes):
        parsed = parse_version(version)
        if parsed is not None and parsed[0] == 0:
            return Bump("minor", "minor (0.x: breaking)")
        return Bump("major", "major")
    if any(is_addition(change) for change in changes):
        return Bump("minor", "minor")
    return Bump("patch", "patch")


_VERSION = re.compile(r"^(v?)(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$")


def parse_version(version: str) -> tuple[int, int, int] | None:
    """`1.2.3`, `v1.2`, `2.0.0-beta.1` → (major, minor, patch); None if it does not start so."""
    match = _VERSION.match(version.strip())
    if match is None:
        return None
    return int(match[2]), int(match[3] or 0), int(match[4] or 0)


def bump_version(version: str, level: BumpLevel) -> str | None:
    """The next version at `level`, keeping a leading `v`; a pre-release suffix is dropped."""
    match = _VERSION.match(version.strip())
    parsed = parse_version(version)
    if match is None or parsed is None:
        return None
    major, minor, patch = parsed
    if level == "major":
        major, minor, patch = major + 1, 0, 0
    elif level == "minor":
        minor, patch = minor + 1, 0
    else:
        patch += 1
    return f"{match[1]}{major}.{minor}.{patch}"
