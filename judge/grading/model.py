"""What grading works on and returns, as frozen data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..judging.report import Report
from ..judging.verdict import Verdict


@dataclass(frozen=True)
class Task:
    """One problem of the assignment and the file that solves it (None: missing)."""

    problem_id: str
    file: Path | None  # relative to the repository
    points: float = 1.0
    found_by: str = ""  # "path", "comment" or "judge.yaml"


@dataclass(frozen=True)
class Ignored:
    file: Path  # relative to the repository
    reason: str


@dataclass(frozen=True)
class Assignment:
    repo: Path
    tasks: tuple[Task, ...]
    ignored: tuple[Ignored, ...] = ()

    @property
    def max_points(self) -> float:
        return sum(t.points for t in self.tasks)


class Status(Enum):
    """How one problem of the assignment came out."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"  # judged, some test not accepted
    MISSING = "missing"  # no file for it
    ERROR = "error"  # the judge failed on it (JE), or grading stopped before it


@dataclass(frozen=True)
class Outcome:
    task: Task
    title: str
    pattern: str
    status: Status
    report: Report | None = None
    cached: bool = False
    note: str = ""  # why, for ERROR and MISSING

    @property
    def earned(self) -> float:
        return self.task.points if self.status is Status.ACCEPTED else 0.0

    @property
    def verdict(self) -> Verdict | None:
        return None if self.report is None else self.report.headline

    @property
    def ratio(self) -> float | None:
        """An accepted solution's slowest test over the reference's slowest (None when
        unknown, or not accepted: a time-out's or a wrong answer's speed means little)."""
        report = self.report
        if report is None or report.headline is not Verdict.AC:
            return None
        if report.slowest is None or not report.reference_ms:
            return None
        return (report.slowest.time_ms or 0.0) / report.reference_ms


@dataclass(frozen=True)
class Grade:
    """A whole repository graded; interrupted: grading stopped part-way (the outcomes
    not finished are ERROR with a note)."""

    repo: Path
    outcomes: tuple[Outcome, ...]
    ignored: tuple[Ignored, ...] = ()
    interrupted: bool = False
    fault: str | None = None  # the sandbox was unavailable: nothing could be judged
    seconds: float = 0.0
    judged: int = 0  # solutions judged in the sandbox this time (the rest came from the cache)

    @property
    def score(self) -> float:
        return sum(o.earned for o in self.outcomes)

    @property
    def max_score(self) -> float:
        return sum(o.task.points for o in self.outcomes)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 100.0

    @property
    def all_accepted(self) -> bool:
        return all(o.status is Status.ACCEPTED for o in self.outcomes)

    @property
    def has_error(self) -> bool:
        return self.fault is not None or any(o.status is Status.ERROR for o in self.outcomes)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)
