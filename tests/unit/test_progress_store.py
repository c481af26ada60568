"""The progress store: what is recorded comes back; a damaged or newer store is one clear
error and is left untouched; a writer killed with SIGKILL or two writers at once never
lose or corrupt a committed attempt."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from judge.errors import JudgeError
from judge.progress.model import Attempt
from judge.progress.store import FILE, ProgressStore
from judge.progress.transfer import export, import_into

T0 = datetime(2026, 1, 1, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def _attempt(problem: str = "hashing/001", minutes: int = 0, verdict: str = "AC") -> Attempt:
    pattern = problem.split("/")[0]
    return Attempt(problem, pattern, T0 + timedelta(minutes=minutes), verdict, 3, 4, ("empty",), "d", 60.0, 1)


def test_attempts_openings_and_hints_come_back(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    store.record(_attempt(minutes=5))
    store.record(_attempt("stack/002", minutes=1, verdict="WA"))
    assert [a.problem for a in store.attempts()] == ["stack/002", "hashing/001"]  # in time order
    assert store.attempts()[1] == _attempt(minutes=5)
    store.opened("hashing/001", T0)
    store.opened("hashing/001", T0 + timedelta(days=1))  # the first opening stays
    assert store.first_opened("hashing/001") == T0
    assert store.first_opened("stack/002") is None
    assert [store.reveal_hint("hashing/001") for _ in range(2)] == [1, 2]
    assert store.hints("hashing/001") == 2 and store.hints("stack/002") == 0


def test_reset_forgets_one_pattern_or_everything(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    for problem in ("hashing/001", "stack/002", "stack/003"):
        store.record(_attempt(problem))
        store.reveal_hint(problem)
    assert store.reset("stack") == 2
    assert [a.problem for a in store.attempts()] == ["hashing/001"]
    assert store.hints("stack/002") == 0 and store.hints("hashing/001") == 1
    assert store.reset() == 1 and store.attempts() == []


def test_an_export_imports_into_another_store_once(tmp_path: Path) -> None:
    source = ProgressStore(tmp_path / "a")
    source.record(_attempt())
    source.record(_attempt(minutes=3, verdict="TLE"))
    source.opened("hashing/001", T0)
    source.reveal_hint("hashing/001")
    target = ProgressStore(tmp_path / "b")
    assert import_into(target, export(source)) == 2
    assert import_into(target, export(source)) == 0  # nothing twice
    assert target.attempts() == source.attempts()
    assert target.first_opened("hashing/001") == T0 and target.hints("hashing/001") == 1
    with pytest.raises(JudgeError, match="not a progress export"):
        import_into(target, {"format": "something else"})


def test_a_damaged_store_is_an_error_and_is_left_as_it_is(tmp_path: Path) -> None:
    damaged = tmp_path / FILE
    damaged.write_bytes(b"this is not a database" * 100)
    before = damaged.read_bytes()
    with pytest.raises(JudgeError, match="cannot be read") as caught:
        ProgressStore(tmp_path)
    assert "\n" not in str(caught.value) and "JUDGE_DATA_DIR" in str(caught.value)
    assert damaged.read_bytes() == before


def test_a_store_from_a_newer_judge_is_refused_and_kept(tmp_path: Path) -> None:
    ProgressStore(tmp_path).record(_attempt())
    with sqlite3.connect(tmp_path / FILE) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(JudgeError, match="newer judge"):
        ProgressStore(tmp_path)
    with sqlite3.connect(tmp_path / FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1


WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from judge.progress.model import Attempt
from judge.progress.store import ProgressStore
store = ProgressStore(Path(sys.argv[1]))
name, count = sys.argv[2], int(sys.argv[3])
for i in range(count):
    store.record(Attempt(f"hashing/{name}", "hashing", datetime.now(UTC), "WA", i, 9, ("empty",), "d"))
    print(i + 1, flush=True)  # committed
"""


def _writer(folder: Path, name: str, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", WRITER, str(folder), name, str(count)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)


def test_a_writer_killed_mid_write_loses_no_committed_attempt(tmp_path: Path) -> None:
    ProgressStore(tmp_path)
    writer = _writer(tmp_path, "001", 100_000)
    assert writer.stdout is not None
    committed = 0
    for line in writer.stdout:
        committed = int(line)
        if committed >= 200:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    store = ProgressStore(tmp_path)
    recorded = store.attempts()
    assert len(recorded) >= committed  # every attempt it said was committed (and maybe one more)
    assert sorted(a.passed for a in recorded) == list(range(len(recorded)))  # none torn or doubled
    with sqlite3.connect(tmp_path / FILE) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_writers_at_once_both_keep_every_attempt(tmp_path: Path) -> None:
    ProgressStore(tmp_path)
    writers = [_writer(tmp_path, name, 150) for name in ("001", "002")]
    for writer in writers:
        writer.communicate(timeout=300)
        assert writer.returncode == 0
    recorded = ProgressStore(tmp_path).attempts()
    for name in ("001", "002"):
        assert sorted(a.passed for a in recorded if a.problem == f"hashing/{name}") == list(range(150))


def test_cached_reviews_are_what_the_schedule_computes_and_follow_new_attempts(tmp_path: Path) -> None:
    from judge.progress.cached import review_states
    from judge.progress.model import Rules
    from judge.progress.schedule import reviews

    store = ProgressStore(tmp_path)
    for minutes, verdict in ((0, "WA"), (5, "AC"), (60 * 24 * 3, "WA"), (60 * 24 * 3 + 9, "AC")):
        store.record(_attempt(minutes=minutes, verdict=verdict))
    difficulty, rules = {"hashing/001": "easy"}, Rules()
    first = review_states(store, difficulty, rules)
    assert first == reviews(store.attempts(), difficulty, rules)
    assert review_states(store, difficulty, rules) == first  # from the cache now
    store.record(_attempt(minutes=60 * 24 * 30, verdict="WA"))
    after = review_states(store, difficulty, rules)
    assert after == reviews(store.attempts(), difficulty, rules) != first


def test_the_stores_summary_numbers_equal_the_pure_ones(tmp_path: Path) -> None:
    from judge.progress.model import stats_of

    store = ProgressStore(tmp_path)
    history = [(0, "hashing/001", "WA"), (3, "hashing/001", "AC"), (9, "hashing/001", "AC")]
    history += [(1, "stack/002", "TLE"), (2, "stack/002", "WA")]
    for minutes, problem, verdict in history:
        store.record(_attempt(problem, minutes, verdict))
    assert store.problem_stats() == stats_of(store.attempts())
