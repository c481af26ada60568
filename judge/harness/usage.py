"""What a test's calls allocate beyond their input, when asked (`judge complexity`'s
extra-space measure): tracemalloc is started just before the solution's first call,
after the input was built, and its peak read just after the last; so the input's own
size is not counted, while what the solution keeps, builds and returns is. Tracing
slows the calls several times over, so a traced run's times are never used."""

from __future__ import annotations

import tracemalloc


class Usage:
    def __init__(self, trace_memory: bool = False) -> None:
        self.trace_memory = trace_memory
        self.peak_bytes: int | None = None

    def start(self) -> None:
        if self.trace_memory and not tracemalloc.is_tracing():
            tracemalloc.start()

    def stop(self) -> None:
        if self.trace_memory and tracemalloc.is_tracing():
            self.peak_bytes = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()


UNTRACED = Usage()
