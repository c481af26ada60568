"""Work on several threads that an interrupt stops at once.

A command that judges on a thread pool (`judge verify --all`, `judge mutants`) would,
on Ctrl-C or SIGTERM, leave the pool's `with` block only after every run under way had
finished: minutes under load. `cancellable_map` stops the sandbox's runs instead
(`Sandbox.cancel`: their containers are killed, new runs are refused), drops the work
not yet started, and lets the interrupt through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from .context import Context

T = TypeVar("T")
R = TypeVar("R")


def cancellable_map(context: Context, jobs: int, work: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """work(item) for each item on `jobs` threads; results in the order of items, each as
    soon as it and those before it are done."""
    pool = ThreadPoolExecutor(max_workers=max(1, jobs))
    try:
        yield from pool.map(work, items)
    except BaseException:  # KeyboardInterrupt (SIGINT, SIGTERM) or a failure of the work
        context.sandbox.cancel()
        pool.shutdown(wait=True, cancel_futures=True)  # the runs under way return at once now
        raise
    pool.shutdown(wait=True)
