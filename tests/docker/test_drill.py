"""`judge drill` and `judge mock` end to end in a real terminal (tmux). The drill shows
the problem and the target, judges the starter file on every save (a wrong solution,
then a right one, in real containers), says when it is solved, and progress has recorded
both attempts; the mock asks for each problem's pattern, judges both files, and saves
its session report."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from judging_support import FIXTURE_BANK, REPO_ROOT

from judge.progress.store import ProgressStore

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")
WRONG = "def sumList(nums):\n    return sum(nums[1:])\n"
RIGHT = "def sumList(nums):\n    return sum(nums)\n"


class Terminal:
    def __init__(self, command: str, cwd: Path) -> None:
        assert shutil.which("tmux"), "the drill test needs tmux (apt-get install tmux)"
        self.name = f"judge-drill-{uuid.uuid4().hex[:8]}"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "160", "-y", "60", "-c", str(cwd), command],
            check=True,
        )

    def screen(self) -> str:
        done = subprocess.run(
            ["tmux", "capture-pane", "-p", "-S", "-2000", "-t", self.name], capture_output=True, text=True
        )
        return done.stdout

    def wait_for(self, text: str, timeout: float = 240) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        pytest.fail(f"the drill never showed {text!r}; the screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def test_a_drill_judges_each_save_until_accepted_and_records_both(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {**cli_env, "JUDGE_DATA_DIR": str(data), "JUDGE_SERVER": "off"}
    passed = ("JUDGE_", "NO_COLOR", "DOCKER_", "HOME")  # tmux's server may not share this environment
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items() if k.startswith(passed))
    command = f"env {exports} {JUDGE} --problems {FIXTURE_BANK} drill hashing --once; sleep 600"
    terminal = Terminal(command, tmp_path)
    try:
        terminal.wait_for("every save is judged")
        assert "Drill: hashing/001" in terminal.screen()
        solution = tmp_path / "echo_sum.py"
        assert solution.exists(), "the drill writes the starter"
        time.sleep(1.1)  # a new modification time for the watcher
        solution.write_text(WRONG)
        terminal.wait_for("1 run(s)")
        assert "WA" in terminal.screen()
        time.sleep(1.1)
        solution.write_text(RIGHT)
        screen = terminal.wait_for("Solved hashing/001")
        assert "2 run(s)" in screen
    finally:
        terminal.close()
    verdicts = [(a.problem, a.verdict) for a in ProgressStore(data).attempts()]
    assert verdicts == [("hashing/001", "WA"), ("hashing/001", "AC")]


def test_a_mock_interview_judges_both_files_and_saves_a_report(
    cli_env: dict[str, str], tmp_path: Path
) -> None:

    from judge.progress.records import sessions

    data = tmp_path / "data"
    env = {**cli_env, "JUDGE_DATA_DIR": str(data), "JUDGE_SERVER": "off"}
    passed = ("JUDGE_", "NO_COLOR", "DOCKER_", "HOME")
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items() if k.startswith(passed))
    command = f"env {exports} {JUDGE} mock --seed 7 --minutes 30; sleep 600"
    terminal = Terminal(command, tmp_path)
    try:
        for _ in range(2):  # each problem: the pattern, then the planned complexity
            terminal.wait_for("Which pattern is it?")
            subprocess.run(["tmux", "send-keys", "-t", terminal.name, "hashing", "Enter"], check=True)
            terminal.wait_for("planned time complexity")
            subprocess.run(["tmux", "send-keys", "-t", terminal.name, "n", "Enter"], check=True)
            time.sleep(0.5)
        terminal.wait_for("The clock runs")
        files = sorted(tmp_path.glob("*.py"))
        assert len(files) == 2, files
        time.sleep(1.1)
        for file in files:  # each problem's reference solution: accepted
            slug = file.stem.replace("_", "-")
            (folder,) = (REPO_ROOT / "problems").glob(f"*/[0-9][0-9][0-9]-{slug}")
            file.write_text((folder / "reference.py").read_text())
        screen = terminal.wait_for("Session report", timeout=400)
        assert screen.count("accepted after") == 2
    finally:
        terminal.close()
    (saved,) = sessions(ProgressStore(data), "mock")
    assert "Session report" in saved[1]
    assert sorted(a.verdict for a in ProgressStore(data).attempts()) == ["AC", "AC"]
