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
import queue
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
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
from .steer import steered

BATCH = 200
SEARCH_SHARE = 0.6  # of the time budget: the rest is kept for shrinking what the search finds


@dataclass(frozen=True)
class StressOptions:
    examples: int = 2000  # random inputs in the search
    seed: int = 0
    time_s: float = 60.0  # the whole run, shrinking included
    shrink_examples: int = 500  # judged inputs the shrinker may spend
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
        stack.enter_context(_recursion_limit(problem.limits.recursion_depth))
        sessions = [
            stack.enter_context(Session(problem, source, context, limit_ms, budget + 30))
            for _ in range(max(1, options.jobs))
        ]
        seen: dict[str, Judged] = {}
        try:
            drawer = stack.enter_context(
                contextlib.closing(_Drawer(strategy, options.seed, options.examples))
            )
            first = _search(sessions, drawer, seen, result, started + SEARCH_SHARE * budget)
            drawer.close()
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


@contextlib.contextmanager
def _recursion_limit(depth: int) -> Iterator[None]:
    """The reference's recursion limit for the whole run: computing an expected answer
    (expected.run_reference) then leaves it as it is, instead of changing it under the
    Hypothesis run of the drawing thread, which warns about that."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, depth))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


class _Stop(BaseException):
    """Ends the drawing thread's Hypothesis run at once (not an Exception: no shrinking)."""


class _Drawer:
    """Hypothesis draws on a thread of its own, ahead of the judging, into a bounded
    queue: the search starts judging at once instead of after every draw."""

    END = object()

    def __init__(self, strategy: Any, seed: int, count: int) -> None:
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=BATCH * 4)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(strategy, seed, count), daemon=True)
        self.thread.start()

    def _run(self, strategy: Any, seed: int, count: int) -> None:
        def body(value: Any) -> None:
            while not self.stop.is_set():
                try:
                    self.queue.put(value, timeout=0.1)
                    return
                except queue.Full:
                    continue
            raise _Stop

        try:
            _hypothesis_run(strategy, seed, count, body, shrink=False)
        except _Stop:
            pass
        finally:
            self._put_end()

    def _put_end(self) -> None:
        while True:
            try:
                self.queue.put(self.END, timeout=0.1)
                return
            except queue.Full:
                if self.stop.is_set():
                    return

    def batches(self, size: int) -> Iterator[list[Any]]:
        batch: list[Any] = []
        while (value := self.queue.get()) is not self.END:
            batch.append(value)
            if len(batch) == size or (self.queue.empty() and batch):
                yield batch
                batch = []
        if batch:
            yield batch

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=30)


def _search(
    sessions: list[Session], drawer: _Drawer, seen: dict[str, Judged], result: StressResult, end: float
) -> Judged | None:
    """Batches in rounds, one batch per session side by side; the first difference in
    the order Hypothesis drew them (what the shrink replay meets first, too)."""
    batches = drawer.batches(BATCH)
    with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        while True:
            if time.monotonic() > end:
                result.stopped = "the time budget ran out"
                return None
            batch_round = []
            for batch in batches:
                fresh = list({_key(v): v for v in batch if _key(v) not in seen}.values())
                if fresh:
                    batch_round.append(fresh)
                if len(batch_round) == len(sessions):
                    break
            if not batch_round:
                return None
            judged_round: list[list[Judged]] = list(pool.map(Session.judge, sessions, batch_round))
            for judged in (j for batch in judged_round for j in batch):
                seen[_key(judged.value)] = judged
                result.judged += 1
                verdict = judged.result.verdict.value
                result.verdicts[verdict] = result.verdicts.get(verdict, 0) + 1
                if _differs(judged.result):
                    return judged


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

    from hypothesis.errors import HypothesisWarning

    with warnings.catch_warnings():
        # the limit is process-wide: computing an expected answer on the other thread
        # (expected.run_reference) changes it while this run is under way, harmlessly
        warnings.filterwarnings("ignore", "The recursion limit will not be reset", HypothesisWarning)
        try:
            probe()
        except Exception:  # _Differs, or Hypothesis's own (Flaky): what was found is kept
            pass
