"""Faults around the judge: the engine going away mid-run, and two judges sharing one engine.

The engine is never stopped. To lose it, the judge under test talks to it through a
forwarder that the test can cut:

    judge run  --DOCKER_HOST=unix://<tmp>/engine.sock-->  EngineForwarder  -->  real engine socket
                                                          (a thread per direction and connection)

Cutting closes the listening socket and every live connection, so the judge sees its
attach stream end and every later call refused, exactly as when dockerd dies.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from judging_support import FIXTURE_BANK, FileJudge, load_fixture, owned_by_pid

from judge.sandbox.settings import LABEL

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")
TEN_TESTS = FIXTURE_BANK / "hashing" / "003-ten-small-tests"
LOOP = "def sumList(nums):\n    while True:\n        pass\n"
# Slow but finite: the module sleeps when each test's child imports it. The sleep is not
# part of the timed call, so the verdict is still decided by the answer; ten tests keep
# the container alive for several seconds.
SLOW_RIGHT = "import time\n\ntime.sleep(0.5)\n\n\ndef sumList(nums):\n    return sum(nums)\n"
SLOW_WRONG = "import time\n\ntime.sleep(0.5)\n\n\ndef sumList(nums):\n    return sum(nums) + 1\n"
CUT_AFTER_S = 1.5


class EngineForwarder:
    """A unix socket in front of the real engine's socket, which `cut()` takes away."""

    def __init__(self, path: Path, engine: str) -> None:
        self.path, self.engine = path, engine
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(path))
        self._listener.listen(32)
        self._listener.settimeout(0.05)
        self._live: list[socket.socket] = []
        self._lock = threading.Lock()
        self._cut = threading.Event()
        self.connections = 0
        threading.Thread(target=self._accept, name="forwarder", daemon=True).start()

    def _accept(self) -> None:
        while not self._cut.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(self.engine)
            with self._lock:
                if self._cut.is_set():
                    _close(client, upstream)
                    return
                self._live += [client, upstream]
                self.connections += 1
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(source, target), daemon=True).start()

    def cut(self) -> None:
        """As if the engine died: no new connections, and every open one is dropped."""
        self._cut.set()
        with self._lock:
            _close(self._listener, *self._live)
        self.path.unlink(missing_ok=True)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(1 << 16):
            target.sendall(data)
        target.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def _close(*sockets: socket.socket) -> None:
    for sock in sockets:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()


def _engine_socket() -> str:
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if not host.startswith("unix://"):
        pytest.fail(f"the forwarder needs a unix-socket engine, not DOCKER_HOST={host}", pytrace=False)
    return host.removeprefix("unix://")


@pytest.fixture()
def forwarder() -> Iterator[EngineForwarder]:
    folder = Path(tempfile.mkdtemp(prefix="engine-", dir="/tmp"))  # unix paths are short
    proxy = EngineForwarder(folder / "engine.sock", _engine_socket())
    yield proxy
    proxy.cut()
    folder.rmdir()


def _judge_command(*args: str | Path) -> list[str]:
    return [str(JUDGE), "--problems", str(FIXTURE_BANK), *map(str, args)]


def _start_run(problem_id: str, solution: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    command = _judge_command("run", problem_id, solution, "--no-color", "--all-tests")  # slow runs last
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _running(client: Any, process: subprocess.Popen[str]) -> list[Any]:
    return [c for c in owned_by_pid(client, process.pid) if c.status == "running"]


def _wait_until_running(client: Any, processes: list[subprocess.Popen[str]], timeout: float = 60) -> None:
    """Until each judge has a running container."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, process.communicate()
        if all(_running(client, p) for p in processes):
            return
        time.sleep(0.05)
    pytest.fail("the judges never all had a running container")


def _solution(folder: Path, name: str, source: str) -> Path:
    path = folder / name
    path.write_text(source)
    return path


def _sweep(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = _judge_command("sandbox", "sweep")
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


def _assert_one_error_line(stdout: str, stderr: str) -> None:
    assert "Traceback" not in stdout + stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr


# --- the engine stops mid-run ----------------------------------------------------------------


def test_an_engine_lost_mid_run_is_exit_3_and_its_container_is_swept(
    forwarder: EngineForwarder,
    docker_client: Any,
    judge_file: FileJudge,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """`judge_file` has derived hashing/001's limit, so the run starts the candidate at once."""
    env = {**cli_env, "DOCKER_HOST": f"unix://{forwarder.path}"}
    process = _start_run("hashing/001", _solution(tmp_path, "loop.py", LOOP), env)
    try:
        _wait_until_running(docker_client, [process])
        time.sleep(CUT_AFTER_S)
        forwarder.cut()
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert forwarder.connections > 0, "the judge did not talk through the forwarder"
    assert process.returncode == 3, stdout + stderr
    _assert_one_error_line(stdout, stderr)
    assert "Docker engine" in stderr

    # The judge could not reach the engine to remove its container, so it is still there;
    # its owner is dead now, so a sweep through the real engine must remove it. (Its count
    # is not checked here: another judge on this engine, sweeping as it starts, may have
    # removed it first; test_cleanup checks the count, running again when that happens.)
    assert owned_by_pid(docker_client, process.pid), "the judge removed its container without an engine?"
    assert _swept_away(docker_client, process.pid, cli_env) == []


def _swept_away(docker_client: Any, pid: int, env: dict[str, str]) -> list[Any]:
    """Sweep until no container of pid is left, or a minute has passed; what is left.
    Another judge's sweep may be removing the container at the same moment: the engine
    then refuses our removal ("already in progress") and lists the container until its
    own removal ends (seen once, with `judge complexity` runs starting beside the suite)."""
    give_up = time.monotonic() + 60
    while True:
        swept = _sweep(env)
        assert swept.returncode == 0, swept.stdout + swept.stderr
        left = owned_by_pid(docker_client, pid)
        if not left or time.monotonic() > give_up:
            return left
        time.sleep(0.5)


# --- two judges at once ----------------------------------------------------------------------


def test_two_judges_at_once_keep_their_own_containers_and_verdicts(
    docker_client: Any, judge_file: FileJudge, cli_env: dict[str, str], tmp_path: Path
) -> None:
    judge_file.job(load_fixture(TEN_TESTS))  # derive the limit once, before both judges start
    right = _start_run("hashing/003", _solution(tmp_path, "slow_right.py", SLOW_RIGHT), cli_env)
    wrong = _start_run("hashing/003", _solution(tmp_path, "slow_wrong.py", SLOW_WRONG), cli_env)
    judges = [right, wrong]
    try:
        _wait_until_running(docker_client, judges)
        owners = {c.attrs["Labels"][LABEL] for p in judges for c in owned_by_pid(docker_client, p.pid)}
        assert len(owners) == 2, owners

        swept = _sweep(cli_env)  # a third judge's sweep must spare both live judges

        assert swept.returncode == 0, swept.stdout + swept.stderr
        assert all(_running(docker_client, p) for p in judges), "a live judge's container was removed"
        outputs = [p.communicate(timeout=120) for p in judges]
    finally:
        for process in judges:
            if process.poll() is None:
                process.kill()
                process.communicate()

    (right_out, right_err), (wrong_out, wrong_err) = outputs
    assert right.returncode == 0, right_out + right_err
    assert "AC (Accepted)" in right_out and "10/10 tests passed" in right_out
    assert wrong.returncode == 1, wrong_out + wrong_err
    assert "WA (Wrong Answer)" in wrong_out
    assert "Traceback" not in right_err + wrong_err
    assert [owned_by_pid(docker_client, p.pid) for p in judges] == [[], []]
