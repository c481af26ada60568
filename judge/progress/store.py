"""The progress store: one SQLite file in the user's data folder (platformdirs;
$JUDGE_DATA_DIR moves it). WAL and one transaction per write, so a `kill -9` at any moment
or two runs finishing at once never lose or corrupt a committed attempt. A damaged file,
or one written by a newer judge, is one clear error and is never overwritten.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import JudgeError
from .model import Attempt, ProblemStats

FILE = "progress.sqlite"
_INSERT = (
    "INSERT INTO attempts (problem, pattern, at, verdict, passed, total, failed_tags, source_digest,"
    " seconds_open, hints, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SCHEMA = 1
_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY, problem TEXT NOT NULL,"
    " pattern TEXT NOT NULL, at TEXT NOT NULL, verdict TEXT NOT NULL, passed INTEGER NOT NULL,"
    " total INTEGER NOT NULL,"
    " failed_tags TEXT NOT NULL, source_digest TEXT NOT NULL, seconds_open REAL, hints INTEGER NOT NULL,"
    " origin TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS attempts_by_problem ON attempts (problem, at)",
    # covering indexes for the per-problem summaries of `progress`, `list` and `next`
    "CREATE INDEX IF NOT EXISTS attempts_summary"
    " ON attempts (problem, verdict, at, failed_tags, seconds_open)",
    "CREATE INDEX IF NOT EXISTS attempts_tags ON attempts (problem, failed_tags)",
    "CREATE TABLE IF NOT EXISTS opened (problem TEXT PRIMARY KEY, at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS hints (problem TEXT PRIMARY KEY, revealed INTEGER NOT NULL)",
    # derived, and rebuilt from attempts whenever a problem has new ones (or the rules change)
    "CREATE TABLE IF NOT EXISTS quiz (run TEXT NOT NULL, pattern TEXT NOT NULL, asked INTEGER NOT NULL,"
    " right INTEGER NOT NULL, PRIMARY KEY (run, pattern))",
    "CREATE TABLE IF NOT EXISTS plan (id INTEGER PRIMARY KEY CHECK (id = 1), start TEXT NOT NULL,"
    " weeks TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, at TEXT NOT NULL,"
    " report TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS review_cache (problem TEXT PRIMARY KEY, upto TEXT NOT NULL,"
    " due TEXT NOT NULL, reviews INTEGER NOT NULL, last INTEGER NOT NULL)",
)


def data_dir() -> Path:
    """$JUDGE_DATA_DIR, else the user's data folder for the judge (platformdirs)."""
    given = os.environ.get("JUDGE_DATA_DIR")
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_data_dir("coding-judge", appauthor=False))


class ProgressStore:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with self.connection() as db:
                self._check_version(db)
        except OSError as error:
            raise JudgeError(
                f"cannot open the progress store {self.path} ({error.strerror}); "
                "set JUDGE_DATA_DIR to a writable folder"
            ) from None

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as error:
            raise self._damaged(error) from None
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            yield db
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None
        finally:
            db.close()

    def _damaged(self, error: BaseException) -> JudgeError:
        return JudgeError(
            f"the progress store {self.path} cannot be read ({error}); it was left as it is: "
            "move it aside to start afresh, or set JUDGE_DATA_DIR"
        )

    def _check_version(self, db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _TABLES:
                db.execute(statement)
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            elif not row[0].isdigit() or int(row[0]) > SCHEMA:
                raise JudgeError(
                    f"the progress store {self.path} was written by a newer judge (schema {row[0]}); "
                    "upgrade the judge, or set JUDGE_DATA_DIR to use another store"
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def record(self, attempt: Attempt) -> None:
        with self.connection() as db:
            db.execute(_INSERT, _row(attempt))

    def attempts(self) -> list[Attempt]:
        with self.connection() as db:
            rows = db.execute(
                "SELECT problem, pattern, at, verdict, passed, total, failed_tags, source_digest,"
                " seconds_open, hints, origin FROM attempts ORDER BY at, id"
            ).fetchall()
        return [_attempt(row) for row in rows]

    def stats(self) -> dict[str, tuple[int, bool, int]]:
        """Per problem with attempts: (attempts, solved, the newest attempt's row id)."""
        with self.connection() as db:
            rows = db.execute(
                "SELECT problem, COUNT(*), MAX(verdict = 'AC'), MAX(id) FROM attempts GROUP BY problem"
            ).fetchall()
        return {problem: (int(n), bool(solved), int(last)) for problem, n, solved, last in rows}

    def problem_stats(self) -> dict[str, ProblemStats]:
        """model.stats_of(self.attempts()), computed by SQLite (fast with many attempts)."""
        with self.connection() as db:
            base = db.execute(
                "SELECT problem, COUNT(*), MAX(verdict = 'AC'), MAX(at) FROM attempts GROUP BY problem"
            ).fetchall()
            first = dict(
                db.execute(
                    "SELECT a.problem, a.seconds_open FROM attempts a JOIN (SELECT problem, MIN(at) AS t"
                    " FROM attempts WHERE verdict = 'AC' GROUP BY problem) f"
                    " ON a.problem = f.problem AND a.at = f.t AND a.verdict = 'AC' ORDER BY a.id DESC"
                ).fetchall()
            )
            tags = db.execute(
                "SELECT problem, failed_tags, COUNT(*) FROM attempts WHERE failed_tags != ''"
                " GROUP BY problem, failed_tags"
            ).fetchall()
        missed: dict[str, dict[str, int]] = {}
        for problem, joined, count in tags:
            mine = missed.setdefault(problem, {})
            for tag in set(joined.split(",")):
                mine[tag] = mine.get(tag, 0) + int(count)
        return {
            problem: ProblemStats(
                int(n), bool(ok), datetime.fromisoformat(last), first.get(problem), missed.get(problem, {})
            )
            for problem, n, ok, last in base
        }

    def attempts_of(self, problem: str) -> list[Attempt]:
        with self.connection() as db:
            rows = db.execute(
                "SELECT problem, pattern, at, verdict, passed, total, failed_tags, source_digest,"
                " seconds_open, hints, origin FROM attempts WHERE problem = ? ORDER BY at, id",
                (problem,),
            ).fetchall()
        return [_attempt(row) for row in rows]

    def cached_reviews(self) -> dict[str, tuple[str, datetime, int, int]]:
        """problem -> (what it was computed from, due, reviews, last rating)."""
        with self.connection() as db:
            rows = db.execute("SELECT problem, upto, due, reviews, last FROM review_cache").fetchall()
        return {p: (upto, datetime.fromisoformat(due), int(n), int(last)) for p, upto, due, n, last in rows}

    def cache_reviews(self, rows: dict[str, tuple[str, datetime, int, int]]) -> None:
        with self.connection() as db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "INSERT OR REPLACE INTO review_cache VALUES (?, ?, ?, ?, ?)",
                [(p, upto, _iso(due), n, last) for p, (upto, due, n, last) in rows.items()],
            )
            db.execute("COMMIT")

    def opened(self, problem: str, at: datetime | None = None) -> None:
        """Note when the problem was first opened (later openings change nothing)."""
        with self.connection() as db:
            db.execute("INSERT OR IGNORE INTO opened VALUES (?, ?)", (problem, _iso(at or _now())))

    def first_opened(self, problem: str) -> datetime | None:
        with self.connection() as db:
            row = db.execute("SELECT at FROM opened WHERE problem = ?", (problem,)).fetchone()
        return None if row is None else datetime.fromisoformat(row[0])

    def reveal_hint(self, problem: str) -> int:
        """One more hint revealed for problem; how many are revealed now."""
        with self.connection() as db:
            db.execute(
                "INSERT INTO hints VALUES (?, 1) ON CONFLICT (problem) DO UPDATE SET revealed = revealed + 1",
                (problem,),
            )
            return int(db.execute("SELECT revealed FROM hints WHERE problem = ?", (problem,)).fetchone()[0])

    def hints(self, problem: str) -> int:
        with self.connection() as db:
            row = db.execute("SELECT revealed FROM hints WHERE problem = ?", (problem,)).fetchone()
        return 0 if row is None else int(row[0])

    def reset(self, pattern: str | None = None) -> int:
        """Forget the attempts, openings and hints (of one pattern); how many attempts went."""
        with self.connection() as db:
            db.execute("BEGIN IMMEDIATE")
            if pattern is None:
                gone = db.execute("DELETE FROM attempts").rowcount
                db.execute("DELETE FROM opened")
                db.execute("DELETE FROM hints")
                db.execute("DELETE FROM review_cache")
                db.execute("DELETE FROM quiz")
                db.execute("DELETE FROM plan")
            else:
                like = pattern + "/%"
                gone = db.execute("DELETE FROM attempts WHERE pattern = ?", (pattern,)).rowcount
                db.execute("DELETE FROM opened WHERE problem LIKE ?", (like,))
                db.execute("DELETE FROM hints WHERE problem LIKE ?", (like,))
                db.execute("DELETE FROM review_cache WHERE problem LIKE ?", (like,))
            db.execute("COMMIT")
        return int(gone)

    def openings_and_hints(self) -> tuple[dict[str, str], dict[str, int]]:
        with self.connection() as db:
            opened = dict(db.execute("SELECT problem, at FROM opened").fetchall())
            hints = dict(db.execute("SELECT problem, revealed FROM hints").fetchall())
        return opened, hints

    def add_all(self, attempts: list[Attempt], opened: dict[str, datetime], hints: dict[str, int]) -> int:
        """Add the attempts not here already (and openings, hints), in one transaction."""
        known = {_row(a) for a in self.attempts()}
        fresh = [a for a in attempts if _row(a) not in known]
        with self.connection() as db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(_INSERT, [_row(a) for a in fresh])
            firsts = [(k, _iso(v)) for k, v in opened.items()]
            db.executemany("INSERT OR IGNORE INTO opened VALUES (?, ?)", firsts)
            db.executemany(
                "INSERT INTO hints VALUES (?, ?) ON CONFLICT (problem) DO UPDATE SET revealed ="
                " max(revealed, excluded.revealed)",
                list(hints.items()),
            )
            db.execute("COMMIT")
        return len(fresh)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _row(a: Attempt) -> tuple[Any, ...]:
    tags = ",".join(a.failed_tags)
    return (a.problem, a.pattern, _iso(a.at), a.verdict, a.passed, a.total, tags, a.source_digest,
            a.seconds_open, a.hints, a.origin)  # fmt: skip


def _attempt(row: tuple[Any, ...]) -> Attempt:
    problem, pattern, at, verdict, passed, total, tags, digest, seconds, hints, origin = row
    return Attempt(problem, pattern, datetime.fromisoformat(at), verdict, passed, total,
                   tuple(tags.split(",")) if tags else (), digest, seconds, hints, origin)  # fmt: skip
