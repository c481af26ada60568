"""Time limits derived from the reference on this machine, Kattis-style, and cached.

limit = max(time_floor_ms, time_multiplier x the reference's slowest test), measured by
judging the reference itself in the sandbox under a generous fixed limit (it runs there
alone, as its own submission; no expected answers go in). The result is cached per
problem version, runner image and host, so `judge run` reuses what `judge verify` derived.
"""

from __future__ import annotations

import json
import math
import socket
from dataclasses import asdict
from pathlib import Path

from ..bank.model import Problem
from ..errors import ProblemFormatError, ReferenceTooSlow, SandboxError, cache_fault
from .context import Context
from .expected import problem_digest
from .job import Job, TimeLimit
from .report import Report
from .run import judge_job
from .verdict import Verdict

CACHE_FOLDER = "limits-3"  # bump when TimeLimit's fields change


def _cache_path(problem: Problem, key: str, image: str, cache_dir: Path) -> Path:
    safe_image = image.replace("/", "_").replace(":", "_")
    name = f"{problem.pattern}-{problem.number}-{key}-{safe_image}-{socket.gethostname()}.json"
    return cache_dir / CACHE_FOLDER / name


def cached_limit(problem: Problem, context: Context) -> TimeLimit | None:
    return cached_limit_for(problem, problem_digest(problem), context.sandbox.image, context.cache_dir)


def cached_limit_for(problem: Problem, key: str, image: str, cache_dir: Path) -> TimeLimit | None:
    """The limit derived earlier for this problem version (key: `problem_digest`), runner
    image and host, if any. Cheap: the tests are not loaded."""
    try:
        return TimeLimit(**json.loads(_cache_path(problem, key, image, cache_dir).read_text()))
    except (OSError, ValueError, TypeError):
        return None


def derive_limit(problem: Problem, context: Context) -> tuple[TimeLimit | None, Report]:
    """Judge the reference under the generous limit; it must be accepted on every test.
    (None, the JE report) when the sandbox failed; ReferenceTooSlow when the reference ran
    out of even the generous limit; ProblemFormatError for any other failure of it."""
    tests = context.tests(problem)
    generous = Job(problem, tests, TimeLimit.fixed(context.policy.time.generous_ms))
    report = judge_job(generous, problem.reference_path.read_bytes(), context, "reference.py")
    if report.verdict is Verdict.JE:
        return None, report
    failed = next((r for r in report.results if r.verdict is not Verdict.AC), None)
    if failed is not None and failed.verdict is Verdict.TLE:
        raise ReferenceTooSlow(
            f"{problem.id}: the reference passed the generous {generous.limit.limit_ms} ms limit on "
            f"{failed.id}; the machine is probably too loaded to time it: rerun when it is quieter"
        )
    if failed is not None:
        raise ProblemFormatError(
            problem.reference_path,
            None,
            f"the reference gets {failed.verdict.value} on {failed.id}: {failed.message}",
        )
    slowest = report.slowest
    slowest_ms = slowest.time_ms or 0.0 if slowest else 0.0
    limits = problem.limits
    derived = TimeLimit(
        max(limits.time_floor_ms, math.ceil(limits.time_multiplier * slowest_ms)),
        slowest_ms,
        slowest.id if slowest else "",
        limits.time_multiplier,
        limits.time_floor_ms,
        report.total_ms,
    )
    path = _cache_path(problem, tests.key, context.sandbox.image, context.cache_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(derived)))
    except OSError as error:
        raise cache_fault(path.parent, error) from None
    return derived, report


def time_limit_for(problem: Problem, context: Context) -> TimeLimit:
    """The cached limit, or a fresh derivation when there is none for this version."""
    cached = cached_limit(problem, context)
    if cached is not None:
        return cached
    derived, report = derive_limit(problem, context)
    if derived is None:
        raise SandboxError(f"could not time the reference: {report.judge_error}")
    return derived
