"""Hypothesis for `judge stress`: drawing inputs ahead of the judging on a thread of
its own (Drawer), and one seeded run of a test body, with or without shrinking
(hypothesis_run). The same seed draws the same inputs in the same order."""

from __future__ import annotations

import contextlib
import queue
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

QUEUE = 800  # inputs drawn ahead of the judging


@contextlib.contextmanager
def recursion_limit(depth: int) -> Iterator[None]:
    """The reference's recursion limit for the whole run: computing an expected answer
    (expected.run_reference) then leaves it as it is, instead of changing it under the
    Hypothesis run of the drawing thread, which warns about that."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, depth))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


class Stop(BaseException):
    """Ends a Hypothesis run at once (not an Exception: no shrinking)."""


class Drawer:
    """Hypothesis draws on a thread of its own, ahead of the judging, into a bounded
    queue: the search starts judging at once instead of after every draw."""

    END = object()

    def __init__(
        self, strategy: Any, seed: int, count: int, keep: Callable[[Any], bool] | None = None
    ) -> None:
        """keep: draw only values it accepts (strategy.filter(keep)); a filter that
        rejects most draws keeps Hypothesis busy between examples, so this one also ends
        the run once the drawer is closed."""
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=QUEUE)
        self.stop = threading.Event()
        if keep is not None:
            strategy = strategy.filter(self._while_open(keep))
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
            raise Stop

        try:
            hypothesis_run(strategy, seed, count, body, shrink=False)
        except Stop:
            pass
        finally:
            self._put_end()

    def _while_open(self, keep: Callable[[Any], bool]) -> Callable[[Any], bool]:
        def kept(value: Any) -> bool:
            if self.stop.is_set():
                raise Stop
            return keep(value)

        return kept

    def _put_end(self) -> None:
        while True:
            try:
                self.queue.put(self.END, timeout=0.1)
                return
            except queue.Full:
                if self.stop.is_set():
                    return

    def batches(self, size: int, end: float, first: int | None = None) -> Iterator[list[Any]]:
        """Batches of at most size values as they are drawn; none after the monotonic
        time end, even while Hypothesis is still looking for a value to draw. With first,
        the first batch holds at most that many and each next one twice as many, up to
        size: a file that runs every input to its deadline shows it after one input, not
        after a batch of hundreds that outlasts the session."""
        batch: list[Any] = []
        cap = size if first is None else max(1, min(first, size))
        while time.monotonic() < end:
            try:
                value = self.queue.get(timeout=0.05)
            except queue.Empty:
                continue  # (a batch is yielded whenever the queue runs dry, so none is held here)
            if value is self.END:
                break
            batch.append(value)
            if len(batch) >= cap or (self.queue.empty() and batch):
                yield batch
                batch = []
                cap = min(size, cap * 2)
        if batch:
            yield batch

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=30)


def hypothesis_run(strategy: Any, seed: int, count: int, body: Callable[[Any], None], shrink: bool) -> None:
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
