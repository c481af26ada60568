"""Drilling progress through the CLI (CliRunner, the harness as a host subprocess): `judge
run` records attempts, `progress`, `list`, `next` and `hint` read them, export, import
and reset move them, and a damaged store is a warning for a run and one line elsewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fakes import invoke
from grade_support import BANK, REPO

from judge.progress.store import FILE

ACCEPTED = REPO / "hashing" / "001-echo-sum.py"
WRONG_SUM = "def sumList(nums):\n    return sum(nums[1:])\n"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUDGE_DATA_DIR": str(tmp_path / "data"), "JUDGE_SERVER": "off", "NO_COLOR": "1"}


def _judge(env: dict[str, str], *args: str | Path) -> Any:
    return invoke(*args, problems=BANK, env=env)


def _progress(env: dict[str, str]) -> dict[str, Any]:
    result = _judge(env, "progress", "--json")
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.output)
    return document


def test_runs_are_recorded_and_progress_lists_and_next_read_them(tmp_path: Path, env: dict[str, str]) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG_SUM)
    assert _judge(env, "show", "hashing/001").exit_code == 0  # the clock starts when it is opened
    assert _judge(env, "run", "hashing/001", wrong).exit_code == 1
    assert _judge(env, "run", "hashing/001", ACCEPTED, "--samples").exit_code == 0  # not recorded
    assert _judge(env, "run", "hashing/001", ACCEPTED).exit_code == 0
    hashing = next(p for p in _progress(env)["patterns"] if p["pattern"] == "hashing")
    assert (hashing["solved"], hashing["attempts"], hashing["reviews_due"]) == (1, 2, 0)
    assert hashing["median_minutes_to_ac"] is not None
    listed = _judge(env, "list", "hashing").output
    assert "hashing/001" in listed and "[solved]" in listed
    advice = _judge(env, "next", "hashing")
    assert advice.exit_code == 0 and advice.output.startswith("Next: hashing/0")
    assert "hashing/001" not in advice.output


def test_no_progress_means_no_marks_and_the_first_problem_next(env: dict[str, str]) -> None:
    assert "[" not in _judge(env, "list", "hashing").output
    assert _judge(env, "next").output.startswith("Next: hashing/001")


def test_hints_are_revealed_one_at_a_time_and_recorded(env: dict[str, str]) -> None:
    first = _judge(env, "hint", "hashing/001")
    assert first.exit_code == 0 and first.output.startswith("Hint 1:") and "Hint 2" not in first.output
    assert "Hint 2:" in _judge(env, "hint", "hashing/001").output
    _judge(env, "hint", "hashing/001")
    assert "hints are shown" in _judge(env, "hint", "hashing/001").output


def test_export_import_and_reset(tmp_path: Path, env: dict[str, str]) -> None:
    assert _judge(env, "run", "hashing/001", ACCEPTED).exit_code == 0
    exported = tmp_path / "progress.json"
    assert _judge(env, "progress", "--export", exported).output.startswith("wrote 1 attempt")
    refused = _judge(env, "progress", "--reset")  # no terminal to answer the question: no
    assert refused.exit_code == 2 and "nothing was reset" in refused.output
    assert _judge(env, "progress", "--reset", "--yes").output.startswith("forgot 1 attempt")
    assert _progress(env)["patterns"][0]["attempts"] == 0
    assert _judge(env, "progress", "--import", exported).output.startswith("added 1 attempt")
    assert _progress(env)["patterns"][0]["solved"] == 1
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    result = _judge(env, "progress", "--import", bad)
    assert result.exit_code == 2 and "not a progress export" in result.output


def test_a_damaged_store_warns_on_run_and_is_one_line_elsewhere(tmp_path: Path, env: dict[str, str]) -> None:
    data = Path(env["JUDGE_DATA_DIR"])
    data.mkdir(parents=True)
    (data / FILE).write_bytes(b"garbage" * 512)
    run = _judge(env, "run", "hashing/001", ACCEPTED)
    assert run.exit_code == 0  # the verdict stands
    assert "Warning: progress not recorded" in run.stderr
    shown = _judge(env, "progress")
    assert shown.exit_code == 2 and len(shown.output.strip().splitlines()) == 1
    assert "cannot be read" in shown.output and (data / FILE).read_bytes() == b"garbage" * 512


def test_drill_with_everything_solved_says_so(env: dict[str, str]) -> None:
    from datetime import UTC, datetime

    from judge.progress.model import Attempt
    from judge.progress.store import ProgressStore

    store = ProgressStore(Path(env["JUDGE_DATA_DIR"]))
    for n in range(1, 6):
        store.record(Attempt(f"hashing/00{n}", "hashing", datetime.now(UTC), "AC", 1, 1))
    result = _judge(env, "drill", "hashing")
    assert result.exit_code == 0 and result.output.startswith("Nothing to drill: all caught up")


def test_blind_guesses_are_scored_against_the_package() -> None:
    from judge.bank.loader import load_problem
    from judge.cli.drill import _blind_score

    problem = load_problem(BANK / "hashing" / "001-echo-sum")
    assert "right" in _blind_score(problem, "Hashing", "n")
    scored = _blind_score(problem, "two pointers", "n log n")
    assert "not quite" in scored and "it is hashing" in scored and "Planned time n log n" in scored


def test_grade_records_attempts_only_when_asked(tmp_path: Path, env: dict[str, str]) -> None:
    from judge.progress.store import ProgressStore

    repo = tmp_path / "repo"
    (repo / "hashing").mkdir(parents=True)
    (repo / "hashing" / "001.py").write_text(ACCEPTED.read_text())
    (repo / "hashing" / "004.py").write_text(WRONG_SUM)
    env = {**env, "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    assert _judge(env, "grade", repo).exit_code == 1
    assert ProgressStore(Path(env["JUDGE_DATA_DIR"])).attempts() == []
    assert _judge(env, "grade", repo, "--record").exit_code == 1
    recorded = ProgressStore(Path(env["JUDGE_DATA_DIR"])).attempts()
    assert sorted((a.problem, a.verdict, a.origin) for a in recorded) == [
        ("hashing/001", "AC", "grade"),
        ("hashing/004", "CE", "grade"),  # no pairCount in it: a load error
    ]


def test_drill_takes_a_pattern_or_mixed_not_both(env: dict[str, str]) -> None:
    result = _judge(env, "drill", "hashing", "--mixed")
    assert result.exit_code == 2 and "not both" in result.output
