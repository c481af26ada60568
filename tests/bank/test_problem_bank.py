"""The bank meets the bar every problem promises (docs/problem-format.md, issue #4).

Per problem: at least 2 samples and 20 hidden tests, every hidden test described, at
least one wrong_answer and one time_limit_exceeded submission, three hints. Per pattern
that is written to full strength: ten problems, at least 3 easy, 5 medium and 2 hard.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import Package

from judge.bank.generators import sized_inputs
from judge.bank.inputs import input_size
from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem

ROOT = Path(__file__).resolve().parents[2]
FULL_STRENGTH = (
    "hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "heap",
    "intervals-greedy",
    "graphs",
    "backtracking",
    "dynamic-programming",
)
FOLDERS = iter_problem_dirs(ROOT / "problems")
SLUGS = {p.slug for p in load_patterns(ROOT / "patterns")}


def test_a_problem_has_enough_tests_and_known_bad_submissions(package: Package) -> None:
    problem, cases, folder = package.problem, package.cases, package.folder
    hidden = [c for c in cases if c.hidden]
    assert len(cases) - len(hidden) >= 2
    assert len(hidden) >= 20, f"only {len(hidden)} hidden tests"
    assert all(len(c.description) >= 5 for c in hidden)
    for kind in ("wrong_answer", "time_limit_exceeded"):
        assert list((folder / "submissions" / kind).glob("*.py")), f"no {kind} submission"
    assert len(problem.hints) == 3


@pytest.mark.parametrize("pattern", FULL_STRENGTH)
def test_a_full_strength_pattern_has_ten_problems_of_mixed_difficulty(pattern: str) -> None:
    problems = [load_problem(f, SLUGS) for f in iter_problem_dirs(ROOT / "problems", pattern)]
    levels = Counter(p.difficulty for p in problems)
    assert len(problems) == 10
    assert levels["easy"] >= 3 and levels["medium"] >= 5 and levels["hard"] >= 2, levels


@pytest.mark.parametrize("folder", FOLDERS, ids=[f"{f.parent.name}/{f.name[:3]}" for f in FOLDERS])
def test_a_problem_makes_inputs_of_a_requested_size(folder: Path) -> None:
    """gen.py's sized(n, seed): valid inputs (checked against the entry point), of size n
    (within one: some shapes need an odd count), the same for the same arguments."""
    problem = load_problem(folder, SLUGS)
    make = sized_inputs(problem)
    longest = max((b.length[1] for b in problem.constraints if b.length is not None), default=5000)
    for n in sorted({10, 11, min(300, longest), min(5000, longest)}):
        value = make(n, 1)
        assert n - 1 <= input_size(value) <= n + 1, (n, input_size(value))
        assert make(n, 1) == value
