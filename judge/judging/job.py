"""A run to judge: the problem, its tests, and one time-limit value."""

from __future__ import annotations

from dataclasses import dataclass

from ..bank.model import Problem
from .expected import TestSet


@dataclass(frozen=True)
class TimeLimit:
    """A test's time limit and where it came from. `derived`: Kattis-style, from timing
    the reference on this machine (`judge.judging.limits`): limit = max(floor, multiplier
    x the reference's slowest test). Otherwise a fixed limit the reference itself runs
    under, with no reference figures."""

    limit_ms: int
    slowest_ms: float = 0.0
    slowest_test: str = ""
    multiplier: float = 0.0
    floor_ms: int = 0
    total_ms: float = 0.0  # the reference's time summed over all tests
    derived: bool = True

    @classmethod
    def fixed(cls, limit_ms: int) -> TimeLimit:
        return cls(limit_ms, derived=False)

    @property
    def reference_ms(self) -> float | None:
        return self.slowest_ms if self.derived else None

    @property
    def reference_total_ms(self) -> float | None:
        return self.total_ms if self.derived else None

    def explain(self) -> str:
        if not self.derived:
            return f"time limit {self.limit_ms} ms (fixed)"
        return (
            f"time limit {self.limit_ms} ms = max(floor {self.floor_ms} ms, "
            f"{self.multiplier:g} x slowest reference test {self.slowest_ms:.1f} ms [{self.slowest_test}])"
        )


@dataclass(frozen=True)
class Job:
    problem: Problem
    tests: TestSet
    limit: TimeLimit
