"""The stable machine format (`--json`); its schema name carries a version."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ..judging.report import CaseResult, Report

if TYPE_CHECKING:
    from ..judging.verify import VerifyResult

VERIFY_SCHEMA = "coding-judge/verify@1"


REPORT_SCHEMA = "coding-judge/report@1"


def report_json(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2)


def report_dict(report: Report) -> dict[str, Any]:
    """The versioned report. Fields are only ever added within a schema version."""
    slowest = report.slowest
    failure = report.first_failure
    return {
        "schema": REPORT_SCHEMA,
        "problem": report.problem_id,
        "title": report.title,
        "solution": report.solution,
        "verdict": report.headline.value,
        "first_failure": failure.id if failure else None,
        "counts": {verdict.value: count for verdict, count in report.counts.items()},
        "passed": report.passed,
        "total": len(report.results),
        "time_limit_ms": report.time_limit_ms,
        "reference_ms": _round(report.reference_ms),
        "total_ms": _round(report.total_ms),
        "reference_total_ms": _round(report.reference_total_ms),
        "slowest": {"test": slowest.id, "time_ms": _round(slowest.time_ms)} if slowest else None,
        "judge_error": report.judge_error,
        "load_error": asdict(report.load_error) if report.load_error else None,
        "tests": [_result_dict(r) for r in report.results],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _result_dict(result: CaseResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": result.id,
        "hidden": result.hidden,
        "description": result.description,
        "tags": list(result.tags),
        "size": result.size,
        "verdict": result.verdict.value,
        "time_ms": _round(result.time_ms),
        "message": result.message,
        "where": asdict(result.where) if result.where else None,
    }
    if result.detail is not None:
        out["input"] = result.detail.input
        out["expected"] = result.detail.expected
        out["got"] = result.detail.got
        out["stdout"] = result.detail.stdout
        out["stderr"] = result.detail.stderr
    return out


def verify_json(results: list[VerifyResult]) -> str:
    return json.dumps({"schema": VERIFY_SCHEMA, "problems": [_verify_dict(r) for r in results]}, indent=2)


def _verify_dict(result: VerifyResult) -> dict[str, Any]:
    limit = result.limit
    return {
        "problem": result.problem_id,
        "ok": result.ok,
        "tests": result.test_count,
        "seconds": round(result.seconds, 2),
        "time_limit_ms": limit.limit_ms if limit else None,
        "reference_slowest_ms": round(limit.slowest_ms, 3) if limit else None,
        "derivation": limit.explain() if limit else None,
        "issues": result.issues,
        "recorded": result.recorded is not None,
        "submissions": [
            {
                "path": c.path,
                "expected": c.expected,
                "verdict": c.report.verdict.value,
                "ok": c.ok,
                "reason": c.reason,
            }
            for c in result.checks
        ]
        + [{**entry, "ok": True} for entry in result.recorded or []],
    }
