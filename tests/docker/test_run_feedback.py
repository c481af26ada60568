"""The run's feedback where only a real container shows it: each test starts with an
empty /tmp and /dev/shm, and `judge run --watch` judges again on every save."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from judging_support import ECHO_SUM, FIXTURE_BANK, FileJudge, interruptible

from judge.bank.loader import load_problem
from judge.judging.verdict import Verdict

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")
LEAKS_THROUGH_FILES = (
    "import os\n"
    "def sumList(nums):\n"
    "    for path in ('/tmp/seen', '/dev/shm/seen', '/tmp/folder/seen'):\n"
    "        if os.path.exists(path):\n"
    "            return -1  # an earlier test left it: state leaked between tests\n"
    "    os.makedirs('/tmp/folder', exist_ok=True)\n"
    "    for path in ('/tmp/seen', '/dev/shm/seen', '/tmp/folder/seen'):\n"
    "        with open(path, 'w') as handle:\n"
    "            handle.write('x')\n"
    "    return sum(nums)\n"
)


def test_each_test_starts_with_an_empty_tmp_and_dev_shm(judge_file: FileJudge) -> None:
    report = judge_file(LEAKS_THROUGH_FILES, load_problem(ECHO_SUM))

    assert {r.verdict for r in report.results} == {Verdict.AC}, [
        (r.id, r.verdict, r.message) for r in report.results
    ]


def _read_until(process: subprocess.Popen[str], marker: str, timeout_s: float = 120) -> str:
    assert process.stdout is not None
    seen, give_up = "", time.monotonic() + timeout_s
    while marker not in seen:
        assert time.monotonic() < give_up, f"no {marker!r} in {seen!r}"
        line = process.stdout.readline()
        assert line, f"the run ended before {marker!r}: {seen!r}"
        seen += line
    return seen


def test_watch_judges_again_on_every_save(tmp_path: Path, cli_env: dict[str, str]) -> None:
    solution = tmp_path / "solution.py"
    solution.write_text("def sumList(nums):\n    return 0\n")
    command = [str(JUDGE), "--problems", str(FIXTURE_BANK), "run", "hashing/001", str(solution), "--watch"]
    env = {**cli_env, "PYTHONUNBUFFERED": "1", "JUDGE_SERVER": "off"}
    process = subprocess.Popen(
        interruptible(command), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        first = _read_until(process, "tests passed")
        time.sleep(1.1)  # a later modification time, however coarse the file system's clock
        solution.write_text("def sumList(nums):\n    return sum(nums)\n")
        second = _read_until(process, "tests passed")
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)

    assert "WA (Wrong Answer)" in first
    assert "AC (Accepted)" in second
    assert process.returncode == 130
