"""`judge serve` with real containers: `judge run` through it gives the same report and
exit code as in-process, in the container the server started ahead of time; Ctrl-C and
a killed server leave nothing behind; a run at a terminal starts a server, a run from a
script never does.

Each test starts its own server on a cache folder of its own, so no other test's
`judge run` can reach it.
"""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from judging_support import FIXTURE_BANK, interruptible, leftover_containers, owned_by_pid

from judge.sandbox.settings import LABEL

pytestmark = pytest.mark.docker

JUDGE = Path(sys.executable).with_name("judge")
PROBLEM = "hashing/003"  # ten small tests
RIGHT = "def sumList(nums):\n    return sum(nums)\n"
WRONG = "def sumList(nums):\n    return sum(nums) + (len(nums) == 3)\n"
LOOP = "def sumList(nums):\n    while True:\n        pass\n"


class Served:
    def __init__(self, process: subprocess.Popen[str], env: dict[str, str], socket_path: Path) -> None:
        self.process, self.env, self.socket_path = process, env, socket_path
        self.log: list[str] = []  # the server's stderr, read as it comes
        self.last_client = 0
        self.reader = threading.Thread(target=self._read_log, daemon=True)
        self.reader.start()

    def _read_log(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.log.append(line)

    def stop(self) -> str:
        """Stop the server (if it still runs) and return everything it logged."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
        self.reader.join(timeout=10)
        return "".join(self.log)

    def workers(self) -> set[int]:
        """The pids of the workers the server forked so far (from its log)."""
        return {int(m) for line in self.log for m in re.findall(r"run finished: worker (\d+)", line)}

    def run(self, solution: Path, *extra: str, server: bool = True) -> subprocess.CompletedProcess[str]:
        env = dict(self.env) if server else {**self.env, "JUDGE_SERVER": "off"}
        command = [str(JUDGE), "--problems", str(FIXTURE_BANK), "run", PROBLEM, str(solution), *extra]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.last_client = process.pid
        stdout, stderr = process.communicate(timeout=120)
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)

    def start_run(self, solution: Path) -> subprocess.Popen[str]:
        command = [str(JUDGE), "--problems", str(FIXTURE_BANK), "run", PROBLEM, str(solution), "--all-tests"]
        return subprocess.Popen(
            interruptible(command), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def waiting(self, client: Any) -> list[Any]:
        """The containers the server started and has not handed over yet."""
        return owned_by_pid(client, self.process.pid)


@pytest.fixture
def served(tmp_path: Path, cli_env: dict[str, str], docker_client: Any) -> Iterator[Served]:
    env = {**cli_env, "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    socket_path = tmp_path / "cache" / "serve.sock"
    process = subprocess.Popen(
        [str(JUDGE), "serve", "--idle-timeout", "300"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    handle = Served(process, env, socket_path)
    _wait_for(lambda: socket_path.exists() and len(handle.waiting(docker_client)) == 1, handle)
    yield handle
    handle.stop()


def _wait_for(condition: Any, server: Served | None = None, within_s: float = 180) -> None:
    """Until condition() holds; generous, for a loaded machine (the engine may be slow)."""
    give_up = time.monotonic() + within_s
    while not condition():
        if server is not None and server.process.poll() is not None:
            pytest.fail(f"the server ended: {server.stop()}")
        assert time.monotonic() < give_up, "timed out"
        time.sleep(0.05)


def _solution(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "solution.py"
    path.write_text(source)
    return path


def _verdicts(report_json: str) -> list[tuple[str, str]]:
    return [(t["id"], t["verdict"]) for t in json.loads(report_json)["tests"]]


def _created_by(client: Any, since: float, until: float, pids: set[int]) -> list[str]:
    """Owner labels of containers created in [since, until] by the processes pids (other
    judges may share the engine: only these processes are this run's)."""
    events = client.events(  # the engine takes <seconds>.<nanoseconds>
        since=f"{since:.9f}",
        until=f"{until + 1:.9f}",
        filters={"type": "container", "event": "create"},
        decode=True,
    )
    owners = [e["Actor"]["Attributes"].get(LABEL, "") for e in events]
    return [o for o in owners if o and o.split("/")[1:2] in ([str(pid)] for pid in pids)]


@pytest.mark.parametrize(("source", "code"), [(RIGHT, 0), (WRONG, 1)])
def test_a_run_through_the_server_matches_an_in_process_run(
    served: Served, tmp_path: Path, docker_client: Any, source: str, code: int
) -> None:
    solution = _solution(tmp_path, source)
    local = served.run(solution, "--json", server=False)
    (waiting,) = served.waiting(docker_client)

    began = time.time()
    remote = served.run(solution, "--json")
    ended = time.time()

    assert (remote.returncode, local.returncode) == (code, code), remote.stderr
    assert _verdicts(remote.stdout) == _verdicts(local.stdout)
    assert remote.stderr == local.stderr == ""
    # the run used the container that was waiting: neither the client nor the worker
    # created one, it is gone, and the server has started the next one
    _wait_for(lambda: len(served.workers()) >= 1)
    assert _created_by(docker_client, began, ended, {served.last_client, *served.workers()}) == []
    _wait_for(lambda: [c.id for c in served.waiting(docker_client)] not in ([], [waiting.id]))


def test_the_table_and_its_summary_come_through_the_server(served: Served, tmp_path: Path) -> None:
    solution = _solution(tmp_path, WRONG)

    local = served.run(solution, "--no-color", server=False)
    remote = served.run(solution, "--no-color")

    assert remote.returncode == local.returncode == 1

    def rows(text: str) -> list[list[str]]:  # which test is slowest varies from run to run
        words = [line.split() for line in text.splitlines() if line.strip()]
        return [w[:2] for w in words if w[0] != "slowest"]

    assert rows(remote.stdout) == rows(local.stdout)


def test_ctrl_c_through_the_server_exits_130_and_leaves_no_container(
    served: Served, tmp_path: Path, docker_client: Any
) -> None:
    run = served.start_run(_solution(tmp_path, LOOP))
    time.sleep(3.0)  # the loop is running in the handed-over container (ten tests of 1 s)
    assert run.poll() is None

    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=30)

    assert run.returncode == 130, err
    assert "Traceback" not in err
    # neither the client nor the worker left a container; the server's next one waits
    _wait_for(lambda: len(served.workers()) >= 1)
    owners = {run.pid, *served.workers()}
    _wait_for(lambda: [c for pid in owners for c in owned_by_pid(docker_client, pid)] == [])
    _wait_for(lambda: len(served.waiting(docker_client)) == 1)


def test_stopping_the_server_removes_its_socket_and_waiting_container(
    served: Served, docker_client: Any
) -> None:
    err = served.stop()

    assert "Traceback" not in err
    assert not served.socket_path.exists()
    assert served.waiting(docker_client) == []


def test_after_a_killed_server_runs_are_judged_in_process_and_its_container_swept(
    served: Served, tmp_path: Path, docker_client: Any
) -> None:
    (orphan,) = served.waiting(docker_client)
    os.kill(served.process.pid, signal.SIGKILL)
    served.process.wait(timeout=30)

    result = served.run(_solution(tmp_path, RIGHT))

    assert result.returncode == 0, result.stderr
    assert served.socket_path.exists()  # stale: nothing answers there
    assert orphan.id not in [c.id for c in leftover_containers(docker_client)]


def test_a_run_at_a_terminal_starts_a_server_for_the_next_runs(
    tmp_path: Path, cli_env: dict[str, str], docker_client: Any
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CI"}
    env["JUDGE_CACHE_DIR"] = str(tmp_path / "cache")
    socket_path = tmp_path / "cache" / "serve.sock"
    solution = _solution(tmp_path, RIGHT)
    command = [str(JUDGE), "--problems", str(FIXTURE_BANK), "run", PROBLEM, str(solution)]
    primary, secondary = pty.openpty()  # stdout is a terminal, as at a desk
    try:
        first = subprocess.run(
            command, env=env, stdout=secondary, stderr=subprocess.PIPE, text=True, timeout=120, check=False
        )
    finally:
        os.close(secondary)
        os.close(primary)
    log = tmp_path / "cache" / "serve.log"
    try:
        assert first.returncode == 0, first.stderr
        assert "started `judge serve` in the background" in first.stderr
        _wait_for(lambda: socket_path.exists() and "listening on" in log.read_text())

        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)

        assert second.returncode == 0, second.stderr
        assert "started `judge serve`" not in second.stderr
        _wait_for(lambda: re.search(r"run finished: worker \d+, exit 0", log.read_text()) is not None)
    finally:
        pid = int(log.read_text().split("(pid ")[1].split(")")[0]) if log.exists() else None
        if pid is not None:
            os.kill(pid, signal.SIGTERM)
            _wait_for(lambda: not Path(f"/proc/{pid}").exists())  # stopped, and cleaned up
    assert not socket_path.exists()
    assert pid is not None and owned_by_pid(docker_client, pid) == []


def test_runs_from_scripts_and_ci_never_start_a_server(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CI", None)
    command = [str(JUDGE), "--problems", str(FIXTURE_BANK), "run", PROBLEM, str(_solution(tmp_path, RIGHT))]

    piped = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)

    assert piped.returncode == 0, piped.stderr
    assert "judge serve" not in piped.stderr
    assert not (tmp_path / "cache" / "serve.sock").exists()


def test_a_server_stopped_while_it_starts_a_container_leaves_nothing(
    tmp_path: Path, cli_env: dict[str, str], docker_client: Any
) -> None:
    env = {**cli_env, "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(3):  # SIGTERM lands while the container is being created and started
        server = subprocess.Popen(
            [str(JUDGE), "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        give_up = time.monotonic() + 60
        while not docker_client.api.containers(all=True, filters={"label": LABEL}):  # as soon as created
            assert server.poll() is None and time.monotonic() < give_up
            time.sleep(0.005)
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=30)

        assert "Traceback" not in err
        assert owned_by_pid(docker_client, server.pid) == []
