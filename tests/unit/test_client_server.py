"""`judge serve` and the thin `judge` client, without Docker: a fake sandbox hands out
"containers" that are socket pairs, and the CLI run in the worker is a test function."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.sandbox.attach import Started
from judge.serve import client, wire
from judge.serve.server import Server

REPO_ROOT = Path(__file__).resolve().parents[2]
STACK = 64 << 20
RunCli = Callable[[list[str], Started | None], int]


class FakeSandbox:
    """Prestarts "containers" (a socket pair each) and logs what it starts and discards
    to a file, which the test reads (the server runs in a process of its own)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self._count = 0
        self._peers: list[socket.socket] = []

    def prestart(self, memory_mb: int, stack_bytes: int) -> Started:
        ours, theirs = socket.socketpair()
        self._peers.append(theirs)
        self._count += 1
        self._write(f"start c{self._count}")
        return Started(SimpleNamespace(id=f"c{self._count}"), ours, memory_mb, stack_bytes)

    def discard(self, container_id: str) -> None:
        self._write(f"discard {container_id}")

    def _write(self, line: str) -> None:
        with self.log.open("a") as handle:
            handle.write(line + "\n")

    def events(self, kind: str) -> list[str]:
        lines = self.log.read_text().split() if self.log.exists() else []
        return [ident for verb, ident in zip(lines[::2], lines[1::2], strict=True) if verb == kind]


@pytest.fixture
def socket_path(tmp_path: Path) -> Path:
    return tmp_path / "serve.sock"


def _serve_until_terminated(server: Server) -> None:
    signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@pytest.fixture
def serving(socket_path: Path, tmp_path: Path) -> Iterator[Callable[..., FakeSandbox]]:
    """start(run_cli) -> the fake sandbox of a server running in a forked process: single-
    threaded, as `judge serve` is, so the workers it forks inherit no other thread's locks."""
    processes: list[multiprocessing.process.BaseProcess] = []

    def start(run_cli: RunCli, code_dir: Path | None = None) -> FakeSandbox:
        sandbox = FakeSandbox(tmp_path / "sandbox.log")
        server = Server(
            socket_path, sandbox, run_cli, 256, STACK, poll_s=0.02, code_dir=code_dir or REPO_ROOT / "judge"
        )
        process = multiprocessing.get_context("fork").Process(target=_serve_until_terminated, args=(server,))
        process.start()
        processes.append(process)
        _wait_for(lambda: socket_path.exists() and sandbox.events("start") == ["c1"])
        return sandbox

    yield start
    for process in processes:
        process.terminate()
        process.join(timeout=10)


def _wait_for(condition: Callable[[], bool], within_s: float = 5.0) -> None:
    give_up = time.monotonic() + within_s
    while not condition():
        assert time.monotonic() < give_up, "timed out"
        time.sleep(0.01)


# --- which invocations are handed over -------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["run", "two-pointers/001", "s.py"], True),
        (["--problems", "bank", "run", "x/001", "s.py"], True),
        (["--problems=bank", "run", "x/001", "s.py", "--json"], True),
        (["run", "--help"], False),
        (["run", "x/001", "s.py", "-h"], False),
        (["verify", "--all"], False),
        (["list"], False),
        (["--version"], False),
        ([], False),
        (["serve"], False),
    ],
)
def test_only_judge_run_is_handed_to_a_server(argv: list[str], expected: bool) -> None:
    assert client.forwardable(argv) is expected


def test_without_a_server_the_client_judges_in_process(socket_path: Path) -> None:
    assert client.forward(["run", "x/001", "s.py"], str(socket_path)) is None


def test_a_stale_socket_is_treated_as_no_server(socket_path: Path) -> None:
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(socket_path))
    stale.close()  # the file stays, nothing listens

    assert client.forward(["run", "x/001", "s.py"], str(socket_path)) is None


# --- a run through the server ----------------------------------------------------------


def _report_worker(argv: list[str], warm: Started | None) -> int:
    """Stands in for the CLI: writes what the worker sees to the client's stdout."""
    facts = {
        "argv": argv,
        "cwd": os.getcwd(),
        "marker": os.environ.get("CLIENT_MARKER"),
        "warm": [warm.container.id, warm.memory_mb, warm.stack_bytes] if warm else None,
        "environment": sorted(os.environ),
        "pid": os.getpid(),
    }
    os.write(1, json.dumps(facts).encode() + b"\n")
    return 7


def _client(socket_path: Path, argv: list[str], cwd: Path, **env: str) -> subprocess.Popen[bytes]:
    """A client process; it handles Ctrl-C even when this test process was started with
    SIGINT ignored (as a background job of a non-interactive shell is)."""
    code = (
        "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        f"from judge.serve import client; sys.exit(client.forward({argv!r}, {str(socket_path)!r}) or 0)"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_the_worker_runs_with_the_clients_argv_folder_environment_and_terminal(
    serving: Callable[..., FakeSandbox], socket_path: Path, tmp_path: Path
) -> None:
    serving(_report_worker)

    process = _client(socket_path, ["run", "x/001", "s.py"], tmp_path, CLIENT_MARKER="from-client")
    out, err = process.communicate(timeout=20)

    assert process.returncode == 7, err
    facts = json.loads(out)
    assert facts["argv"] == ["run", "x/001", "s.py"]
    assert facts["cwd"] == str(tmp_path)
    assert facts["marker"] == "from-client"
    assert facts["pid"] not in (os.getpid(), process.pid)
    assert facts["warm"] == ["c1", 256, STACK]  # handed over as an object, not through the environment
    assert not any("WARM" in name for name in facts["environment"])


def test_each_run_takes_a_fresh_prestarted_container_and_the_server_discards_it(
    serving: Callable[..., FakeSandbox], socket_path: Path, tmp_path: Path
) -> None:
    sandbox = serving(_report_worker)

    handed: list[str] = []
    for _ in range(2):
        _wait_for(lambda: len(sandbox.events("start")) == len(handed) + 1)
        process = _client(socket_path, ["run", "x/001", "s.py"], tmp_path)
        out, _ = process.communicate(timeout=20)
        handed.append(json.loads(out)["warm"][0])

    assert handed == ["c1", "c2"]
    _wait_for(lambda: sandbox.events("discard") == ["c1", "c2"])


def _slow_worker(argv: list[str], warm: Started | None) -> int:
    try:  # as the CLI's error handling wraps a whole command
        Path("worker-sleeping").touch()  # in the client's folder
        time.sleep(30)
    except KeyboardInterrupt:
        os.write(2, b"worker interrupted\n")
        return 130
    return 0


def _worker_that_loses_the_first_interrupt(argv: list[str], warm: Started | None) -> int:
    """The lost wakeup, made to happen every time: the interrupt lands while the main
    thread is between its last signal check and a blocking call (here: while it holds
    the signal blocked, standing for a GIL-holding call), and is used up there. Only an
    interrupt sent again can end the blocking wait that follows."""
    signals = {signal.SIGINT, signal.SIGTERM}
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, signals)
        Path("worker-sleeping").touch()
        give_up = time.monotonic() + 20
        while not signal.sigpending() & signals and time.monotonic() < give_up:
            time.sleep(0.001)
        if signal.sigpending() & signals:
            signal.sigwait(signals)  # the first interrupt is consumed before the wait begins
        signal.pthread_sigmask(signal.SIG_UNBLOCK, signals)
        time.sleep(30)
    except KeyboardInterrupt:
        os.write(2, b"worker interrupted\n")
        return 130
    return 0


def test_a_server_whose_code_changed_declines_and_stops(
    serving: Callable[..., FakeSandbox], socket_path: Path, tmp_path: Path
) -> None:
    code_dir = tmp_path / "code"
    code_dir.mkdir()
    module = code_dir / "module.py"
    module.write_text("# loaded by the server\n")
    sandbox = serving(_report_worker, code_dir)
    os.utime(module, ns=(module.stat().st_atime_ns, module.stat().st_mtime_ns + 10**9))  # "edited"

    process = _client(socket_path, ["run", "x/001", "s.py"], tmp_path)
    out, err = process.communicate(timeout=20)

    assert process.returncode == 0 and out == b"", err  # forward() gave None: judge in-process
    _wait_for(lambda: not socket_path.exists())
    assert sandbox.events("discard") == ["c1"]


@pytest.mark.parametrize("worker", [_slow_worker, _worker_that_loses_the_first_interrupt])
def test_a_client_that_goes_away_stops_its_worker(
    serving: Callable[..., FakeSandbox], socket_path: Path, tmp_path: Path, worker: RunCli
) -> None:
    serving(worker)
    process = _client(socket_path, ["run", "x/001", "s.py"], tmp_path)
    _wait_for(lambda: (tmp_path / "worker-sleeping").exists(), within_s=20)
    started = time.monotonic()
    process.send_signal(signal.SIGINT)  # the client shuts its side; the worker stops
    _, err = process.communicate(timeout=20)

    assert process.returncode == 130
    assert b"worker interrupted" in err
    assert time.monotonic() - started < 10


def test_a_second_server_on_the_same_socket_is_refused(
    serving: Callable[..., FakeSandbox], socket_path: Path
) -> None:
    serving(_report_worker)
    # from another process, as a second `judge serve` would be: a probe from this one
    # would be inherited by the worker the server forks for it, and never close
    code = (
        f"from pathlib import Path; from judge.serve.server import listen; listen(Path({str(socket_path)!r}))"
    )

    probe = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )

    assert probe.returncode == 1
    assert "JudgeError: a judge server already listens on" in probe.stderr


def test_a_stopped_server_removes_its_socket_and_its_waiting_container(
    socket_path: Path, tmp_path: Path
) -> None:
    sandbox = FakeSandbox(tmp_path / "sandbox.log")
    server = Server(socket_path, sandbox, _report_worker, 256, STACK, poll_s=0.02)
    thread = threading.Thread(target=server.serve_forever, daemon=True)  # never forks here
    thread.start()
    _wait_for(lambda: sandbox.events("start") == ["c1"])

    server.stop()
    thread.join(timeout=5)

    assert not socket_path.exists()
    assert sandbox.events("discard") == ["c1"]


def test_an_idle_server_stops_by_itself(socket_path: Path, tmp_path: Path) -> None:
    server = Server(
        socket_path,
        FakeSandbox(tmp_path / "sandbox.log"),
        _report_worker,
        256,
        STACK,
        idle_timeout_s=0.2,
        poll_s=0.02,
    )
    started = time.monotonic()

    server.serve_forever()

    assert time.monotonic() - started < 5
    assert not socket_path.exists()


_TEXT = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)))


@given(
    argv=st.lists(_TEXT),
    cwd=_TEXT,
    env=st.dictionaries(_TEXT.filter(lambda name: "=" not in name and name != ""), _TEXT),
)
def test_a_request_round_trips(argv: list[str], cwd: str, env: dict[str, str]) -> None:
    assert wire.decode_request(wire.encode_request(argv, cwd, env)) == (argv, cwd, env)


def test_non_utf8_arguments_survive_the_trip() -> None:
    odd = b"caf\xe9.py".decode("utf-8", "surrogateescape")  # as Python sees a Latin-1 file name

    assert wire.decode_request(wire.encode_request(["run", odd], "/", {}))[0] == ["run", odd]


@pytest.mark.parametrize("payload", [b"", b"/only-cwd", b"/\0x", b"/\x003\0run"])
def test_a_malformed_request_is_refused(payload: bytes) -> None:
    with pytest.raises(ValueError, match="malformed"):
        wire.decode_request(payload)
