"""Known-wrong submissions say what is wrong and prove it on a small valid input.

Each `submissions/wrong_answer/*.py` starts with

    # bug: <what is wrong>
    # fails on: <one line of JSON: an input object>

and the recorded input fits the entry point and the constraints, and really separates the
submission from the reference (run on the host under the problem's checker, in a forked,
time-limited child). Every problem has at least four, and at least two of them carry
`# origin: independent` (written from the statement alone, by someone who had read
neither the reference nor the tests).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from judge.analysis.search import Search, difference_on
from judge.bank.constraints import violation
from judge.bank.fields import Fields
from judge.bank.inputs import check_input
from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem

ROOT = Path(__file__).resolve().parents[2]
SLUGS = {p.slug for p in load_patterns(ROOT / "patterns")}
FILES = sorted(ROOT.glob("problems/*/*/submissions/wrong_answer/*.py"))
FOLDERS = iter_problem_dirs(ROOT / "problems")
HEADER = re.compile(r"^# bug: (?P<bug>.+)\n# fails on: (?P<input>.+)\n")
INDEPENDENT = "# origin: independent"


@pytest.mark.parametrize("path", FILES, ids=[str(f.relative_to(ROOT / "problems")) for f in FILES])
def test_a_wrong_submission_fails_on_the_input_it_records(path: Path) -> None:
    header = HEADER.match(path.read_text())
    assert header, "the first two lines must be `# bug: ...` and `# fails on: <JSON input>`"
    problem = load_problem(path.parents[2], SLUGS)
    given = json.loads(header["input"])
    check_input(problem.entry, Fields(given, path, "fails on"))
    assert violation(problem.constraints, problem.entry, given) is None, (
        "the recorded input breaks the constraints"
    )

    found = difference_on(problem, path.read_bytes(), given, Search(call_s=2.0, budget_s=30))

    assert found is not None, f"on {header['input']} it agrees with the reference"


@pytest.mark.parametrize("folder", FOLDERS, ids=[f"{f.parent.name}/{f.name[:3]}" for f in FOLDERS])
def test_a_problem_has_four_wrong_submissions_two_of_them_independent(folder: Path) -> None:
    files = sorted((folder / "submissions" / "wrong_answer").glob("*.py"))
    independent = [f for f in files if INDEPENDENT in f.read_text()]
    assert len(files) >= 4, f"{len(files)} wrong_answer submissions"
    assert len(independent) >= 2, f"{len(independent)} of them written from the statement alone"
