"""Graded results kept by (solution digest, problem digest, runner image, time limit,
policy): re-grading a repository judges only what changed.

One SQLite file in the cache folder, in WAL mode, one committed row per result as soon
as it is known: a grade killed at any moment (even `kill -9`) keeps every result it had
finished, and the next run picks up from there. Judge errors are never kept.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import cache_fault
from ..judging.report import Report
from ..judging.verdict import Verdict
from .codec import from_data, to_data

FORMAT = "grade-cache-1"  # bump when a Report's fields change
FILE = "grades.sqlite"


def result_key(source: bytes, problem_digest: str, image: str, limit_ms: int, policy: Any) -> str:
    parts = [FORMAT, hashlib.sha256(source).hexdigest(), problem_digest, image, str(limit_ms), repr(policy)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class ResultCache:
    """Thread-safe enough for one process: every call opens its own short connection."""

    def __init__(self, cache_dir: Path) -> None:
        self.path = cache_dir / FILE
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, report TEXT NOT NULL)")
        except (OSError, sqlite3.Error) as error:
            raise _fault(self.path, error) from None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def get(self, key: str) -> Report | None:
        try:
            db = self._connect()
            try:
                row = db.execute("SELECT report FROM results WHERE key = ?", (key,)).fetchone()
            finally:
                db.close()
            return None if row is None else from_data(json.loads(row[0]))
        except (sqlite3.Error, ValueError, TypeError, KeyError):
            return None  # an unreadable row is judged again

    def put(self, key: str, report: Report) -> None:
        if any(r.verdict is Verdict.JE for r in report.results) or report.judge_error:
            return
        text = json.dumps(to_data(report))
        try:
            db = self._connect()
            try:
                db.execute("INSERT OR REPLACE INTO results (key, report) VALUES (?, ?)", (key, text))
            finally:
                db.close()
        except (OSError, sqlite3.Error) as error:
            raise _fault(self.path, error) from None


def _fault(path: Path, error: BaseException) -> Exception:
    if isinstance(error, OSError):
        return cache_fault(path, error)
    return cache_fault(path, OSError(0, str(error)))
