"""`judge verify`: each problem proves itself, Kattis-style.

For one problem: materialise the tests (the reference gives every expected answer, and
must agree with any hand-written `expected`), check the brute force and the sized
generator load, derive the time limit from the reference in the sandbox, then judge
every known submission and check its expected verdict (one table: EXPECTED).

No submission may cause JE. A problem that cannot be verified at all (an invalid
package, a reference that fails) is a failed result with the reason, and the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..bank.brute import load_brute
from ..bank.generators import has_sized, sized_inputs
from ..bank.model import MISSING, Case, Problem
from ..errors import JudgeError, SandboxUnavailable
from .batch import judge_batch
from .checkers import checker_for
from .context import Context
from .expected import load_inputs
from .job import Job, TimeLimit
from .limits import derive_limit
from .report import CaseResult, Report
from .run import Watching, judge_job, report_of
from .verdict import Verdict
from .verify_record import read_verify_record, verify_key, write_verify_record


@dataclass(frozen=True)
class Expectation:
    verdict: Verdict  # AC: on every test; otherwise on at least one
    text: str


EXPECTED = {
    "accepted": Expectation(Verdict.AC, "AC on every test"),
    "wrong_answer": Expectation(Verdict.WA, "WA on at least one test"),
    "time_limit_exceeded": Expectation(Verdict.TLE, "TLE on at least two max-size tests"),
    "runtime_error": Expectation(Verdict.RE, "RE on at least one test"),
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
    problem_id: str
    title: str = ""
    limit: TimeLimit | None = None
    checks: list[SubmissionCheck] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    seconds: float = 0.0
    test_count: int = 0
    recorded: list[dict[str, str]] | None = None  # the checks of verify-record.json, when taken
    recorded_limit: str = ""

    @property
    def ok(self) -> bool:
        return not self.issues and all(c.ok for c in self.checks)


def verify_problem(
    problem: Problem, context: Context, take_record: bool = False, keep_record: bool = False
) -> VerifyResult:
    """Verify one problem; a JudgeError on the way becomes an issue of the result (an
    unavailable sandbox still raises: no other problem could be verified either).
    take_record: take the package's verify-record.json while it matches (see
    verify_record.py); keep_record: write a passing verification there."""
    started = time.monotonic()
    result = VerifyResult(problem.id, problem.title)
    key = verify_key(problem, context.sandbox.image) if take_record or keep_record else ""
    record = read_verify_record(problem, key) if take_record else None
    if record is not None:
        result.test_count, result.recorded = record["tests"], record["checks"]
        result.recorded_limit = str(record.get("limit", ""))
        result.seconds = time.monotonic() - started
        return result
    try:
        _verify(problem, context, result)
    except SandboxUnavailable:
        raise
    except JudgeError as error:
        result.issues.append(str(error))
    result.seconds = time.monotonic() - started
    if keep_record and result.ok and result.limit is not None:
        checks = [
            {"path": c.path, "expected": c.expected, "verdict": c.report.verdict.value, "reason": c.reason}
            for c in result.checks
        ]
        write_verify_record(problem, key, result.test_count, result.limit.explain(), checks)
    return result


def failed_to_load(problem_id: str, error: JudgeError) -> VerifyResult:
    return VerifyResult(problem_id, issues=[str(error)])


def _verify(problem: Problem, context: Context, result: VerifyResult) -> None:
    tests = context.tests(problem)
    result.test_count = len(tests.cases)
    result.issues.extend(_hand_expected_issues(problem, tests.cases, load_inputs(tests)))
    result.issues.extend(_package_issues(problem))
    limit, reference = derive_limit(problem, context)
    result.checks.append(_expect("reference.py", "accepted", reference))
    if limit is None:
        return
    result.limit = limit
    files = submission_files(problem)
    batched = [f for f in files if EXPECTED[f.parent.name].verdict is not Verdict.TLE]
    job = Job(problem, tests, limit)
    proven = _judge_together(problem, batched, job, context)
    for path in files:
        kind = path.parent.name
        name = str(path.relative_to(problem.path))
        report = proven.get(path) or _judge_alone(job, path, name, context)
        result.checks.append(_expect(name, kind, report))
    required = ("wrong_answer", "time_limit_exceeded")  # runtime_error/ is optional
    missing = [k for k in required if not any(c.expected == k for c in result.checks)]
    result.issues.extend(f"submissions/{k}/ holds no submission" for k in missing)


def _judge_together(problem: Problem, files: list[Path], job: Job, context: Context) -> dict[Path, Report]:
    """Judge files in one container (`batch.judge_batch`): each stops at its first failed
    test. The reports of the files that this proves right: an AC file accepted on every
    test, a WA or RE file whose first failure is of its kind. The rest are judged alone,
    where every reason for a failure is seen (`_judge_alone`)."""
    if not files:
        return {}
    outcomes = judge_batch(job, [f.read_bytes() for f in files], context)
    reports = {}
    for path, outcome in zip(files, outcomes, strict=True):
        if outcome.verdict is EXPECTED[path.parent.name].verdict and outcome.results:
            name = str(path.relative_to(problem.path))
            reports[path] = report_of(job, name, outcome.results)
    return reports


def _judge_alone(job: Job, path: Path, name: str, context: Context) -> Report:
    wanted = EXPECTED[path.parent.name].verdict
    # one WA or TLE proves what the folder claims; the rest of the run would only burn time
    watching = None if wanted is Verdict.AC else Watching(stop_when=_proven(wanted))
    # a file that should be too slow is stopped at the limit itself: the same verdict, sooner
    deadlines = [job.limit.limit_ms] * len(job.tests.cases) if wanted is Verdict.TLE else None
    return judge_job(job, path.read_bytes(), context, name, watching, deadlines)


MAX_SIZE = "max-size"
SLOW_SHAPES = 2  # a too-slow submission must be caught by this many max-size tests, not one


def _proven(wanted: Verdict) -> Callable[[list[CaseResult]], bool]:
    if wanted is Verdict.TLE:
        return lambda results: len(_slow_on(results)) >= SLOW_SHAPES
    return lambda results: any(r.verdict is wanted for r in results)


def _slow_on(results: Iterable[CaseResult]) -> list[str]:
    return [r.id for r in results if r.verdict is Verdict.TLE and MAX_SIZE in r.tags]


def submission_files(problem: Problem) -> list[Path]:
    folder = problem.path / "submissions"
    files = []
    for kind in EXPECTED:
        files.extend(sorted((folder / kind).glob("*.py")))
    return files


def _package_issues(problem: Problem) -> list[str]:
    """Parts of the package that judging itself does not load."""
    issues: list[str] = []
    folder = problem.path / "submissions"
    if folder.is_dir():
        known = ", ".join(EXPECTED)
        issues.extend(
            f"submissions/{p.name}/: unknown folder (known: {known})"
            for p in sorted(folder.iterdir())
            if p.is_dir() and p.name not in EXPECTED
        )
    load_brute(problem)
    if has_sized(problem):
        sized_inputs(problem)(8, 1)
    return issues


def _expect(path: str, kind: str, report: Report) -> SubmissionCheck:
    if Verdict.JE in {r.verdict for r in report.results}:
        return SubmissionCheck(path, kind, report, False, f"judge error: {report.judge_error}")
    wanted = EXPECTED[kind].verdict
    if wanted is Verdict.AC:
        bad = next((r for r in report.results if r.verdict is not Verdict.AC), None)
        reason = f"{bad.verdict.value} on {bad.id}: {bad.message}" if bad else ""
        return SubmissionCheck(path, kind, report, bad is None, reason)
    if wanted is Verdict.TLE:
        return _expect_slow(path, kind, report)
    hit = report.first(wanted)
    reason = (
        f"{wanted.value} on {hit.id}" if hit else f"never got {wanted.value} (worst: {report.verdict.value})"
    )
    return SubmissionCheck(path, kind, report, hit is not None, reason)


def _expect_slow(path: str, kind: str, report: Report) -> SubmissionCheck:
    slow = _slow_on(report.results)
    if len(slow) >= SLOW_SHAPES:
        return SubmissionCheck(path, kind, report, True, f"TLE on {', '.join(slow)}")
    other = report.first(Verdict.TLE)
    seen = ", ".join(slow) or (f"{other.id} (not max-size)" if other else "no test")
    return SubmissionCheck(
        path, kind, report, False, f"TLE on {seen}; needs TLE on {SLOW_SHAPES} max-size tests"
    )


def _hand_expected_issues(problem: Problem, cases: tuple[Case, ...], inputs: dict[str, Any]) -> list[str]:
    check = checker_for(problem)  # as tests are judged: ignore_calls left out, call by call
    issues = []
    for case in cases:
        if case.hand_expected is MISSING:
            continue
        if not check(inputs.get(case.id), case.expected, case.hand_expected).ok:
            issues.append(f"{case.id}: the hand-written expected answer disagrees with the reference")
    return issues
