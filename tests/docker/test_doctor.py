"""`judge doctor` against the real engine: engine, image and an echo job all pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")


def test_doctor_passes_against_the_real_engine(cli_env: dict[str, str]) -> None:
    result = subprocess.run(
        [str(JUDGE), "doctor"], env=cli_env, capture_output=True, text=True, timeout=120, check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
    assert "echo" in result.stdout
