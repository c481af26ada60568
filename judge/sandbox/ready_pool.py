"""Containers started ahead of their runs, for a command that judges many files in a row.

Creating, attaching and starting a container, and the harness's own start-up inside it,
take a tenth of a second or more per run. A command that judges file after file
(`judge grade`) keeps `size` containers of each shape (memory, stack) started and
waiting for their job, so a run takes one that is ready and the next one starts in the
background while it runs. Every container still runs exactly one job: a ready container
is one that has not been given a job yet, the same state `prestart` leaves it in.

No `docker` import here: `start` and `discard` are the sandbox's own functions, so the
pool's bookkeeping is unit-tested with stand-ins.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable

from .attach import Started

Shape = tuple[int, int]  # (memory_mb, stack_bytes)


class ReadyPool:
    def __init__(
        self, start: Callable[[int, int], Started], discard: Callable[[Started], None], size: int
    ) -> None:
        self._start, self._discard, self.size = start, discard, size
        self._lock = threading.Lock()
        self._ready: dict[Shape, list[Started]] = {}
        self._starting: dict[Shape, int] = {}
        self._threads: list[threading.Thread] = []
        self._closed = False
        atexit.register(self.close)  # a caller that exits without close() leaves none running

    def take(self, shape: Shape) -> Started | None:
        """A ready container of this shape, if one is; either way, start what the pool
        is short of in the background."""
        with self._lock:
            ready = self._ready.get(shape)
            taken = ready.pop(0) if ready else None
        self.fill(shape)
        return taken

    def fill(self, shape: Shape) -> None:
        with self._lock:
            if self._closed:
                return
            short = self.size - len(self._ready.get(shape, ())) - self._starting.get(shape, 0)
            self._starting[shape] = self._starting.get(shape, 0) + max(short, 0)
            threads = [
                threading.Thread(target=self._start_one, args=(shape,), name="ready") for _ in range(short)
            ]
            self._threads = [t for t in self._threads if t.is_alive()] + threads
        for thread in threads:
            thread.start()

    def close(self) -> None:
        """Start no more; wait for the starts under way; remove every container not taken.
        The exit hook goes too: it would hold the pool, and through `start` its sandbox and
        engine client, for as long as the process lives (a cluster worker grades many)."""
        atexit.unregister(self.close)
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        for thread in threads:
            thread.join()
        with self._lock:
            left = [started for ready in self._ready.values() for started in ready]
            self._ready.clear()
        for started in left:
            self._discard(started)

    def _start_one(self, shape: Shape) -> None:
        started = None
        try:
            started = self._start(*shape)
        except Exception:
            pass  # the run that needs one starts its own, and reports why it cannot
        with self._lock:
            self._starting[shape] -= 1
            if started is not None and not self._closed:
                self._ready.setdefault(shape, []).append(started)
                started = None
        if started is not None:
            self._discard(started)
