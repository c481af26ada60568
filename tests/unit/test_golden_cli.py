"""The golden CLI scenarios (see golden_cli_support.py): what `judge` prints, exactly."""

from __future__ import annotations

import json

import pytest
from golden_cli_support import GOLDEN, run_scenario, scenarios


@pytest.mark.parametrize("name", scenarios())
def test_golden_cli(name: str) -> None:
    text, report = run_scenario(name)

    assert text == (GOLDEN / name / "expected.txt").read_text()
    if report is not None:
        assert report == json.loads((GOLDEN / name / "expected.json").read_text())
