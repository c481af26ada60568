"""Per-test verdicts, in one priority order: the worst verdict summarises a run."""

from __future__ import annotations

from enum import Enum


class Verdict(Enum):
    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    OLE = "OLE"
    RE = "RE"
    CE = "CE"
    JE = "JE"
    SKIPPED = "SKIPPED"  # not run: an earlier test ran out of time (see judge run --all-tests)

    @property
    def title(self) -> str:
        return _TITLES[self]

    @property
    def rank(self) -> int:
        """Higher is worse; `max(verdicts, key=rank)` is a run's overall verdict."""
        return _ORDER.index(self)


_ORDER = [
    Verdict.SKIPPED,
    Verdict.AC,
    Verdict.WA,
    Verdict.OLE,
    Verdict.MLE,
    Verdict.TLE,
    Verdict.RE,
    Verdict.CE,
    Verdict.JE,
]
_TITLES = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.OLE: "Output Limit Exceeded",
    Verdict.RE: "Runtime Error",
    Verdict.CE: "Compile Error",
    Verdict.JE: "Judge Error",
    Verdict.SKIPPED: "Skipped",
}


def worst(verdicts: list[Verdict]) -> Verdict:
    return max(verdicts, key=lambda v: v.rank, default=Verdict.AC)
