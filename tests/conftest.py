"""Shared test set-up: the committed SDK in `generated/` is importable as `magic_hour`."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPEC = ROOT / "spec" / "magic-hour.yaml"

# The behaviour tests exercise exactly the committed output (the snapshot test keeps it current).
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
