"""The generator's wheel, built once per test session, and fresh environments to install it in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.environments import checked

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def generator_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    checked(
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    )
    (wheel,) = dist.glob("*.whl")
    return wheel
