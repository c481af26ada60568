"""Judging one source file as one job in the sandbox.

    Job -> protocol.encode_job -> Sandbox.run -> protocol.parse -> grader.grade -> Report

Only inputs go into the sandbox; expected answers stay on the host. A sandbox failure
is a Report of JE, never an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..bank.model import MISSING, Case
from ..errors import SandboxError
from ..sandbox import RunRequest, Send
from .checkers import checker_for
from .context import Context
from .encoded import Same, same_lookup
from .expected import load_inputs
from .failures import load_error
from .grader import Rules, grade, grade_record
from .job import Job
from .policy import job_meta
from .protocol import encode_job, parse
from .report import CaseResult, LoadError, Report
from .verdict import Verdict

StopWhen = Callable[[list[CaseResult]], bool]


@dataclass(frozen=True)
class Watching:
    """What the host does while a run streams in: grade each test as it finishes and
    pass it to on_result (live output); end the run once stop_when holds for the results
    so far (verify needs one WA, or two TLEs on max-size tests); and, after the first
    time-out, skip the tests larger than the last one that passed (skip_after_timeout)."""

    on_result: Callable[[CaseResult], None] | None = None
    stop_when: StopWhen | None = None
    skip_after_timeout: bool = False


def judge_job(
    job: Job,
    source: bytes,
    context: Context,
    solution_name: str = "solution.py",
    watching: Watching | None = None,
    deadlines_ms: list[int] | None = None,
    trace_memory: bool = False,
) -> Report:
    """Judge one source file; a sandbox failure is a Report of JE. With stop_when the
    report holds only the tests that ran. deadlines_ms: a per-test kill deadline instead
    of the policy's (a file only has to be shown too slow: kill it at the limit).
    trace_memory: each accepted test's result carries peak_bytes, what its calls
    allocated beyond the input (harness/usage.py); the calls run slower, so times lie."""
    problem, cases, policy = job.problem, job.tests.cases, context.policy
    limit_ms = job.limit.limit_ms
    lines = tuple(source.decode("utf-8", "replace").splitlines())
    judges_return = problem.entry.kind == "design" or problem.entry.output == "return"
    rules = Rules(
        checker_for(problem),
        limit_ms,
        input_lookup(job),
        policy.sizes.answer_bytes,
        lines,
        judges_return,
        same=same_answer(job),
    )
    header_cap = policy.sizes.record_header_bytes
    meta = job_meta(problem.entry.to_wire(), limit_ms, problem.limits.recursion_depth, policy)
    meta["input_sizes"] = [c.size or 0 for c in cases]
    if deadlines_ms is not None:
        meta["deadlines_ms"] = deadlines_ms
    meta["reply_after_timeout"] = watching is not None  # _Follow answers every time-out
    if trace_memory:
        meta["trace_memory"] = True
    follow = None if watching is None else _Follow(cases, rules, header_cap, watching)
    request = RunRequest(
        job=encode_job(meta, [c.id for c in cases], job.tests.raw_inputs(), source),
        memory_mb=problem.limits.memory_mb,
        deadline_s=policy.time.run_deadline_s(len(cases), limit_ms),
        stack_bytes=policy.stack_bytes,
        output_cap=policy.sizes.run_output_bytes,
        watch=None if follow is None else follow.watch,
    )
    try:
        outcome = context.sandbox.run(request)
    except SandboxError as error:
        return _judge_error(job, solution_name, str(error))
    transcript = parse(outcome.stdout, header_cap)
    results = grade(cases, transcript, outcome, rules, () if follow is None else follow.graded)
    fault = next((r.message for r in results if r.verdict is Verdict.JE), None)
    return report_of(job, solution_name, tuple(results), fault, load_error(transcript, lines))


def report_of(
    job: Job,
    name: str,
    results: tuple[CaseResult, ...],
    fault: str | None = None,
    failed: LoadError | None = None,
) -> Report:
    return Report(
        job.problem.id,
        job.problem.title,
        name,
        job.limit.limit_ms,
        results,
        job.limit.reference_ms,
        reference_total_ms=job.limit.reference_total_ms,
        judge_error=fault,
        load_error=failed,
    )


class _Follow:
    """Grades records as they stream in, for a Watching."""

    def __init__(self, cases: tuple[Case, ...], rules: Rules, header_cap: int, watching: Watching) -> None:
        self.cases, self.rules, self.header_cap, self.watching = cases, rules, header_cap, watching
        self.position = 0
        self.graded: list[CaseResult] = []
        self.skipping = False

    def watch(self, stream: bytearray, send: Send) -> bool:
        transcript = parse(bytes(stream[self.position :]), self.header_cap)
        self.position += transcript.consumed
        for record in transcript.records:
            index = len(self.graded)
            if index >= len(self.cases) or self.cases[index].id != record.id:
                return False  # out of step: the grader says so once the run ends
            result = grade_record(self.cases[index], record, self.rules)
            self.graded.append(result)
            if self.watching.on_result is not None:
                self.watching.on_result(result)
            if self.watching.stop_when is not None and self.watching.stop_when(self.graded):
                return True
            if result.verdict is Verdict.TLE:
                send(self._decide())
        return False

    def _decide(self) -> bytes:
        """The answer to a time-out: skip what is larger than the last pass, or go on."""
        if not self.watching.skip_after_timeout or self.skipping:
            return b"go\n"
        self.skipping = True
        passed = [r.size or 0 for r in self.graded if r.verdict is Verdict.AC]
        return f"skip-above {passed[-1] if passed else -1}\n".encode()  # -1: nothing passed, skip all


def same_answer(job: Job) -> Same | None:
    """The byte-identical fast path for this job's tests (`encoded.py`), when they are
    a problem's cached tests."""
    path = job.tests.inputs_path
    return same_lookup(None if path is None else path.parent, job.problem.checker)


def input_lookup(job: Job) -> Callable[[Case], Any]:
    """Sample inputs are at hand; hidden inputs are read from disk only when the checker
    needs them: a custom checker, or a design problem whose `ignore_calls` are left out
    of the comparison (that needs the calls' names)."""
    loaded: dict[str, Any] = {}
    checker = job.problem.checker
    needs_hidden = checker.name == "custom" or bool(checker.ignore_calls)

    def input_of(case: Case) -> Any:
        if case.input is not MISSING:
            return case.input
        if not needs_hidden:
            return None
        if not loaded:
            loaded.update(load_inputs(job.tests))
        return loaded.get(case.id)

    return input_of


def _judge_error(job: Job, solution_name: str, message: str) -> Report:
    results = tuple(
        CaseResult(c.id, c.name, c.hidden, c.description, Verdict.JE, message=message)
        for c in job.tests.cases
    )
    return report_of(job, solution_name, results, message)
