"""Regeneration with a warm cache writes exactly what a cold run writes: every byte of every
file and every warning, across a sequence of real spec changes (Magic Hour's published history,
then its current spec), each generated after the one before with the same cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import generate, summary

MAGIC_HOUR = Path(__file__).resolve().parents[2] / "shared" / "magic-hour"
HISTORY = sorted((MAGIC_HOUR / "history").glob("*.json")) + [MAGIC_HOUR / "openapi.json"]


@pytest.mark.skipif(not MAGIC_HOUR.is_dir(), reason="needs ../shared/magic-hour")
def test_warm_cache_output_equals_cold_output_across_spec_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm = tmp_path / "warm" / "format"
    for index, spec in enumerate(HISTORY):
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / f"cold-{index}" / "format"))
        cold_run = generate(spec)
        monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(warm))
        warm_run = generate(spec)
        assert warm_run.files == cold_run.files, spec.name
        assert summary(warm_run) == summary(cold_run), spec.name
    # The warm cache was used (a cold run leaves entries in its own folder only).
    assert any((tmp_path / "warm" / "validate").iterdir())
