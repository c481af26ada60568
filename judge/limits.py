"""Time limits derived from the reference on this machine, Kattis-style, and cached.

limit = max(time_floor_ms, time_multiplier x the reference's slowest test), measured by
judging the reference itself in the sandbox (it runs there alone, as its own submission;
no expected answers go in). The result is cached per problem version, runner image and
host, so `judge run` reuses what `judge verify` derived.
"""

from __future__ import annotations

import json
import math
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import ProblemFormatError
from .judging import Job, judge_source
from .report import Report
from .sandbox import Sandbox
from .verdict import Verdict

GENEROUS_MS = 10_000


@dataclass(frozen=True)
class TimeLimit:
    limit_ms: int
    slowest_ms: float
    slowest_test: str
    multiplier: float
    floor_ms: int
    total_ms: float = 0.0  # the reference's time summed over all tests

    def explain(self) -> str:
        return (
            f"time limit {self.limit_ms} ms = max(floor {self.floor_ms} ms, "
            f"{self.multiplier:g} x slowest reference test {self.slowest_ms:.1f} ms [{self.slowest_test}])"
        )


def _cache_path(job: Job, image: str, cache_dir: Path) -> Path:
    safe_image = image.replace("/", "_").replace(":", "_")
    name = (
        f"{job.problem.pattern}-{job.problem.number}-{job.tests.key}-{safe_image}-{socket.gethostname()}.json"
    )
    return cache_dir / "limits-2" / name  # bump when TimeLimit's fields change


def cached_limit(job: Job, image: str, cache_dir: Path) -> TimeLimit | None:
    path = _cache_path(job, image, cache_dir)
    try:
        return TimeLimit(**json.loads(path.read_text()))
    except (OSError, ValueError, TypeError):
        return None


def derive_limit(job: Job, sandbox: Sandbox, cache_dir: Path) -> tuple[TimeLimit, Report]:
    """Judge the reference with a generous limit; it must be accepted on every test."""
    generous = Job(job.problem, job.tests, GENEROUS_MS)
    report = judge_source(generous, job.problem.reference_path.read_bytes(), sandbox, "reference.py")
    if report.verdict is Verdict.JE:
        return TimeLimit(0, 0.0, "", 0.0, 0), report
    failed = next((r for r in report.results if r.verdict is not Verdict.AC), None)
    if failed is not None:
        raise ProblemFormatError(
            job.problem.reference_path,
            None,
            f"the reference gets {failed.verdict.value} on {failed.id}: {failed.message}",
        )
    slowest = report.slowest
    slowest_ms = slowest.time_ms or 0.0 if slowest else 0.0
    limits = job.problem.limits
    limit_ms = max(limits.time_floor_ms, math.ceil(limits.time_multiplier * slowest_ms))
    derived = TimeLimit(
        limit_ms,
        slowest_ms,
        slowest.id if slowest else "",
        limits.time_multiplier,
        limits.time_floor_ms,
        report.total_ms,
    )
    path = _cache_path(job, sandbox.image, cache_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(derived)))
    return derived, report


def time_limit_for(job: Job, sandbox: Sandbox, cache_dir: Path) -> TimeLimit:
    """The cached limit, or a fresh derivation when there is none for this version."""
    cached = cached_limit(job, sandbox.image, cache_dir)
    if cached is not None:
        return cached
    derived, report = derive_limit(job, sandbox, cache_dir)
    if report.verdict is Verdict.JE:
        from .errors import SandboxError

        raise SandboxError(f"could not time the reference: {report.judge_error}")
    return derived
