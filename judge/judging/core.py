"""The judging core: every command that judges a file calls `judge_file`.

    judge_file(problem, source, context)
      tests    context.tests(problem): test files + gen.py, expected answers from the
               reference on the host (cached per problem version)
      limit    limits.time_limit_for: cached, or derived by timing the reference
      run      run.judge_job: one sandbox run, graded on the host -> Report

Candidate failures are verdicts in the Report; a sandbox failure is a Report of JE.
Exceptions are for bad input (an invalid package) and for an unavailable sandbox.
"""

from __future__ import annotations

from ..bank.model import Problem
from .context import Context
from .job import Job
from .limits import time_limit_for
from .report import Report
from .run import Watching, judge_job


def prepare(problem: Problem, context: Context) -> Job:
    """The problem's tests and time limit, ready to judge any number of files."""
    return Job(problem, context.tests(problem), time_limit_for(problem, context))


def judge_file(
    problem: Problem,
    source: bytes,
    context: Context,
    solution_name: str = "solution.py",
    watching: Watching | None = None,
) -> Report:
    """Judge source against every test of problem (watching: live results, stopping
    early; see `run.Watching`)."""
    return judge_job(prepare(problem, context), source, context, solution_name, watching)
