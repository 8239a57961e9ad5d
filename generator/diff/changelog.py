"""A changelog entry from a diff report, prepended to `CHANGELOG.md` in the SDK's folder.

The entry is for the new spec's `info.version`, or, when `info.version` did not change but the SDK
did, for the old version bumped per the report (`Report.release_version`). An entry whose version
is already in the file replaces it, so running the command again does not duplicate it. The text
depends only on the two specs and `--date` (never on the clock). The generator's manifest does not
list `CHANGELOG.md`, so `generate` keeps it.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

from ..emit.escape import md_inline
from ..errors import GeneratorError, Location, UsageError
from .report import Report, change_lines

FILE_NAME = "CHANGELOG.md"
TITLE = "# Changelog\n\nChanges to the SDK's public surface, newest first.\n"
_HEADING = re.compile(r"^## (\S+)", re.MULTILINE)


def entry(result: Report, date: str | None = None) -> str:
    """The markdown of one release: heading, what the version means, the changes."""
    heading = f"## {md_inline(result.release_version)}" + (f" ({date})" if date else "")
    # Spec text, shown as prose: one line, no raw HTML.
    title, new, old = (md_inline(t) for t in (result.title, result.new_version, result.old_version))
    if result.new_version != result.old_version:
        about = f"Spec: {title} {new} (was {old})."
    else:
        about = (
            f"Spec: {title} {new} (info.version unchanged, so this entry "
            f"is {old} bumped per the report)."
        )
    lines = [heading, "", f"{about} Implied version bump: {result.bump.label}."]
    if not result.changes:
        lines += ["", "No change to the SDK's public surface."]
    for title, changes in (("Breaking changes", result.breaking), ("Other changes", result.others)):
        if changes:
            lines += ["", f"### {title}", "", *change_lines(changes)]
    return "\n".join(lines) + "\n"


def check_date(date: str | None) -> str | None:
    """`--date` must be an ISO date (YYYY-MM-DD)."""
    if date is None:
        return None
    try:
        return datetime.date.fromisoformat(date).isoformat()
    except ValueError:
        raise UsageError(f"--date {date!r} is not a date like 2025-01-31") from None


def update(folder: Path, result: Report, date: str | None = None) -> str | None:
    """Add the entry for `result` to `folder/CHANGELOG.md`; the version written, or None when
    there is nothing to add (no change and the same version)."""
    if not result.changes and result.new_version == result.old_version:
        return None
    if not folder.is_dir():
        raise UsageError("the --out folder does not exist", Location(str(folder)))
    path = folder / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else TITLE
        new_text = insert(text, md_inline(result.release_version), entry(result, date))
        staging = path.with_name(f".{FILE_NAME}.new-{os.getpid()}")
        staging.write_text(new_text, encoding="utf-8", newline="\n")
        os.replace(staging, path)
    except OSError as error:
        raise GeneratorError(
            f"cannot update the changelog: {error.strerror or error}", Location(str(path))
        ) from error
    return result.release_version


def insert(text: str, version: str, new_entry: str) -> str:
    """`text` with `new_entry` before the first entry, or in place of the entry for `version`."""
    headings = list(_HEADING.finditer(text))
    for index, heading in enumerate(headings):
        if heading[1] == version:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            return text[: heading.start()] + _spaced(new_entry, end < len(text)) + text[end:]
    if headings:
        start = headings[0].start()
        return text[:start] + _spaced(new_entry, True) + text[start:]
    head = text.rstrip("\n") or TITLE.rstrip("\n")
    return head + "\n\n" + new_entry


def _spaced(block: str, more_follows: bool) -> str:
    return block.rstrip("\n") + ("\n\n" if more_follows else "\n")
