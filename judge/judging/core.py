"""The judging core: every command that judges a file calls `judge_file` (or, for one
input a person wrote, `judge_input`).

    judge_file(problem, source, context)
      tests    context.tests(problem): test files + gen.py, expected answers from the
               reference on the host (cached per problem version)
      limit    limits.time_limit_for: cached, or derived by timing the reference
      run      run.judge_job: one sandbox run, graded on the host -> Report

Candidate failures are verdicts in the Report; a sandbox failure is a Report of JE.
Exceptions are for bad input (an invalid package, an input that does not fit) and for
an unavailable sandbox.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..bank.constraints import violation
from ..bank.fields import Fields
from ..bank.inputs import check_input, input_size
from ..bank.model import Case, Problem
from ..errors import JudgeError, ProblemFormatError
from .context import Context
from .expected import TestSet, run_reference
from .job import Job
from .limits import time_limit_for
from .report import CaseResult, LoadError, Report
from .run import Watching, judge_job
from .verdict import Verdict


def prepare(problem: Problem, context: Context) -> Job:
    """The problem's tests and time limit, ready to judge any number of files."""
    return Job(problem, context.tests(problem), time_limit_for(problem, context))


def judge_file(
    problem: Problem,
    source: bytes,
    context: Context,
    solution_name: str = "solution.py",
    watching: Watching | None = None,
    samples_only: bool = False,
    refused: str | None = None,
) -> Report:
    """Judge source against every test of problem (the samples only, with samples_only;
    watching: live results, stopping early, see `run.Watching`). refused: the file is
    not judged at all (too large): every test is CE with that message."""
    job = prepare(problem, context)
    if samples_only:
        job = dataclasses.replace(job, tests=job.tests.only(lambda case: not case.hidden))
    if refused is not None:
        return _refused(job, solution_name, refused)
    return judge_job(job, source, context, solution_name, watching)


def judge_input(
    problem: Problem,
    source: bytes,
    given: Any,
    context: Context,
    solution_name: str,
    refused: str | None = None,
) -> Report:
    """Judge source on one input a person wrote, beside the reference's answer on it.
    JudgeError (one line) when the input does not fit the problem or the reference
    cannot answer it."""
    check_input(problem.entry, Fields(given, "--case"))
    broken = violation(problem.constraints, problem.entry, given)
    if broken is not None:
        raise JudgeError(f"--case: {broken[0]}: {broken[1]}")
    try:
        (expected,) = run_reference(problem, [given], context.policy.stack_bytes)
    except ProblemFormatError as error:
        reason = str(error).rsplit(": ", 1)[-1]
        raise JudgeError(
            f"--case: the reference cannot answer this input ({reason}); does it follow the statement?"
        ) from None
    case = Case(
        "custom/your-case", "your-case", False, "the input you gave", given, expected, size=input_size(given)
    )
    job = Job(problem, TestSet.custom(case), time_limit_for(problem, context))
    if refused is not None:
        return _refused(job, solution_name, refused)
    return judge_job(job, source, context, solution_name)


def _refused(job: Job, solution_name: str, message: str) -> Report:
    results = tuple(
        CaseResult(c.id, c.name, c.hidden, c.description, Verdict.CE, None, message, None, c.tags, c.size)
        for c in job.tests.cases
    )
    return Report(
        job.problem.id,
        job.problem.title,
        solution_name,
        job.limit.limit_ms,
        results,
        job.limit.reference_ms,
        job.limit.reference_total_ms,
        load_error=LoadError("compile", message),
    )
