"""`judge complexity ID SOLUTION.py`: the candidate and the reference, each run in the
sandbox on generated inputs of geometrically growing size (the package's `sized(n,
seed)`), the fastest of a few repetitions per size, timed by the same clock as tests;
the growth is fitted (growth.py) and compared with what problem.yaml intends.

Sizes double from the largest test's n / 2^(steps-1) up to it; a side stops growing when
one of its runs passes the budget (a quadratic solution would take minutes at the top).

The whole measure keeps within a time budget (Options.time_s): a larger size is started
only if its likely cost (the last size's, grown as the last two grew) fits in what is
left, so a slow file or a loaded machine shortens the range rather than the patience.

Each side is timed in one sandbox session (judging.session: one container keeps the file
loaded, each input in a fresh child, timed by the harness as a test is), both opened at
the start: not a container per size. A size's first repetition runs alone, and the others
only if it kept within the budget, so a side that has outgrown the budget pays for one
run past it, not for every repetition. Extra space is traced by whole runs (space.py).
"""

from __future__ import annotations

import contextlib
import marshal
import time
from dataclasses import dataclass, field
from typing import Any

from ..bank.generators import has_sized, sized_inputs
from ..bank.inputs import input_size
from ..bank.model import Case, Problem
from ..errors import JudgeError
from ..judging.context import Context
from ..judging.expected import MARSHAL_FORMAT, TestSet, run_reference
from ..judging.session import Judged, Session, SessionOver
from ..judging.verdict import Verdict
from .complexity_options import DEFAULTS, Options
from .growth import MIN_POINTS, NOISE_FLOOR_MS, Fit, Point, declared, fit, too_slow, verdict
from .sizes import affordable, slower_at_top, top_size
from .space import Space, judge_space, peak


@dataclass(frozen=True)
class Scaling:
    yours: list[Point]
    reference: list[Point]
    yours_fit: Fit
    reference_fit: Fit
    summary: str
    too_slow: bool
    claim: str | None  # the candidate's `# O(...) time` comment, judged against the measure
    wrong_at: int | None  # a size where the candidate's answer was not accepted
    space: Space | None = None
    cut_at: int | None = None  # the size not started because it would not fit in the time budget


BELOW_STEPS = 3  # halvings below the first size, for a side over budget too early to fit
WALL_RATIO = 100  # over budget where the reference took under budget / this: growth, not a constant


@dataclass
class _Side:
    """One side's growth: its session, and what it measured so far."""

    session: Session
    source: bytes
    candidate: bool
    points: list[Point] = field(default_factory=list)
    space: list[Point] = field(default_factory=list)
    done: bool = False
    wrong_at: int | None = None
    over_at: int | None = None  # the smallest size where a run went over the budget


def measure(problem: Problem, source: bytes, context: Context, options: Options = DEFAULTS) -> Scaling:
    if not has_sized(problem):
        raise JudgeError(f"{problem.id} has no sized(n, seed) generator: its growth cannot be measured")
    largest, sized = top_size(sized_inputs(problem), max((c.size or 0) for c in context.tests(problem).cases))
    sizes = sorted({max(2, largest >> k) for k in range(options.steps)})
    deadline = time.monotonic() + options.time_s
    costs: list[float] = []  # seconds each size took, both sides
    cut_at: int | None = None
    with contextlib.ExitStack() as stack:

        def open_side(code: bytes, candidate: bool) -> _Side:
            session = Session(problem, code, context, options.budget_ms, options.session_s)
            stack.enter_context(session)
            return _Side(session, code, candidate)

        yours, reference = open_side(source, True), open_side(problem.reference_path.read_bytes(), False)
        for n in sizes:
            if not affordable(costs, deadline - time.monotonic()):
                cut_at = n
                break
            began = time.monotonic()
            inputs = [sized(n, seed) for seed in range(options.repeats)]
            # the reference runs on the host once per size, for both sides and every batch
            expected = run_reference(problem, inputs, context.policy.stack_bytes)
            tests = _tests(n, inputs, expected) if options.space else None
            for side in (yours, reference):
                if not side.done:
                    _step(side, n, inputs, expected, tests, problem, context, options, deadline)
            costs.append(time.monotonic() - began)
            if yours.done and reference.done:
                break
        _below(problem, context, (yours, reference), sizes[0], sized, options, deadline, cut_at)
    intended = problem.complexity.time_growth
    yours_fit, reference_fit = fit(yours.points), fit(reference.points)
    compared = over_yours_sizes(yours.points, reference.points, reference_fit)
    ratio = slower_at_top(yours.points, reference.points)
    slow = too_slow(yours_fit, intended, compared, ratio)
    summary = verdict(yours_fit, reference_fit, intended, slow)
    if yours_fit.growth is None and (wall := _wall(yours, reference, options)) is not None:
        summary, slow = f"{wall}: far slower than the intended {intended.text}", True
    claim = _claim(source, yours_fit)
    space = (
        judge_space(yours.space, reference.space, problem.complexity.space_growth) if options.space else None
    )
    return Scaling(
        yours.points, reference.points, yours_fit, reference_fit,
        summary, slow, claim,
        yours.wrong_at, space, cut_at,
    )  # fmt: skip


def _below(
    problem: Problem,
    context: Context,
    sides: tuple[_Side, _Side],
    smallest: int,
    sized: Any,
    options: Options,
    deadline: float,
    cut_at: int | None,
) -> None:
    """Yours went over the budget (or the time budget cut the sizes short) within its
    first sizes, too early for a fit: time both
    at halving sizes below the first (at most BELOW_STEPS of them) until yours has enough
    points over the noise floor, or the time budget is spent. Space is not traced here."""
    yours, reference = sides
    n = smallest >> 1
    for _ in range(BELOW_STEPS):
        usable = sum(p.value >= NOISE_FLOOR_MS for p in yours.points)
        enough = usable >= MIN_POINTS or time.monotonic() >= deadline
        if not (yours.done or cut_at is not None) or yours.wrong_at is not None or enough or n < 2:
            return
        inputs = [sized(n, seed) for seed in range(options.repeats)]
        expected = run_reference(problem, inputs, context.policy.stack_bytes)
        for side in (yours, reference):
            point, slow, _ = _time(side.session, inputs, expected, side.candidate, deadline)
            if point is not None:
                side.points.insert(0, point)
            if slow:
                side.over_at = input_size(inputs[0]) or n
        n >>= 1


def _wall(yours: _Side, reference: _Side, options: Options) -> str | None:
    """Yours went over the budget where the reference took under 1% of it, and too early
    for a fit: that much slower at one size is growth, not a constant factor."""
    theirs = {p.n: p.value for p in reference.points}.get(yours.over_at or -1)
    if theirs is None or theirs >= options.budget_ms / WALL_RATIO:
        return None
    budget = f"over the budget ({options.budget_ms} ms) at n = {yours.over_at}"
    return f"{budget}, where the reference takes {theirs:.1f} ms"


def over_yours_sizes(yours: list[Point], reference: list[Point], whole: Fit) -> Fit:
    """The reference's growth over the sizes yours was timed at: where yours went over
    the budget early, the reference's larger sizes (where memory and a loaded machine
    bend its curve up) say nothing about the range where the two can be compared."""
    if not yours or not reference or yours[-1].n >= reference[-1].n:
        return whole
    return fit([p for p in reference if p.n <= yours[-1].n])


def _step(
    side: _Side,
    n: int,
    inputs: list[Any],
    expected: list[Any],
    tests: TestSet | None,
    problem: Problem,
    context: Context,
    options: Options,
    deadline: float,
) -> None:
    point, slow, wrong = _time(side.session, inputs, expected, side.candidate, deadline)
    side.done = slow or point is None
    if slow and side.over_at is None:
        side.over_at = input_size(inputs[0]) or n
    side.wrong_at = side.wrong_at or (n if wrong else None)
    if point is not None:
        side.points.append(point)
        if tests is not None:
            _trace(options, side.space, problem, tests, side.source, context)


def _trace(
    options: Options, into: list[Point], problem: Problem, tests: TestSet, source: bytes, context: Context
) -> None:
    if options.space and (point := peak(problem, tests, source, context, options.budget_ms)) is not None:
        into.append(point)


def _tests(n: int, inputs: list[object], expected: list[object]) -> TestSet:
    cases = tuple(
        Case(f"scaling/n{n}-{k}", f"n{n}-{k}", False, f"n = {n}", given, answer, size=input_size(given))
        for k, (given, answer) in enumerate(zip(inputs, expected, strict=True))
    )
    raw = tuple(marshal.dumps(c.input, MARSHAL_FORMAT) for c in cases)
    return TestSet(f"scaling-{n}", cases, None, None, raw)


def _time(
    session: Session, inputs: list[Any], expected: list[Any], candidate: bool, deadline: float
) -> tuple[Point | None, bool, bool]:
    """(the fastest repetition, whether the budget was passed, whether an answer was
    wrong). The first repetition alone, then the rest if it kept within the budget and
    the time budget is not spent. A
    candidate's session that ends (its file does not load, its budget ran out) ends its
    growth as a wrong answer would; the reference's is a judge fault."""
    judged: list[Judged] = []
    try:
        for part in (slice(0, 1), slice(1, None)):
            if judged and time.monotonic() > deadline:
                break
            judged += session.judge(inputs[part], expected[part]) if inputs[part] else []
            if any(j.result.verdict is not Verdict.AC for j in judged):
                break
    except SessionOver as over:
        if not candidate:
            raise JudgeError(f"the sandbox failed while timing the reference: {over}") from None
        return None, False, True
    results = [j.result for j in judged]
    timed = [r.time_ms for r in results if r.time_ms is not None and r.verdict is Verdict.AC]
    slow = any(r.verdict is Verdict.TLE for r in results)
    wrong = any(r.verdict not in (Verdict.AC, Verdict.TLE) for r in results)
    return (Point(input_size(inputs[0]) or 0, min(timed)) if timed and not slow else None), slow, wrong


def _claim(source: bytes, measured: Fit) -> str | None:
    said = declared(source.decode("utf-8", "replace"))
    if said is None:
        return None
    if measured.growth is None:
        return f"you wrote O({said.text}) time; too fast to tell at these sizes"
    agrees = not too_slow(measured, said)
    found = "agrees" if agrees else f"says {measured.growth.text}"
    return f"you wrote O({said.text}) time: the measurement {found}"
