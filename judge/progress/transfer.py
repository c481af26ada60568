"""`judge progress --export FILE` and `--import FILE`: every attempt, opening and hint as
versioned JSON (`coding-judge/progress@1`), merged on import (nothing twice)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..errors import JudgeError
from .model import Attempt
from .store import ProgressStore

EXPORT_FORMAT = "coding-judge/progress@1"


def export(store: ProgressStore) -> dict[str, Any]:
    opened, hints = store.openings_and_hints()
    attempts = [to_json(a) for a in store.attempts()]
    return {"format": EXPORT_FORMAT, "attempts": attempts, "opened": opened, "hints": hints}


def import_into(store: ProgressStore, document: Any) -> int:
    """Add an export's attempts (those not here already); how many were added."""
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise JudgeError(f"not a progress export (its format is not {EXPORT_FORMAT})")
    try:
        incoming = [from_json(item) for item in document.get("attempts", [])]
        opened = {str(k): datetime.fromisoformat(str(v)) for k, v in document.get("opened", {}).items()}
        hints = {str(k): int(v) for k, v in document.get("hints", {}).items()}
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise JudgeError(f"a progress export with a bad entry ({error})") from None
    return store.add_all(incoming, opened, hints)


def to_json(a: Attempt) -> dict[str, Any]:
    return {
        "problem": a.problem, "pattern": a.pattern, "at": a.at.isoformat(), "verdict": a.verdict,
        "passed": a.passed, "total": a.total, "failed_tags": list(a.failed_tags),
        "source_digest": a.source_digest, "seconds_open": a.seconds_open, "hints": a.hints,
        "origin": a.origin,
    }  # fmt: skip


def from_json(item: dict[str, Any]) -> Attempt:
    return Attempt(
        str(item["problem"]), str(item["pattern"]), datetime.fromisoformat(str(item["at"])),
        str(item["verdict"]), int(item["passed"]), int(item["total"]),
        tuple(str(t) for t in item.get("failed_tags", [])), str(item.get("source_digest", "")),
        None if item.get("seconds_open") is None else float(item["seconds_open"]),
        int(item.get("hints", 0)), str(item.get("origin", "run")),
    )  # fmt: skip
