"""`judge stress`: random inputs until the candidate's answer differs from the
reference's, then a smallest such input.

    1. search: Hypothesis draws inputs from the package's brute.py strategy (a test
       function that only records them: no judging yet); they go to one sandbox
       session (judging.session) in batches, answers compared through the checker
    2. shrink, on the first difference: the same Hypothesis test (same seed, so the
       same inputs in the same order) runs again, now judging: inputs judged in step 1
       are answered from memory, so it reaches the difference at once; Hypothesis then
       shrinks it, each candidate input judged in the same session
    3. refine: Hypothesis's shrinker can stop where two parts must shrink together
       (a repeat exactly k apart: deleting an element alone, or lowering k alone, makes
       the answer right again). So search again among inputs of the same strategy that
       are strictly smaller than the one found (a filter: never an input the strategy
       cannot draw), and shrink what that finds; until a round finds none

These inputs are random, not the hidden tests, so they are shown in full. A printed
seed reproduces the run.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
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
from .drawing import Drawer, Stop, hypothesis_run, recursion_limit
from .steer import steered

BATCH = 200
FIRST_BATCH = 1  # then 2, 4 ... up to BATCH (Drawer.batches)
SEARCH_SHARE = 0.6  # of the time budget: the rest is kept for shrinking what the search finds
REFINE_S = 2.0  # at most, for one refining round's search (and half the time left)
CLOSE_S = 0.5  # of the budget, kept for ending the sessions (their containers go)


@dataclass(frozen=True)
class StressOptions:
    examples: int = 2000  # random inputs in the search
    seed: int = 0
    time_s: float = 60.0  # the whole run, shrinking included
    shrink_examples: int = 500  # judged inputs the shrinker may spend (each round)
    refine_examples: int = 500  # random inputs per refining round, all smaller than the last found
    jobs: int = 2  # sandbox sessions judging batches side by side (one per core)
    steer: tuple[str, ...] = ()  # draw only inputs of these kinds (steer.py), shrink within them


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
    refined: int = 0  # refining rounds that found a smaller difference
    stopped: str = ""  # why the search ended early (budget, the file does not load...)
    verdicts: dict[str, int] = field(default_factory=dict)


def _differs(result: CaseResult) -> bool:
    return result.verdict is not Verdict.AC


def stress(problem: Problem, source: bytes, context: Context, options: StressOptions) -> StressResult:
    started = time.monotonic()
    result = StressResult(problem.id, options.seed)
    strategy = steered(load_brute(problem).strategy, options.steer)
    limit_ms = prepare(problem, context).limit.limit_ms
    budget = options.time_s
    with contextlib.ExitStack() as stack:
        stack.enter_context(recursion_limit(problem.limits.recursion_depth))
        sessions = [
            stack.enter_context(Session(problem, source, context, limit_ms, budget + 30))
            for _ in range(max(1, options.jobs))
        ]
        seen: dict[str, Judged] = {}
        try:
            with contextlib.closing(Drawer(strategy, options.seed, options.examples)) as drawer:
                first = _search(sessions, drawer, seen, result, started + SEARCH_SHARE * budget)
            result.search_seconds = time.monotonic() - started
            if first is not None:
                result.first_input = first.value
                end = started + budget - min(CLOSE_S, budget / 10)
                _shrink(
                    sessions[0], strategy, options.seed, options.examples, options, seen, result, first, end
                )
                _refine(sessions, strategy, options, seen, result, end)
        except SessionOver as over:
            result.stopped = str(over)
    result.seconds = time.monotonic() - started
    return result


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _search(
    sessions: list[Session], drawer: Drawer, seen: dict[str, Judged], result: StressResult, end: float
) -> Judged | None:
    """Each session takes the next batch the moment it is done with its last (no session
    waits for a slower one); the first difference in the order Hypothesis drew the
    inputs is kept (what the shrink replay meets first, too)."""
    search = _Search(drawer.batches(BATCH, end, FIRST_BATCH), seen, result)
    with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        workers = [pool.submit(search.work, session) for session in sessions]
        for worker in workers:
            worker.result()  # a worker's SessionOver, raised here once every worker ended
    if search.found is None and time.monotonic() > end:
        result.stopped = "the time budget ran out"
    return None if search.found is None else search.found[1]


class _Search:
    """What the search's workers share, under one lock: the drawn batches (a generator,
    taken one at a time), the inputs handed out and not yet judged, and the difference
    found first in draw order (batch index, then place in the batch)."""

    def __init__(self, batches: Iterator[list[Any]], seen: dict[str, Judged], result: StressResult) -> None:
        self.batches, self.seen, self.result = batches, seen, result
        self.lock = threading.Lock()
        self.taken = 0
        self.pending: set[str] = set()
        self.found: tuple[tuple[int, int], Judged] | None = None
        self.failed = False

    def work(self, session: Session) -> None:
        try:
            while (batch := self._take()) is not None:
                index, fresh = batch
                judged = session.judge(list(fresh.values()))
                self._record(index, fresh, judged)
        except BaseException:
            self.failed = True  # the other workers take no more batches
            raise

    def _take(self) -> tuple[int, dict[str, Any]] | None:
        """The next batch's inputs not judged or handed out yet, by key, and its index."""
        with self.lock:
            if self.found is not None or self.failed:
                return None
            for batch in self.batches:
                fresh = {_key(v): v for v in batch}
                fresh = {k: v for k, v in fresh.items() if k not in self.seen and k not in self.pending}
                if fresh:
                    self.pending.update(fresh)
                    self.taken += 1
                    return self.taken - 1, fresh
            return None

    def _record(self, index: int, fresh: dict[str, Any], judged: list[Judged]) -> None:
        keys = {id(value): key for key, value in fresh.items()}  # judged values are the ones sent
        with self.lock:
            self.pending.difference_update(fresh)
            for place, one in enumerate(judged):
                self.seen[keys.get(id(one.value)) or _key(one.value)] = one
                self.result.judged += 1
                verdict = one.result.verdict.value
                self.result.verdicts[verdict] = self.result.verdicts.get(verdict, 0) + 1
                if _differs(one.result):
                    if self.found is None or (index, place) < self.found[0]:
                        self.found = ((index, place), one)
                    return


def _shrink(
    session: Session,
    strategy: Any,
    seed: int,
    count: int,
    options: StressOptions,
    seen: dict[str, Judged],
    result: StressResult,
    first: Judged,
    end: float,
) -> None:
    smallest = [first]
    steps_end = result.shrink_steps + options.shrink_examples

    def check(value: Any) -> None:
        key = _key(value)
        judged = seen.get(key)
        if judged is None:
            if time.monotonic() > end or result.shrink_steps >= steps_end:
                raise Stop  # out of budget: the smallest so far is the answer
            results = session.judge([value])
            result.shrink_steps += 1
            if not results:
                return  # not a valid input
            judged = seen[key] = results[0]
        if _differs(judged.result):
            if _size(value) <= _size(smallest[0].value):
                smallest[0] = judged
            raise _Differs

    with contextlib.suppress(Stop):
        hypothesis_run(strategy, seed, count, check, shrink=True)
    result.found, result.found_input = smallest[0].result, smallest[0].value


def _refine(
    sessions: list[Session],
    strategy: Any,
    options: StressOptions,
    seen: dict[str, Judged],
    result: StressResult,
    end: float,
) -> None:
    """Rounds of search among strictly smaller inputs, each difference shrunk; each
    round's search may spend REFINE_S or half the time left, the shrink the rest."""
    seed = options.seed
    while result.found is not None and time.monotonic() < end:
        bound = _size(result.found_input)

        def smaller(value: Any, bound: tuple[int, str] = bound) -> bool:
            return _size(value) < bound

        seed += 1
        scratch = StressResult(result.problem_id, seed)  # not the search's counts
        with contextlib.closing(Drawer(strategy, seed, options.refine_examples, smaller)) as drawer:
            now = time.monotonic()
            first = _search(sessions, drawer, seen, scratch, now + min(REFINE_S, (end - now) / 2))
        if first is None:
            return
        result.refined += 1
        count = options.refine_examples
        _shrink(sessions[0], strategy.filter(smaller), seed, count, options, seen, result, first, end)


class _Differs(Exception):
    pass


def _size(value: Any) -> tuple[int, str]:
    text = _key(value)
    return len(text), text
