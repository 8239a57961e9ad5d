"""The diff report: the changes between two specs' SDKs, as data and as markdown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..emit.escape import md_code_span, md_inline
from ..errors import GeneratorError, Location
from ..model.api import Api
from ..pipeline import load_api
from .changes import Change
from .compare import diff_apis
from .semver import Bump, bump_version, implied_bump, parse_version


@dataclass(frozen=True)
class Report:
    """The changes between two specs, in report order, and what they mean for the version."""

    title: str
    package: str
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    bump: Bump

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.breaking)

    @property
    def others(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if not change.breaking)

    @property
    def suggested_version(self) -> str | None:
        """The old version bumped per the report; None if it is not `X.Y.Z`-like."""
        return bump_version(self.old_version, self.bump.level)

    @property
    def release_version(self) -> str:
        """The version a changelog entry is for: the new spec's `info.version` if it changed (or
        nothing changed), else the old version bumped per the report."""
        if self.new_version != self.old_version or not self.changes:
            return self.new_version
        suggested = self.suggested_version
        if suggested is None:
            raise GeneratorError(
                f"info.version {self.new_version!r} did not change and is not a version this "
                "generator can bump (MAJOR.MINOR.PATCH); set info.version in the new spec"
            )
        return suggested

    @property
    def version_note(self) -> str:
        """A warning when the new spec's version rises by less than the changes call for."""
        suggested = self.suggested_version
        new = parse_version(self.new_version)
        if self.new_version == self.old_version or suggested is None or new is None:
            return ""
        wanted = parse_version(suggested)
        if wanted is None or new >= wanted:
            return ""
        return (
            f"Note: info.version goes from {md_inline(self.old_version)} to "
            f"{md_inline(self.new_version)}, but these "
            f"changes call for a {self.bump.label} bump, to at least {suggested}."
        )


def diff_specs(
    old_spec: Path,
    new_spec: Path,
    config: Config | None = None,
    old_config: Config | None = None,
    spec_root: Path | None = None,
) -> Report:
    """Load both specs (any error names its file) and compare their SDKs; the old one is built
    with `old_config` when its configuration was another (a version since bumped, say)."""
    old_with = old_config if old_config is not None else config
    old = load_api(old_spec, old_with, spec_root=spec_root)
    return report(old, load_api(new_spec, config, spec_root=spec_root))


def report(old: Api, new: Api) -> Report:
    changes = diff_apis(old, new)
    return Report(
        title=new.title,
        package=new.package,
        old_version=old.version,
        new_version=new.version,
        changes=tuple(changes),
        bump=implied_bump(changes, old.version),
    )


# -- markdown -------------------------------------------------------------------------------------


def render_report(result: Report) -> str:
    """The report as markdown: a summary line with the bump, then breaking and other changes."""
    lines = [
        f"# SDK changes: {md_inline(result.title)} {md_inline(result.old_version)} → "
        f"{md_inline(result.new_version)}",
        "",
        summary_line(result),
    ]
    if result.version_note:
        lines += ["", result.version_note]
    for heading, changes in (
        ("Breaking changes", result.breaking),
        ("Other changes", result.others),
    ):
        lines += ["", f"## {heading}", ""]
        lines += change_lines(changes) or ["None."]
    return "\n".join(lines) + "\n"


def summary_line(result: Report) -> str:
    if not result.changes:
        return (
            f"Implied version bump: **{result.bump.label}**: no change to the SDK's public surface."
        )
    return (
        f"Implied version bump: **{result.bump.label}**: "
        f"{_count(len(result.breaking), 'breaking change')}, "
        f"{_count(len(result.others), 'other change')} "
        f"(for callers of `{result.package}`, `Client` and `AsyncClient` alike)."
    )


def change_lines(changes: Iterable[Change]) -> list[str]:
    return [
        f"- {change.label}: {md_code_span(change.where)}: {change.detail}" for change in changes
    ]


def write_report(text: str, path: Path) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        raise GeneratorError(
            f"cannot write the report: {error.strerror or error}", Location(str(path))
        ) from error


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
