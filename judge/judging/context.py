"""What judging needs from outside, passed in by the caller (never a global)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from ..bank.model import Problem
from ..sandbox import Sandbox
from .expected import TestSet, load_test_set
from .policy import DEFAULT, Policy


class Context:
    """One command's judging context: how to open the sandbox (opened once, on first use:
    one engine connection, image check and sweep, shared by every run and thread of the
    command), the cache folder, and the time and size policy. The test sets of the
    `kept_tests` problems used last are kept in memory (all 120 of the bank's take about
    800 MiB); another is read again from the disk cache (about 30 ms)."""

    def __init__(
        self,
        open_sandbox: Callable[[], Sandbox],
        cache_dir: Path,
        policy: Policy = DEFAULT,
        kept_tests: int = 16,
    ) -> None:
        self.cache_dir = cache_dir
        self.policy = policy
        self.kept_tests = kept_tests
        self._open_sandbox = open_sandbox
        self._sandbox: Sandbox | None = None
        self._tests: OrderedDict[Path, TestSet] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def of(cls, sandbox: Sandbox, cache_dir: Path, policy: Policy = DEFAULT) -> Context:
        """A context over a sandbox that is open already."""
        return cls(lambda: sandbox, cache_dir, policy)

    @property
    def sandbox(self) -> Sandbox:
        with self._lock:
            if self._sandbox is None:
                self._sandbox = self._open_sandbox()
            return self._sandbox

    @property
    def opened_sandbox(self) -> Sandbox | None:
        """The sandbox if it was opened already (never opens it)."""
        with self._lock:
            return self._sandbox

    def tests(self, problem: Problem) -> TestSet:
        """The problem's tests with expected answers (cached on disk, and in this context
        for the problems used last)."""
        with self._lock:
            known = self._tests.get(problem.path)
            if known is not None:
                self._tests.move_to_end(problem.path)
                return known
        loaded = load_test_set(problem, self.cache_dir, self.policy.stack_bytes)
        with self._lock:
            kept = self._tests.setdefault(problem.path, loaded)
            self._tests.move_to_end(problem.path)
            while len(self._tests) > max(1, self.kept_tests):
                self._tests.popitem(last=False)
            return kept
