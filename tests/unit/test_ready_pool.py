"""The pool of containers started ahead of their runs (`judge.sandbox.ready_pool`), with
stand-ins for starting and removing a container: what is taken, what is started again,
and that nothing started is left behind once the pool is closed."""

from __future__ import annotations

import threading
from typing import Any

from judge.sandbox.attach import Started
from judge.sandbox.ready_pool import ReadyPool

SHAPE = (256, 1 << 26)


class _Engine:
    """Starts numbered stand-in containers (each start may be held at a gate) and
    records which ones were removed."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.gate = threading.Event()
        self.gate.set()
        self.lock = threading.Lock()
        self.started: list[int] = []
        self.removed: list[int] = []

    def start(self, memory_mb: int, stack_bytes: int) -> Started:
        self.gate.wait(10)
        if self.fail:
            raise OSError("the engine refused")
        with self.lock:
            number = len(self.started)
            self.started.append(number)
        return Started(number, None, memory_mb, stack_bytes)

    def discard(self, started: Started) -> None:
        with self.lock:
            self.removed.append(started.container)


def _settle(pool: ReadyPool) -> None:
    for thread in list(pool._threads):
        thread.join(10)


def test_an_empty_pool_starts_what_it_is_short_of_and_then_hands_them_out() -> None:
    engine = _Engine()
    pool = ReadyPool(engine.start, engine.discard, 2)
    assert pool.take(SHAPE) is None  # nothing ready yet: the run starts its own
    _settle(pool)
    assert engine.started == [0, 1]
    first = pool.take(SHAPE)
    assert first is not None and first.container == 0
    _settle(pool)
    assert engine.started == [0, 1, 2]  # the one taken is replaced, no more
    assert [pool.take(SHAPE).container for _ in range(2)] == [1, 2]  # type: ignore[union-attr]
    pool.close()
    assert sorted(engine.removed) == [3, 4]  # the two started after the last takes


def test_shapes_are_kept_apart() -> None:
    engine = _Engine()
    pool = ReadyPool(engine.start, engine.discard, 1)
    pool.fill(SHAPE)
    _settle(pool)
    assert pool.take((512, 1 << 26)) is None
    _settle(pool)
    taken = pool.take((512, 1 << 26))
    assert taken is not None and taken.memory_mb == 512
    pool.close()


def test_close_waits_for_starts_under_way_and_removes_every_container_not_taken() -> None:
    engine = _Engine()
    pool = ReadyPool(engine.start, engine.discard, 2)
    pool.fill(SHAPE)
    _settle(pool)
    engine.gate.clear()  # the next starts hang until the gate opens
    taken = pool.take(SHAPE)
    closing = threading.Thread(target=pool.close)
    closing.start()
    closing.join(0.2)
    assert closing.is_alive()  # waiting for the start under way
    engine.gate.set()
    closing.join(10)
    assert not closing.is_alive()
    assert taken is not None
    assert sorted(engine.removed) == sorted(set(engine.started) - {taken.container})
    assert pool.take(SHAPE) is None
    _settle(pool)
    assert len(engine.started) == 3  # a closed pool starts nothing more


def test_a_failing_start_leaves_the_pool_empty_and_raises_nothing() -> None:
    engine = _Engine(fail=True)
    pool = ReadyPool(engine.start, engine.discard, 2)
    assert pool.take(SHAPE) is None
    _settle(pool)
    assert pool.take(SHAPE) is None
    _settle(pool)
    pool.close()
    assert engine.removed == []


def test_a_start_that_ends_after_close_is_removed_not_kept() -> None:
    engine = _Engine()
    pool = ReadyPool(engine.start, engine.discard, 1)
    engine.gate.clear()
    pool.fill(SHAPE)
    threads: list[Any] = list(pool._threads)
    pool._closed = True  # closed while the start is under way (close() would wait for it)
    engine.gate.set()
    for thread in threads:
        thread.join(10)
    assert engine.removed == [0]


def test_a_process_that_exits_without_close_removes_what_was_started_ahead() -> None:
    import subprocess
    import sys

    script = (
        "from judge.sandbox.attach import Started\n"
        "from judge.sandbox.ready_pool import ReadyPool\n"
        "start = lambda m, s: Started('c', None, m, s)\n"
        "pool = ReadyPool(start, lambda s: print('removed', s.container), 1)\n"
        "pool.fill((256, 1))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["removed", "c"]


def test_a_closed_pool_is_not_held_by_its_exit_hook() -> None:
    import gc
    import weakref

    engine = _Engine()
    pool = ReadyPool(engine.start, engine.discard, 1)
    held = weakref.ref(pool)
    pool.close()
    del pool
    gc.collect()
    assert held() is None
