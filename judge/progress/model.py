"""Progress as frozen data: one recorded attempt, and the drilling rules (data from
patterns/patterns.yaml, never code)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Attempt:
    problem: str  # as `judge list` names it: two-pointers/003
    pattern: str
    at: datetime  # when it was judged (UTC)
    verdict: str  # AC, WA, ... (the run's headline)
    passed: int
    total: int
    failed_tags: tuple[str, ...] = ()  # the edge-case tags of the failed hidden tests
    source_digest: str = ""
    seconds_open: float | None = None  # since the problem was first opened (show/new/drill)
    hints: int = 0  # hints revealed before this attempt
    origin: str = "run"  # run, grade

    @property
    def accepted(self) -> bool:
        return self.verdict == "AC"


@dataclass(frozen=True)
class ProblemStats:
    """What the summary needs of one problem's attempts (the store computes it in SQL;
    `stats_of` in Python, over a list)."""

    attempts: int
    solved: bool
    last_at: datetime
    first_ac_seconds: float | None  # seconds_open of the first accepted attempt
    missed: dict[str, int]  # edge-case tag -> attempts that failed a hidden test of it


def stats_of(attempts: list[Attempt]) -> dict[str, ProblemStats]:
    by_problem: dict[str, list[Attempt]] = {}
    for attempt in sorted(attempts, key=lambda a: a.at):
        by_problem.setdefault(attempt.problem, []).append(attempt)
    stats = {}
    for problem, mine in by_problem.items():
        first_ac = next((a for a in mine if a.accepted), None)
        missed: dict[str, int] = {}
        for attempt in mine:
            for tag in set(attempt.failed_tags):
                missed[tag] = missed.get(tag, 0) + 1
        stats[problem] = ProblemStats(
            len(mine), first_ac is not None, mine[-1].at, first_ac.seconds_open if first_ac else None, missed
        )
    return stats


@dataclass(frozen=True)
class Rules:
    """Mastery of a pattern: `solved` problems of it accepted, `hard` of them hard, and no
    review of it overdue. Interview targets in minutes, by difficulty."""

    solved: int = 6
    hard: int = 1
    target_minutes: dict[str, int] = field(default_factory=lambda: {"easy": 15, "medium": 25, "hard": 40})
