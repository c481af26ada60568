"""`judge verify`: each problem proves itself, Kattis-style.

For one problem: materialise the tests (the reference gives every expected answer, and
must agree with any hand-written `expected`), derive the time limit from the reference
in the sandbox, then judge every known submission and check its expected verdict:

    submissions/accepted/*.py             AC on every test
    submissions/wrong_answer/*.py         WA on at least one test
    submissions/time_limit_exceeded/*.py  TLE on at least one test

No submission may cause JE.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cases import load_inputs, load_test_set
from .checkers import get_checker
from .judging import Job, judge_source
from .limits import TimeLimit, derive_limit
from .problem import MISSING, Case, Problem
from .report import Report
from .sandbox import Sandbox
from .verdict import Verdict

WANTED = {"wrong_answer": Verdict.WA, "time_limit_exceeded": Verdict.TLE}
EXPECTATIONS = {
    "accepted": "AC on every test",
    "wrong_answer": "WA on at least one test",
    "time_limit_exceeded": "TLE on at least one test",
}


@dataclass(frozen=True)
class SubmissionCheck:
    path: str
    expected: str
    report: Report
    ok: bool
    reason: str = ""


@dataclass
class VerifyResult:
    problem: Problem
    limit: TimeLimit | None = None
    checks: list[SubmissionCheck] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    seconds: float = 0.0
    test_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.issues and all(c.ok for c in self.checks)


def verify_problem(problem: Problem, sandbox: Sandbox, cache_dir: Path) -> VerifyResult:
    started = time.monotonic()
    result = VerifyResult(problem)
    tests = load_test_set(problem, cache_dir)
    result.test_count = len(tests.cases)
    result.issues.extend(_hand_expected_issues(problem, tests.cases, load_inputs(tests)))
    limit, reference = derive_limit(Job(problem, tests, 0), sandbox, cache_dir)
    result.checks.append(_expect(problem, "reference.py", "accepted", reference))
    if reference.verdict is Verdict.JE:
        result.seconds = time.monotonic() - started
        return result
    result.limit = limit
    job = Job(problem, tests, limit.limit_ms, limit.slowest_ms, limit.total_ms)
    for path in submission_files(problem):
        kind = path.parent.name
        # one WA or TLE proves what the folder claims; the rest of the run would only burn time
        name = str(path.relative_to(problem.path))
        report = judge_source(job, path.read_bytes(), sandbox, name, stop_at=WANTED.get(kind))
        result.checks.append(_expect(problem, name, kind, report))
    missing = [
        k for k in ("wrong_answer", "time_limit_exceeded") if not any(c.expected == k for c in result.checks)
    ]
    result.issues.extend(f"submissions/{k}/ holds no submission" for k in missing)
    result.seconds = time.monotonic() - started
    return result


def submission_files(problem: Problem) -> list[Path]:
    folder = problem.path / "submissions"
    files = []
    for kind in EXPECTATIONS:
        files.extend(sorted((folder / kind).glob("*.py")))
    return files


def unknown_submission_folders(problem: Problem) -> list[str]:
    folder = problem.path / "submissions"
    if not folder.is_dir():
        return []
    return [p.name for p in folder.iterdir() if p.is_dir() and p.name not in EXPECTATIONS]


def _expect(problem: Problem, path: str, kind: str, report: Report) -> SubmissionCheck:
    verdicts = {r.verdict for r in report.results}
    if Verdict.JE in verdicts:
        return SubmissionCheck(path, kind, report, False, f"judge error: {report.judge_error}")
    if kind == "accepted":
        bad = next((r for r in report.results if r.verdict is not Verdict.AC), None)
        reason = f"{bad.verdict.value} on {bad.id}: {bad.message}" if bad else ""
        return SubmissionCheck(path, kind, report, bad is None, reason)
    wanted = WANTED[kind]
    hit = report.first(wanted)
    reason = (
        f"{wanted.value} on {hit.id}" if hit else f"never got {wanted.value} (worst: {report.verdict.value})"
    )
    return SubmissionCheck(path, kind, report, hit is not None, reason)


def _hand_expected_issues(problem: Problem, cases: tuple[Case, ...], inputs: dict[str, Any]) -> list[str]:
    check = get_checker(problem.checker, problem.path)
    issues = []
    for case in cases:
        if case.hand_expected is MISSING:
            continue
        if not check(inputs.get(case.id), case.expected, case.hand_expected).ok:
            issues.append(f"{case.id}: the hand-written expected answer disagrees with the reference")
    return issues
