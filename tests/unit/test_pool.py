"""cancellable_map (judge.judging.pool): an interrupt or a failure stops the sandbox's
runs under way at once instead of waiting for them (verify --all, mutants)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from judge.judging.pool import cancellable_map


class _Context:
    """Only what cancellable_map touches: sandbox.cancel()."""

    def __init__(self) -> None:
        self.cancelled = threading.Event()
        self.sandbox = self

    def cancel(self) -> None:
        self.cancelled.set()


def test_results_come_in_order() -> None:
    context: Any = _Context()
    assert list(cancellable_map(context, 2, lambda n: n * n, range(6))) == [0, 1, 4, 9, 16, 25]
    assert not context.cancelled.is_set()


def test_a_failure_cancels_the_runs_under_way_and_drops_the_rest() -> None:
    context: Any = _Context()
    started: list[int] = []

    def work(n: int) -> int:
        started.append(n)
        if n == 0:
            raise KeyboardInterrupt  # as SIGINT/SIGTERM reaches a command
        assert context.cancelled.wait(timeout=60), "a run under way was never cancelled"
        return n

    outcome: list[BaseException] = []

    def consume() -> None:
        try:
            list(cancellable_map(context, 2, work, range(50)))
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=consume)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the map waited for its runs instead of cancelling them"
    assert isinstance(outcome[0], KeyboardInterrupt)
    assert context.cancelled.is_set()
    assert len(started) < 50  # the work not yet started was dropped


@pytest.mark.parametrize("jobs", [0, 1])
def test_one_thread_at_least(jobs: int) -> None:
    assert list(cancellable_map(_Context(), jobs, str, [1, 2])) == ["1", "2"]  # type: ignore[arg-type]
