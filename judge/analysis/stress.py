"""`judge stress`: random inputs until the candidate's answer differs from the
reference's, then a smallest such input.

    1. search: Hypothesis draws inputs from the package's brute.py strategy (a test
       function that only records them: no judging yet); they go to one sandbox
       session (judging.session) in batches, answers compared through the checker
    2. shrink, on the first difference: the same Hypothesis test (same seed, so the
       same inputs in the same order) runs again, now judging: inputs judged in step 1
       are answered from memory, so it reaches the difference at once; Hypothesis then
       shrinks it, each candidate input judged in the same session

These inputs are random, not the hidden tests, so they are shown in full. A printed
seed reproduces the run.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..bank.brute import load_brute
from ..bank.model import Problem
from ..judging.context import Context
from ..judging.core import prepare
from ..judging.report import CaseResult
from ..judging.session import Judged, Session, SessionOver
from ..judging.verdict import Verdict

BATCH = 200


@dataclass(frozen=True)
class StressOptions:
    examples: int = 2000  # random inputs in the search
    seed: int = 0
    time_s: float = 60.0  # the whole run, shrinking included
    shrink_examples: int = 500  # judged inputs the shrinker may spend
    jobs: int = 2  # sandbox sessions judging batches side by side (one per core)


@dataclass
class StressResult:
    problem_id: str
    seed: int
    judged: int = 0  # inputs judged in the search
    seconds: float = 0.0
    search_seconds: float = 0.0
    found: CaseResult | None = None  # the smallest difference; its detail holds input, expected, got
    found_input: Any = None
    first_input: Any = None  # the difference the search met first, before shrinking
    shrink_steps: int = 0
    stopped: str = ""  # why the search ended early (budget, the file does not load...)
    verdicts: dict[str, int] = field(default_factory=dict)


def _differs(result: CaseResult) -> bool:
    return result.verdict is not Verdict.AC


def stress(problem: Problem, source: bytes, context: Context, options: StressOptions) -> StressResult:
    started = time.monotonic()
    result = StressResult(problem.id, options.seed)
    strategy = load_brute(problem).strategy
    limit_ms = prepare(problem, context).limit.limit_ms
    budget = options.time_s
    with contextlib.ExitStack() as stack:
        sessions = [
            stack.enter_context(Session(problem, source, context, limit_ms, budget + 30))
            for _ in range(max(1, options.jobs))
        ]
        seen: dict[str, Judged] = {}
        try:
            drawn = _draw(strategy, options.seed, options.examples)
            first = _search(sessions, drawn, seen, result, started + budget)
            result.search_seconds = time.monotonic() - started
            if first is not None:
                result.first_input = first.value
                _shrink(sessions[0], strategy, options, seen, result, first, started + budget)
        except SessionOver as over:
            result.stopped = str(over)
    result.seconds = time.monotonic() - started
    return result


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _draw(strategy: Any, seed: int, count: int) -> list[Any]:
    """The inputs Hypothesis generates for this seed, in order (nothing judged)."""
    drawn: list[Any] = []
    _hypothesis_run(strategy, seed, count, lambda value: drawn.append(value), shrink=False)
    return drawn


def _search(
    sessions: list[Session], drawn: list[Any], seen: dict[str, Judged], result: StressResult, end: float
) -> Judged | None:
    """Batches in rounds, one batch per session side by side; the first difference in
    the order Hypothesis drew them (what the shrink replay meets first, too)."""
    unique = list({_key(v): v for v in drawn}.values())
    batches = [unique[i : i + BATCH] for i in range(0, len(unique), BATCH)]
    with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        for start in range(0, len(batches), len(sessions)):
            if time.monotonic() > end:
                result.stopped = "the time budget ran out"
                return None
            batch_round = batches[start : start + len(sessions)]
            judged_round: list[list[Judged]] = list(pool.map(Session.judge, sessions, batch_round))
            for judged in (j for batch in judged_round for j in batch):
                seen[_key(judged.value)] = judged
                result.judged += 1
                verdict = judged.result.verdict.value
                result.verdicts[verdict] = result.verdicts.get(verdict, 0) + 1
                if _differs(judged.result):
                    return judged
    return None


def _shrink(
    session: Session,
    strategy: Any,
    options: StressOptions,
    seen: dict[str, Judged],
    result: StressResult,
    first: Judged,
    end: float,
) -> None:
    smallest = [first]

    def check(value: Any) -> None:
        key = _key(value)
        judged = seen.get(key)
        if judged is None:
            if time.monotonic() > end or result.shrink_steps >= options.shrink_examples:
                return  # out of budget: count it as no difference, the shrinker stops finding any
            results = session.judge([value])
            result.shrink_steps += 1
            if not results:
                return  # not a valid input
            judged = seen[key] = results[0]
        if _differs(judged.result):
            if _size(value) <= _size(smallest[0].value):
                smallest[0] = judged
            raise _Differs

    _hypothesis_run(strategy, options.seed, options.examples, check, shrink=True)
    result.found, result.found_input = smallest[0].result, smallest[0].value


class _Differs(Exception):
    pass


def _size(value: Any) -> tuple[int, str]:
    text = _key(value)
    return len(text), text


def _hypothesis_run(strategy: Any, seed: int, count: int, body: Callable[[Any], None], shrink: bool) -> None:
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as seeded

    phases = [Phase.generate, Phase.shrink] if shrink else [Phase.generate]

    @seeded(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
        verbosity=Verbosity.quiet,
    )
    @given(strategy)
    def probe(value: Any) -> None:
        body(value)

    try:
        probe()
    except Exception:
        pass
