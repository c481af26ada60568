"""`judge complexity ID SOLUTION.py`: the candidate and the reference, each run in the
sandbox on generated inputs of geometrically growing size (the package's `sized(n,
seed)`), the fastest of a few repetitions per size, timed by the same clock as tests;
the growth is fitted (growth.py) and compared with what problem.yaml intends.

Sizes double from the largest test's n / 2^(steps-1) up to it; a side stops growing when
one of its runs passes the budget (a quadratic solution would take minutes at the top).
"""

from __future__ import annotations

import marshal
from dataclasses import dataclass

from ..bank.generators import has_sized, sized_inputs
from ..bank.inputs import input_size
from ..bank.model import Case, Problem
from ..errors import JudgeError
from ..judging.context import Context
from ..judging.expected import MARSHAL_FORMAT, TestSet, run_reference
from ..judging.job import Job, TimeLimit
from ..judging.run import judge_job
from ..judging.verdict import Verdict
from .growth import Fit, Point, declared, fit, too_slow, verdict
from .space import Space, judge_space, peak


@dataclass(frozen=True)
class Options:
    steps: int = 7  # sizes: n_max / 2^(steps-1) ... n_max
    repeats: int = 3
    budget_ms: int = 2000  # a run slower than this ends the growth of its side
    space: bool = True  # also trace extra space at the sizes timed (space.py)


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


def measure(problem: Problem, source: bytes, context: Context, options: Options = Options()) -> Scaling:
    if not has_sized(problem):
        raise JudgeError(f"{problem.id} has no sized(n, seed) generator: its growth cannot be measured")
    sized = sized_inputs(problem)
    largest = max((c.size or 0) for c in context.tests(problem).cases)
    sizes = sorted({max(2, largest >> k) for k in range(options.steps)})
    reference = problem.reference_path.read_bytes()
    yours_points: list[Point] = []
    reference_points: list[Point] = []
    wrong_at = None
    yours_done = reference_done = False
    yours_space: list[Point] = []
    reference_space: list[Point] = []
    for n in sizes:
        inputs = [sized(n, seed) for seed in range(options.repeats)]
        expected = run_reference(problem, inputs, context.policy.stack_bytes)
        tests = _tests(n, inputs, expected)
        if not yours_done:
            point, slow, wrong = _time(problem, tests, source, context, options)
            yours_done = slow or point is None
            wrong_at = wrong_at or (n if wrong else None)
            if point is not None:
                yours_points.append(point)
                _trace(options, yours_space, problem, tests, source, context)
        if not reference_done:
            point, slow, _ = _time(problem, tests, reference, context, options)
            reference_done = slow or point is None
            if point is not None:
                reference_points.append(point)
                _trace(options, reference_space, problem, tests, reference, context)
        if yours_done and reference_done:
            break
    intended = problem.complexity.time_growth
    yours_fit, reference_fit = fit(yours_points), fit(reference_points)
    claim = _claim(source, yours_fit)
    space = (
        judge_space(yours_space, reference_space, problem.complexity.space_growth) if options.space else None
    )
    return Scaling(
        yours_points, reference_points, yours_fit, reference_fit,
        verdict(yours_fit, reference_fit, intended), too_slow(yours_fit, intended, reference_fit), claim,
        wrong_at, space,
    )  # fmt: skip


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
    problem: Problem, tests: TestSet, source: bytes, context: Context, options: Options
) -> tuple[Point | None, bool, bool]:
    """(the fastest repetition, whether the budget was passed, whether an answer was wrong)."""
    job = Job(problem, tests, TimeLimit.fixed(options.budget_ms))
    report = judge_job(job, source, context, "solution.py")
    if report.judge_error:
        raise JudgeError(f"the sandbox failed while timing: {report.judge_error}")
    timed = [r.time_ms for r in report.results if r.time_ms is not None and r.verdict is not Verdict.TLE]
    slow = any(r.verdict is Verdict.TLE for r in report.results)
    wrong = any(r.verdict not in (Verdict.AC, Verdict.TLE) for r in report.results)
    n = tests.cases[0].size or 0
    return (Point(n, min(timed)) if timed and not slow else None), slow, wrong


def _claim(source: bytes, measured: Fit) -> str | None:
    said = declared(source.decode("utf-8", "replace"))
    if said is None:
        return None
    if measured.growth is None:
        return f"you wrote O({said.text}) time; too fast to tell at these sizes"
    agrees = not too_slow(measured, said)
    found = "agrees" if agrees else f"says {measured.growth.text}"
    return f"you wrote O({said.text}) time: the measurement {found}"
