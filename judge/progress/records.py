"""What the store keeps besides attempts: the diagnostic quiz's scores, mock interview
sessions, and the study plan (tables of the same SQLite file, see store.py)."""

from __future__ import annotations

import json
from datetime import datetime

from .store import ProgressStore, _iso, _now


def record_quiz(store: ProgressStore, scores: dict[str, tuple[int, int]], at: datetime | None = None) -> None:
    run = _iso(at or _now())
    with store.connection() as db:
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT OR REPLACE INTO quiz VALUES (?, ?, ?, ?)",
            [(run, pattern, asked, right) for pattern, (asked, right) in scores.items()],
        )
        db.execute("COMMIT")


def latest_quiz(store: ProgressStore) -> dict[str, tuple[int, int]]:
    """The last diagnostic's pattern -> (asked, right); empty if none was taken."""
    with store.connection() as db:
        rows = db.execute(
            "SELECT pattern, asked, right FROM quiz WHERE run = (SELECT MAX(run) FROM quiz)"
        ).fetchall()
    return {pattern: (int(asked), int(right)) for pattern, asked, right in rows}


def save_session(store: ProgressStore, kind: str, at: datetime, report: str) -> None:
    with store.connection() as db:
        db.execute("INSERT INTO sessions (kind, at, report) VALUES (?, ?, ?)", (kind, _iso(at), report))


def sessions(store: ProgressStore, kind: str) -> list[tuple[datetime, str]]:
    with store.connection() as db:
        rows = db.execute("SELECT at, report FROM sessions WHERE kind = ? ORDER BY id", (kind,)).fetchall()
    return [(datetime.fromisoformat(at), report) for at, report in rows]


def save_plan(store: ProgressStore, start: datetime, weeks: list[list[str]]) -> None:
    with store.connection() as db:
        db.execute("INSERT OR REPLACE INTO plan VALUES (1, ?, ?)", (_iso(start), json.dumps(weeks)))


def plan(store: ProgressStore) -> tuple[datetime, list[list[str]]] | None:
    with store.connection() as db:
        row = db.execute("SELECT start, weeks FROM plan WHERE id = 1").fetchone()
    return None if row is None else (datetime.fromisoformat(row[0]), list(json.loads(row[1])))
