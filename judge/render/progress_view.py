"""`judge progress` and `judge next`: the per-pattern table and its JSON, no colour codes
in JSON (rendering only; the numbers come from judge.progress)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..progress.recommend import PatternProgress, Recommendation

PROGRESS_SCHEMA = "coding-judge/progress-summary@1"
BAR = 10


def _plain(text: str, **_: Any) -> str:
    return text


def progress_text(
    rows: list[PatternProgress],
    recommendation: Recommendation,
    style: Callable[..., str] = _plain,
    quiz: dict[str, tuple[int, int]] | None = None,
) -> str:
    """The table; with a diagnostic taken, a `quiz` column (right/asked per pattern)."""
    quiz = quiz or {}
    if not rows:
        return "no problems found"
    head = f"  {'pattern':<18} {'solved':>7}  {'mastery':<{BAR}}  {'attempts':>8}  {'median AC':>9}"
    lines = [head + "  due  " + ("quiz  " if quiz else "") + "last"]
    for row in rows:
        filled = round(BAR * min(row.solved, row.total) / row.total) if row.total else 0
        bar = "#" * filled + "." * (BAR - filled)
        median = f"{row.median_minutes_to_ac:.0f} min" if row.median_minutes_to_ac is not None else "-"
        last = f"{row.last_practised:%Y-%m-%d}" if row.last_practised else "-"
        mark = style(" mastered", fg="green") if row.mastered else ""
        lines.append(
            f"  {row.pattern:<18} {f'{row.solved}/{row.total}':>7}  {bar}  {row.attempts:>8}  {median:>9}  "
            f"{row.due:>3}  {_quiz(quiz, row.pattern) if quiz else ''}{last}{mark}"
        )
    weak = [f"{row.pattern}: {tag} missed in {n} of {of} attempts" for row in rows for tag, n, of in row.weak]
    if weak:
        lines += ["", style("Weak spots", bold=True), *(f"  {w}" for w in weak)]
    lines += ["", next_text(recommendation)]
    return "\n".join(lines)


def _quiz(quiz: dict[str, tuple[int, int]], pattern: str) -> str:
    asked, right = quiz.get(pattern, (0, 0))
    return f"{f'{right}/{asked}' if asked else '-':>4}  "


def next_text(recommendation: Recommendation) -> str:
    if recommendation.problem is None:
        return f"Next: {recommendation.reason}"
    return f"Next: {recommendation.problem} ({recommendation.reason})\n  judge show {recommendation.problem}"


def progress_json(
    rows: list[PatternProgress],
    recommendation: Recommendation,
    now: datetime,
    quiz: dict[str, tuple[int, int]] | None = None,
) -> str:
    quiz = quiz or {}
    document = {
        "schema": PROGRESS_SCHEMA,
        "at": now.isoformat(timespec="seconds"),
        "patterns": [
            {
                "pattern": r.pattern,
                "solved": r.solved,
                "total": r.total,
                "hard_solved": r.hard_solved,
                "attempts": r.attempts,
                "median_minutes_to_ac": r.median_minutes_to_ac,
                "last_practised": _iso(r.last_practised),
                "reviews_due": r.due,
                "mastered": r.mastered,
                "weak_spots": [{"tag": t, "missed": n, "attempts": a} for t, n, a in r.weak],
                "quiz": _quiz_json(quiz, r.pattern),
            }
            for r in rows
        ],
        "next": {"problem": recommendation.problem, "reason": recommendation.reason},
    }
    return json.dumps(document, indent=2) + "\n"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _quiz_json(quiz: dict[str, tuple[int, int]], pattern: str) -> dict[str, int] | None:
    if pattern not in quiz:
        return None
    asked, right = quiz[pattern]
    return {"asked": asked, "right": right}
