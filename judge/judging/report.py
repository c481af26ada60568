"""What judging returns: per-test results and a summary, as data (renderers print it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .verdict import Verdict, worst

REPORT_SCHEMA = "coding-judge/report@1"


@dataclass(frozen=True)
class SampleDetail:
    """Shown only for sample tests: the input, the expected answer, what the solution gave."""

    input: Any
    expected: Any
    got: Any = None
    stdout: str = ""


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

    def to_dict(self) -> dict[str, Any]:
        slowest = self.slowest
        return {
            "schema": REPORT_SCHEMA,
            "problem": self.problem_id,
            "title": self.title,
            "solution": self.solution,
            "verdict": self.verdict.value,
            "passed": self.passed,
            "total": len(self.results),
            "time_limit_ms": self.time_limit_ms,
            "reference_ms": _round(self.reference_ms),
            "total_ms": _round(self.total_ms),
            "reference_total_ms": _round(self.reference_total_ms),
            "slowest": {"test": slowest.id, "time_ms": _round(slowest.time_ms)} if slowest else None,
            "judge_error": self.judge_error,
            "tests": [_result_dict(r) for r in self.results],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _result_dict(result: CaseResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": result.id,
        "hidden": result.hidden,
        "description": result.description,
        "tags": list(result.tags),
        "verdict": result.verdict.value,
        "time_ms": _round(result.time_ms),
        "message": result.message,
    }
    if result.detail is not None:
        out["input"] = result.detail.input
        out["expected"] = result.detail.expected
        out["got"] = result.detail.got
        out["stdout"] = result.detail.stdout
    return out
