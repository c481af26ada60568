"""`judge grade` for real: the fixture repository graded in containers, and a grade that
is interrupted (Ctrl-C, SIGTERM) or killed outright part-way.

An interrupted grade writes its reports with what was finished, exits 128 + the signal
and leaves no container; a SIGKILLed one loses nothing already finished (each result is
cached the moment it is known), and the next grade judges only what was left.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from judging_support import FIXTURE_BANK, REPO_ROOT, interruptible, owned_by_pid, settled_orphans

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")
GRADE_REPO = REPO_ROOT / "tests" / "fixtures" / "grade_repo"
ACCEPTED = GRADE_REPO / "hashing" / "001-echo-sum.py"
LOOP = "def sumList(nums):\n    while True:\n        pass\n"


def _command(repo: Path, *args: str | Path) -> list[str]:
    return [str(JUDGE), "--problems", str(FIXTURE_BANK), "grade", str(repo), *map(str, args)]


def _slow_repo(tmp_path: Path) -> Path:
    """hashing/001 accepted (a source of its own, so no earlier grade has it cached), then
    hashing/003 looping on each of its ten tests."""
    repo = tmp_path / "repo"
    (repo / "hashing").mkdir(parents=True)
    (repo / "hashing" / "001.py").write_text(f"{ACCEPTED.read_text()}\n# {tmp_path.name}\n")
    (repo / "hashing" / "003.py").write_text(LOOP)
    return repo


def _cached_results(cache_dir: Path) -> int:
    path = cache_dir / "grades.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM results").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def _wait(condition: Any, process: subprocess.Popen[str], what: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"grading never {what}")


def test_the_fixture_repository_is_graded_in_containers(cli_env: dict[str, str], tmp_path: Path) -> None:
    report = tmp_path / "grade.json"
    command = _command(GRADE_REPO, "--output", f"json={report}", "--format", "text")
    result = subprocess.run(command, env=cli_env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Score 2/6 (33%): 1 accepted, 3 not accepted, 1 missing." in result.stdout
    verdicts = {p["problem"]: p.get("verdict") for p in json.loads(report.read_text())["problems"]}
    assert verdicts == {
        "hashing/001": "AC",
        "hashing/002": "RE",
        "hashing/003": None,
        "hashing/004": "WA",
        "hashing/005": "TLE",
    }


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_an_interrupted_grade_writes_what_it_finished_and_leaves_no_container(
    signum: signal.Signals, docker_client: Any, cli_env: dict[str, str], cache_dir: Path, tmp_path: Path
) -> None:
    report = tmp_path / "grade.json"
    command = _command(_slow_repo(tmp_path), "-j", "1", "--all-tests", "--output", f"json={report}")
    before = _cached_results(cache_dir)
    process = subprocess.Popen(
        interruptible(command), env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait(lambda: _cached_results(cache_dir) > before, process, "finished hashing/001")
        _wait(
            lambda: any(c.status == "running" for c in owned_by_pid(docker_client, process.pid)),
            process,
            "started hashing/003",
        )
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signum, stdout + stderr
    assert "Traceback" not in stdout + stderr
    statuses = {p["problem"]: p["status"] for p in json.loads(report.read_text())["problems"]}
    assert statuses == {"hashing/001": "accepted", "hashing/003": "error"}
    assert owned_by_pid(docker_client, process.pid) == []


def test_a_killed_grade_loses_nothing_finished(
    docker_client: Any, cli_env: dict[str, str], cache_dir: Path, tmp_path: Path
) -> None:
    repo = _slow_repo(tmp_path)
    before = _cached_results(cache_dir)
    process = subprocess.Popen(
        _command(repo, "-j", "1", "--all-tests"),
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        _wait(lambda: _cached_results(cache_dir) > before, process, "finished hashing/001")
    finally:
        process.kill()
        process.wait(timeout=60)
    (repo / "hashing" / "003.py").unlink()  # the next grade: only hashing/001 is left
    report = tmp_path / "again.json"
    again = subprocess.run(
        _command(repo, "--output", f"json={report}"),
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    graded = json.loads(report.read_text())
    assert graded["judged"] == 0  # hashing/001 came from the cache the killed grade wrote
    assert [p["cached"] for p in graded["problems"]] == [True]
    assert settled_orphans(docker_client, process.pid) == []  # the next grade swept what it left


def test_pytest_collects_and_judges_solutions_in_containers(cli_env: dict[str, str], tmp_path: Path) -> None:
    """The pytest plugin (entry point pytest11) in a solutions repository with judge.yaml."""
    repo = tmp_path / "solutions"
    (repo / "hashing").mkdir(parents=True)
    (repo / "hashing" / "001.py").write_text(ACCEPTED.read_text())
    (repo / "hashing" / "004.py").write_text((GRADE_REPO / "hashing_004.py").read_text())
    (repo / "judge.yaml").write_text("problems:\n  hashing/001:\n  hashing/004:\n")
    pytest_command = Path(sys.executable).with_name("pytest")
    done = subprocess.run(
        [str(pytest_command), f"--judge-problems={FIXTURE_BANK}", "-p", "no:cacheprovider", "-rA"],
        cwd=repo,
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "PASSED hashing/001.py::sample/01-three-numbers" in done.stdout
    assert "FAILED hashing/004.py::sample/01-two-pairs" in done.stdout
