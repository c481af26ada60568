"""Golden scenarios: one folder per verdict, judged in a real container.

    golden/<scenario>/solution.py     a solution for hashing/001 (sumList) in the fixture bank
    golden/<scenario>/expected.json   {"verdict", "tests": [{"id", "verdict", "message"?, "got"?}]}

`message` must appear in the actual message (timings are cut out by `stable_message`);
`got` is the answer shown for a failing sample. Regenerate with regen_goldens.py and
review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from judging_support import FileJudge, golden_of

pytestmark = pytest.mark.docker

GOLDEN = Path(__file__).resolve().parent / "golden"
SCENARIOS = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())


def test_every_verdict_has_a_scenario() -> None:
    verdicts = {json.loads((GOLDEN / s / "expected.json").read_text())["verdict"] for s in SCENARIOS}
    assert verdicts == {"AC", "WA", "TLE", "MLE", "OLE", "RE", "CE"}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_golden(scenario: str, judge_file: FileJudge) -> None:
    expected: dict[str, Any] = json.loads((GOLDEN / scenario / "expected.json").read_text())
    actual = golden_of(judge_file((GOLDEN / scenario / "solution.py").read_bytes()))

    assert actual["verdict"] == expected["verdict"]
    assert [(t["id"], t["verdict"]) for t in actual["tests"]] == [
        (t["id"], t["verdict"]) for t in expected["tests"]
    ]
    for want, got in zip(expected["tests"], actual["tests"], strict=True):
        assert want.get("message", "") in got.get("message", ""), want["id"]
        if "got" in want:
            assert got.get("got") == want["got"], want["id"]
