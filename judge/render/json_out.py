"""The stable machine format (`--json`); its schema name carries a version."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..judging.report import Report

if TYPE_CHECKING:
    from ..judging.verify import VerifyResult

VERIFY_SCHEMA = "coding-judge/verify@1"


def report_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2)


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
        "submissions": [
            {
                "path": c.path,
                "expected": c.expected,
                "verdict": c.report.verdict.value,
                "ok": c.ok,
                "reason": c.reason,
            }
            for c in result.checks
        ],
    }
