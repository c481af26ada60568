"""What judging returns: per-test results and a summary, as data (renderers print it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .verdict import Verdict, worst


@dataclass(frozen=True)
class SampleDetail:
    """Shown only for sample tests: the input, the expected answer, what the solution gave
    and what it printed."""

    input: Any
    expected: Any
    got: Any = None
    stdout: str = ""
    stderr: str = ""


@dataclass(frozen=True)
class Frame:
    line: int
    function: str
    code: str  # that line of the candidate's file, stripped


@dataclass(frozen=True)
class Where:
    """Where the candidate's code was: at an exception, or when its time ran out."""

    frames: tuple[Frame, ...]  # outermost first, the innermost last (the last few only)
    depth: int  # the candidate's frames on the stack: its recursion depth
    in_builtin: bool = False  # stopped inside one long builtin call


@dataclass(frozen=True)
class LoadError:
    """The file failed before any test: it does not compile ("compile"), fails while
    loading ("load"), or has no entry point to call ("entry"). Every test then has CE."""

    kind: str
    message: str
    line: int | None = None
    column: int | None = None
    code: str = ""


@dataclass(frozen=True)
class CaseResult:
    id: str
    name: str
    hidden: bool
    description: str
    verdict: Verdict
    time_ms: float | None = None
    message: str = ""
    detail: SampleDetail | None = None
    tags: tuple[str, ...] = ()
    size: int | None = None  # n, the size of the test's input
    where: Where | None = None  # for RE and TLE: where the candidate's code was
    peak_bytes: int | None = None  # traced runs only: what the calls allocated beyond the input


@dataclass(frozen=True)
class Report:
    problem_id: str
    title: str
    solution: str
    time_limit_ms: int
    results: tuple[CaseResult, ...]
    reference_ms: float | None = None
    reference_total_ms: float | None = None
    judge_error: str | None = None
    load_error: LoadError | None = None

    @property
    def verdict(self) -> Verdict:
        return worst([r.verdict for r in self.results]) if self.results else Verdict.JE

    @property
    def passed(self) -> int:
        return sum(1 for r in self.results if r.verdict is Verdict.AC)

    @property
    def slowest(self) -> CaseResult | None:
        timed = [r for r in self.results if r.time_ms is not None]
        return max(timed, key=lambda r: r.time_ms or 0.0, default=None)

    @property
    def total_ms(self) -> float:
        return sum(r.time_ms or 0.0 for r in self.results)

    def first(self, verdict: Verdict) -> CaseResult | None:
        return next((r for r in self.results if r.verdict is verdict), None)

    @property
    def first_failure(self) -> CaseResult | None:
        """The first test, in order (samples first), that was not accepted nor skipped."""
        return next((r for r in self.results if r.verdict not in (Verdict.AC, Verdict.SKIPPED)), None)

    @property
    def headline(self) -> Verdict:
        """The verdict a run is summed up by: a judge error, else the first failure's, else AC."""
        if any(r.verdict is Verdict.JE for r in self.results) or not self.results:
            return Verdict.JE
        failure = self.first_failure
        return failure.verdict if failure else Verdict.AC

    @property
    def counts(self) -> dict[Verdict, int]:
        out: dict[Verdict, int] = {}
        for result in self.results:
            out[result.verdict] = out.get(result.verdict, 0) + 1
        return out
