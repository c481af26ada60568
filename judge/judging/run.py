"""Judging one source file as one job in the sandbox.

    Job -> protocol.encode_job -> Sandbox.run -> protocol.parse -> grader.grade -> Report

Only inputs go into the sandbox; expected answers stay on the host. A sandbox failure
is a Report of JE, never an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..bank.model import MISSING, Case
from ..errors import SandboxError
from ..sandbox import RunRequest, Send, Watch
from .checkers import checker_for
from .context import Context
from .expected import load_inputs
from .grader import Rules, grade, grade_record
from .job import Job
from .policy import job_meta
from .protocol import encode_job, parse
from .report import CaseResult, Report
from .verdict import Verdict

StopWhen = Callable[[list[CaseResult]], bool]


def judge_job(
    job: Job,
    source: bytes,
    context: Context,
    solution_name: str = "solution.py",
    stop_when: StopWhen | None = None,
) -> Report:
    """Judge one source file. With stop_when the host grades results as they stream in and
    ends the run once stop_when(results so far) holds; the report then holds only the
    tests that ran (judge verify needs one WA, or two TLEs on max-size tests)."""
    problem, cases, policy = job.problem, job.tests.cases, context.policy
    limit_ms = job.limit.limit_ms
    rules = Rules(checker_for(problem), limit_ms, input_lookup(job), policy.sizes.answer_bytes)
    header_cap = policy.sizes.record_header_bytes
    meta = job_meta(problem.entry.to_wire(), limit_ms, problem.limits.recursion_limit, policy)
    request = RunRequest(
        job=encode_job(meta, [c.id for c in cases], job.tests.raw_inputs(), source),
        memory_mb=problem.limits.memory_mb,
        deadline_s=policy.time.run_deadline_s(len(cases), limit_ms),
        stack_bytes=policy.stack_bytes,
        output_cap=policy.sizes.run_output_bytes,
        watch=None if stop_when is None else _stop_when(cases, rules, header_cap, stop_when),
    )
    try:
        outcome = context.sandbox.run(request)
    except SandboxError as error:
        return _judge_error(job, solution_name, str(error))
    results = grade(cases, parse(outcome.stdout, header_cap), outcome, rules)
    fault = next((r.message for r in results if r.verdict is Verdict.JE), None)
    return _report(job, solution_name, tuple(results), fault)


def _report(job: Job, solution_name: str, results: tuple[CaseResult, ...], fault: str | None) -> Report:
    return Report(
        job.problem.id,
        job.problem.title,
        solution_name,
        job.limit.limit_ms,
        results,
        job.limit.reference_ms,
        reference_total_ms=job.limit.reference_total_ms,
        judge_error=fault,
    )


def _stop_when(cases: tuple[Case, ...], rules: Rules, header_cap: int, stop_when: StopWhen) -> Watch:
    """A watcher that grades records as they stream in and says stop once stop_when holds."""
    position, graded = 0, list[CaseResult]()

    def watch(stream: bytearray, send: Send) -> bool:
        nonlocal position
        transcript = parse(bytes(stream[position:]), header_cap)
        position += transcript.consumed
        for record in transcript.records:
            case = cases[len(graded)] if len(graded) < len(cases) else None
            if case is None or case.id != record.id:
                return False  # out of step: the grader says so once the run ends
            graded.append(grade_record(case, record, rules))
            if stop_when(graded):
                return True
        return False

    return watch


def input_lookup(job: Job) -> Callable[[Case], Any]:
    """Sample inputs are at hand; hidden inputs are read from disk only for a custom checker."""
    loaded: dict[str, Any] = {}
    needs_hidden = job.problem.checker.name == "custom"

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
    return _report(job, solution_name, results, message)
