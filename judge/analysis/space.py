"""Extra space, for `judge complexity`: at each size the time was measured at, one more
run of each side with tracing on (harness/usage.py: the peak of what the calls allocate,
after the input was built, so the input's own size is not counted; what the solution
returns is). The smallest peak over the size's inputs, in KiB, is fitted like time
(growth.py) and compared with the space growth problem.yaml states.

Peaks under SPACE_FLOOR_KIB are noise (a few small objects, the interpreter's frames):
a solution that stays under it at every size uses O(1) extra space as far as anyone can
measure.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bank.model import Growth, Problem
from ..judging.context import Context
from ..judging.expected import TestSet
from ..judging.job import Job, TimeLimit
from ..judging.run import judge_job
from ..judging.verdict import Verdict
from .growth import MARGIN, Fit, Point, fit, too_slow

SPACE_FLOOR_KIB = 4.0
TRACED_SLOWDOWN = 10  # a traced run's time limit: this many times the timing budget


@dataclass(frozen=True)
class Space:
    yours: list[Point]
    reference: list[Point]
    yours_fit: Fit
    reference_fit: Fit
    intended: Growth
    summary: str
    too_much: bool  # grows faster than the stated space, and than the reference (growth.too_slow)


def peak(problem: Problem, tests: TestSet, source: bytes, context: Context, budget_ms: int) -> Point | None:
    """The smallest traced peak over the size's tests, or None when any was not accepted."""
    job = Job(problem, tests, TimeLimit.fixed(budget_ms * TRACED_SLOWDOWN))
    report = judge_job(job, source, context, "solution.py", trace_memory=True)
    peaks = [r.peak_bytes for r in report.results if r.verdict is Verdict.AC and r.peak_bytes is not None]
    if report.judge_error or len(peaks) != len(report.results) or not peaks:
        return None
    return Point(tests.cases[0].size or 0, min(peaks) / 1024)


def judge_space(yours: list[Point], reference: list[Point], intended: Growth) -> Space:
    mine, theirs = fit(yours, SPACE_FLOOR_KIB), fit(reference, SPACE_FLOOR_KIB)
    target = f"the target is O({intended.text})"
    if not yours:
        return Space(yours, reference, mine, theirs, intended, "not measured (no size was accepted)", False)
    largest = max(yours, key=lambda p: p.n)
    if mine.growth is None:
        at = f"{largest.value:.1f} KiB at n = {largest.n}"
        said = "O(1) extra" if largest.value < SPACE_FLOOR_KIB else "too few sizes to fit"
        return Space(yours, reference, mine, theirs, intended, f"{said} ({at}); {target}", False)
    timed_reference = theirs if theirs.growth is not None else None
    # more than the stated target (the reference's slope cannot raise the bar it sets:
    # an O(n) file beside an O(sqrt n) reference is within an O(n) target), and, when
    # the reference was measured, steeper than it too
    much = too_slow(mine, intended) and (timed_reference is None or mine.slope >= theirs.slope + MARGIN)
    if timed_reference:
        ref = f"the reference ≈ n^{theirs.slope:.2f}"
    else:
        ref = "the reference: O(1) extra" if reference else "the reference: not measured"
    text = f"yours ≈ n^{mine.slope:.2f}, O({mine.growth.text}) extra; {ref}; {target}"
    if much:
        text += ": more than intended"
    return Space(yours, reference, mine, theirs, intended, text, much)
