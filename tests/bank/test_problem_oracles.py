"""Every problem's reference agrees with its brute force on small random inputs.

Inputs come from the problem's own `brute.py` (`inputs()`, a Hypothesis strategy); both
solutions run through the harness's own argument building and answer encoding, and the
problem's checker must accept the brute force's answer against the reference's.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge.bank.loader import iter_problem_dirs, load_problem
from judge.harness import worker
from judge.judging.checkers import get_checker

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [f for f in iter_problem_dirs(ROOT / "problems") if (f / "brute.py").is_file()]


def _compiled(path: Path) -> object:
    # named by its own path: a module-level @st.composite in brute.py inspects its source
    # (by file name) each time the module runs, and another file's "solution.py" is not it
    return compile(path.read_bytes(), str(path), "exec", dont_inherit=True)


@pytest.mark.parametrize("folder", FOLDERS, ids=[f"{f.parent.name}/{f.name[:3]}" for f in FOLDERS])
def test_reference_agrees_with_brute_force(folder: Path) -> None:
    problem = load_problem(folder)
    entry = problem.entry.to_wire()
    reference, brute = _compiled(folder / "reference.py"), _compiled(folder / "brute.py")
    strategy = runpy.run_path(str(folder / "brute.py"))["inputs"]()
    check = get_checker(problem.checker, folder)

    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(st.data())
    def agree(data: st.DataObject) -> None:
        case_input = data.draw(strategy, label="input")
        expected, _ = worker.run_case(reference, entry, json.loads(json.dumps(case_input)))
        got, _ = worker.run_case(brute, entry, json.loads(json.dumps(case_input)))
        outcome = check(case_input, expected, got)
        assert outcome.ok, f"brute force {got!r} vs reference {expected!r}: {outcome.message}"

    agree()


def test_every_problem_has_a_brute_force() -> None:
    missing = [f"{f.parent.name}/{f.name}" for f in iter_problem_dirs(ROOT / "problems") if f not in FOLDERS]
    assert not missing, f"problems without brute.py: {missing}"
