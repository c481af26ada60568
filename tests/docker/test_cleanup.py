"""Containers never outlive the judge, and a missing engine is one line, not a traceback.

Each test runs the real `judge` command as a subprocess on the fixture bank and finds
its container by the owner label (host/pid/start-time), so other judges sharing the
engine are never touched. An interrupted judge (Ctrl-C, SIGTERM) removes its container
and exits 130; a SIGKILLed one cannot, and the next sweep or run removes what it left.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from judging_support import (
    ECHO_SUM,
    FIXTURE_BANK,
    HONEST_SOURCE,
    FileJudge,
    interruptible,
    owned_by_pid,
    settled_orphans,
)

from judge.bank.model import Problem
from judge.errors import SandboxError
from judge.judging.protocol import encode_job
from judge.judging.verdict import Verdict
from judge.sandbox import RunRequest
from judge.sandbox.docker_sandbox import DockerSandbox

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")  # the console script beside this interpreter
NO_ENGINE = "unix:///nonexistent.sock"
LOOP = "def sumList(nums):\n    while True:\n        pass\n"
HONEST = ECHO_SUM / "submissions" / "accepted" / "builtin_sum.py"


def _judge_command(*args: str | Path) -> list[str]:
    assert JUDGE.exists(), f"no `judge` console script at {JUDGE}; install the package (make setup)"
    return [str(JUDGE), "--problems", str(FIXTURE_BANK), *map(str, args)]


def _start_run(solution: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    # --all-tests: every test of the loop times out, so the run lasts long enough to interrupt
    command = _judge_command("run", "hashing/001", solution, "--no-color", "--all-tests")
    return subprocess.Popen(
        interruptible(command), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_container(client: Any, process: subprocess.Popen[str], timeout: float = 60) -> None:
    """Until the judge's container is running (a run then lasts about 20 s)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if any(c.status == "running" for c in owned_by_pid(client, process.pid)):
            return
        time.sleep(0.1)
    pytest.fail("the judge never started a container")


@pytest.fixture()
def looping(tmp_path: Path) -> Path:
    path = tmp_path / "loop.py"
    path.write_text(LOOP)
    return path


@pytest.fixture(autouse=True)
def _limit_cached(judge_file: FileJudge) -> None:
    """The session has derived hashing/001's limit, so `judge run` starts the candidate at once."""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupt_removes_the_container(
    signum: signal.Signals, docker_client: Any, cli_env: dict[str, str], looping: Path
) -> None:
    process = _start_run(looping, cli_env)
    try:
        _wait_for_container(docker_client, process)
        time.sleep(1.5)
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stdout + stderr
    assert stderr.strip().splitlines()[-1].startswith("Interrupted")
    assert owned_by_pid(docker_client, process.pid) == []


def test_an_interrupted_verify_on_two_threads_stops_its_runs_at_once(
    docker_client: Any, cli_env: dict[str, str], looping: Path, tmp_path: Path
) -> None:
    """Two threads verify; SIGTERM stops both runs under way (Sandbox.cancel) instead of
    waiting for them: an accepted file that loops on each of 34 tests takes a minute."""
    bank = tmp_path / "problems"
    for name in (ECHO_SUM.name, "003-echo-sum-again"):
        folder = bank / "hashing" / name
        shutil.copytree(ECHO_SUM, folder)
        shutil.copy(looping, folder / "submissions" / "accepted" / "zz_loops.py")
        for n in range(30):
            shutil.copy(
                folder / "tests" / "hidden" / "02-large-values.json",
                folder / "tests" / "hidden" / f"{n + 3:02d}-again.json",
            )
    command = [str(JUDGE), "--problems", str(bank), "verify", "--all", "--jobs", "2"]
    process = subprocess.Popen(
        interruptible(command), env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for_container(docker_client, process, timeout=120)
        time.sleep(1.5)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stdout + stderr
    assert owned_by_pid(docker_client, process.pid) == []


@pytest.mark.parametrize("cleaner", ["sandbox sweep", "next run"])
def test_a_killed_judge_leaves_a_container_that_the_next_judge_removes(
    cleaner: str, docker_client: Any, cli_env: dict[str, str], looping: Path
) -> None:
    """Every judge sweeps the engine's orphans when it starts, so another judge on the
    same engine (a user's, a benchmark's) may remove ours before the sweep under test
    runs: its "removed 0" then says nothing, and the scenario runs again (at most 3 times).
    A sweep that leaves the orphan in place fails at once."""
    for _attempt in range(3):
        process = _start_run(looping, cli_env)
        try:
            _wait_for_container(docker_client, process)
        finally:
            process.kill()
            process.communicate(timeout=60)
        assert owned_by_pid(docker_client, process.pid), "SIGKILL leaves the judge no chance to clean up"

        if cleaner == "sandbox sweep":
            command = _judge_command("sandbox", "sweep")
        else:
            command = _judge_command("run", "hashing/001", HONEST, "--no-color")
        result = subprocess.run(
            command, env=cli_env, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert settled_orphans(docker_client, process.pid) == []
        if cleaner != "sandbox sweep" or not result.stdout.startswith("removed 0 "):
            return
    pytest.fail(f"three times another judge swept the orphan first; the last sweep said {result.stdout!r}")


def test_no_engine_is_one_error_line_and_exit_3(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "DOCKER_HOST": NO_ENGINE}
    command = _judge_command("run", "hashing/001", HONEST, "--no-color")
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 3
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


def test_an_engine_lost_mid_session_is_a_judge_error(
    runner_image: str, judge_file: FileJudge, echo_sum: Problem
) -> None:
    import docker  # only here: a client aimed at nothing, as if the engine had gone away

    gone = docker.DockerClient(base_url=NO_ENGINE, version="1.41", timeout=5)
    sandbox = DockerSandbox(runner_image, gone)
    job = encode_job({}, [], [], HONEST_SOURCE.encode())  # never read: no engine to take it
    with pytest.raises(SandboxError):
        sandbox.run(RunRequest(job=job, memory_mb=128, deadline_s=5, stack_bytes=64 << 20))

    report = judge_file(HONEST_SOURCE, echo_sum, sandbox=sandbox)
    assert {r.verdict for r in report.results} == {Verdict.JE}
    assert report.judge_error and "Docker engine" in report.judge_error
