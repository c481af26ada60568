"""Judging one source file against one problem: the core behind `judge run` and `verify`.

    load tests (cached) -> protocol.encode_job -> Sandbox.run -> protocol.parse -> grader.grade -> Report

Only inputs go into the sandbox; expected answers stay on the host.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .cases import TestSet, load_inputs
from .checkers import Checker, CheckResult, get_checker
from .errors import SandboxError
from .grader import grade, grade_record
from .problem import MISSING, Case, Problem
from .protocol import encode_job, parse
from .report import CaseResult, Report
from .sandbox import RunRequest, Sandbox
from .verdict import Verdict

STDOUT_LIMIT = 1 << 20
ANSWER_LIMIT = 8 << 20  # per test; the harness must hold a few copies within the memory limit
OUTPUT_CAP = 64 << 20  # the whole run's framed results, as read by the host
STARTUP_ALLOWANCE_S = 15.0
PER_TEST_ALLOWANCE_S = 0.75


@dataclass(frozen=True)
class Job:
    problem: Problem
    tests: TestSet
    time_limit_ms: int
    reference_ms: float | None = None
    reference_total_ms: float | None = None


def judge_source(
    job: Job,
    source: bytes,
    sandbox: Sandbox,
    solution_name: str = "solution.py",
    stop_at: Verdict | None = None,
) -> Report:
    """Judge one source file. With stop_at the host ends the run at the first test with
    that verdict; the report then holds only the tests that ran (judge verify needs one)."""
    problem, cases = job.problem, job.tests.cases
    check = get_checker(problem.checker, problem.path)
    if problem.entry.kind == "design":
        check = _call_by_call(check)
    input_of = _input_lookup(job)
    request = RunRequest(
        job=encode_job(_meta(job), [c.id for c in cases], job.tests.raw_inputs(), source),
        memory_mb=problem.limits.memory_mb,
        deadline_s=deadline_for(len(cases), job.time_limit_ms),
        output_cap=OUTPUT_CAP,
        watch=None if stop_at is None else _stop_at(cases, check, job.time_limit_ms, input_of, stop_at),
    )
    try:
        outcome = sandbox.run(request)
    except SandboxError as error:
        return _judge_error(job, solution_name, str(error))
    transcript = parse(outcome.stdout)
    results = grade(cases, transcript, outcome, check, job.time_limit_ms, input_of)
    fault = next((r.message for r in results if r.verdict is Verdict.JE), None)
    return Report(
        problem.id,
        problem.title,
        solution_name,
        job.time_limit_ms,
        tuple(results),
        job.reference_ms,
        reference_total_ms=job.reference_total_ms,
        judge_error=fault,
    )


def _stop_at(
    cases: tuple[Case, ...], check: Checker, limit_ms: int, input_of: Callable[[Case], Any], wanted: Verdict
) -> Callable[[bytearray], bool]:
    """A watcher that grades records as they stream in and says stop at the wanted verdict."""
    position, index = 0, 0

    def watch(stream: bytearray) -> bool:
        nonlocal position, index
        transcript = parse(bytes(stream[position:]))
        position += transcript.consumed
        for record in transcript.records:
            case = cases[index] if index < len(cases) else None
            index += 1
            matches = case is not None and case.id == record.id
            if matches and grade_record(case, record, check, limit_ms, input_of).verdict is wanted:  # type: ignore[arg-type]
                return True
        return False

    return watch


def _call_by_call(check: Checker) -> Checker:
    """For a design problem: name the first call whose answer differs."""

    def run(case_input: Any, expected: Any, got: Any) -> CheckResult:
        result = check(case_input, expected, got)
        if result.ok or not isinstance(got, list) or not isinstance(expected, list):
            return result
        if len(got) != len(expected):
            return CheckResult(False, f"expected {len(expected)} answers (one per call), got {len(got)}")
        ops = case_input.get("ops") if isinstance(case_input, dict) else None
        for index, (want, have) in enumerate(zip(expected, got, strict=True)):
            if check(case_input, [want], [have]).ok:
                continue
            name = f" ({ops[index]})" if isinstance(ops, list) and index < len(ops) else ""
            return CheckResult(False, f"call {index + 1} of {len(expected)}{name} gave a different answer")
        return result

    return run


def deadline_for(case_count: int, time_limit_ms: int) -> float:
    """The host's wall-clock budget for a whole run (the harness stops each test sooner)."""
    return STARTUP_ALLOWANCE_S + case_count * (time_limit_ms * 1.5 / 1000 + PER_TEST_ALLOWANCE_S)


def _meta(job: Job) -> dict[str, Any]:
    return {
        "entry": job.problem.entry.to_wire(),
        "time_limit_ms": job.time_limit_ms,
        "recursion_limit": job.problem.limits.recursion_limit,
        "stdout_limit": STDOUT_LIMIT,
        "answer_limit": ANSWER_LIMIT,
    }


def _input_lookup(job: Job) -> Callable[[Case], Any]:
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
    return Report(
        job.problem.id,
        job.problem.title,
        solution_name,
        job.time_limit_ms,
        results,
        job.reference_ms,
        reference_total_ms=job.reference_total_ms,
        judge_error=message,
    )
