"""The complexity check: fitting growth classes to timed points (pure, with noise), the
`# O(...) time` claim, and `judge complexity` through the CLI on the fixture problem
(count distinct: a list-membership solution is quadratic where linear is intended).
The harness runs on the host as a subprocess (tests/fakes.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from fakes import invoke
from grade_support import BANK, REPO
from hypothesis import given
from hypothesis import strategies as st

from judge.analysis.growth import Point, declared, fit, too_slow
from judge.bank.model import GROWTH_CLASSES

SIZES = (500, 1000, 2000, 4000, 8000, 16000)
QUADRATIC = REPO / "slow" / "distinct.py"


@given(
    st.sampled_from(["n", "n^2", "n^3"]),
    st.lists(st.floats(min_value=0.8, max_value=1.25), min_size=len(SIZES), max_size=len(SIZES)),
)
def test_noisy_powers_are_told_apart(name: str, noise: list[float]) -> None:
    growth = GROWTH_CLASSES[name]
    scale = 1000 / SIZES[0] ** growth.power  # the smallest point takes about a second
    points = [Point(n, scale * n**growth.power * k) for n, k in zip(SIZES, noise, strict=True)]
    fitted = fit(points)
    assert fitted.growth is not None and abs(fitted.growth.power - growth.power) <= 0.5
    assert abs(fitted.slope - growth.power) < 0.35


def test_points_under_the_noise_floor_are_not_fitted() -> None:
    assert fit([Point(n, 0.2) for n in SIZES]).growth is None


def test_too_slow_needs_a_whole_power_more_than_intended_and_than_the_reference() -> None:
    linear = fit([Point(n, n / 100) for n in SIZES])
    n_log_n = fit([Point(n, n * math.log(n) / 500) for n in SIZES])
    quadratic = fit([Point(n, n * n / 1e5) for n in SIZES])
    intended = GROWTH_CLASSES["n"]
    assert too_slow(quadratic, intended, linear)
    assert not too_slow(n_log_n, intended, linear)  # a log factor is within the noise
    assert not too_slow(quadratic, intended, quadratic)  # the reference bends alike: the machine


def test_a_claimed_complexity_is_read_from_a_comment() -> None:
    assert declared("# O(n log n) time, O(1) space\n") == GROWTH_CLASSES["n log n"]
    assert declared("x = 1  # O(n**2) time") == GROWTH_CLASSES["n^2"]
    assert declared("# runs in O(n * log(n)) time") == GROWTH_CLASSES["n log n"]
    assert declared("# fast") is None and declared("# O(n) space") is None


def test_judge_complexity_flags_a_quadratic_solution_and_passes_the_reference(tmp_path: Path) -> None:
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache"), "JUDGE_SERVER": "off"}
    args = ("complexity", "hashing/005", QUADRATIC, "--json", "--budget-ms", "1500")
    slow = invoke(*args, problems=BANK, env=env)
    assert slow.exit_code == 1, slow.output
    measured = json.loads(slow.stdout)
    assert measured["too_slow"] and measured["intended"] == "n"
    assert measured["yours"]["slope"] > 1.5 and "where n is intended" in measured["summary"]
    reference = BANK / "hashing" / "005-count-distinct" / "reference.py"
    fine = invoke("complexity", "hashing/005", reference, problems=BANK, env=env)
    assert fine.exit_code == 0, fine.output
    assert "within the intended n" in fine.stdout or "too fast to measure" in fine.stdout
