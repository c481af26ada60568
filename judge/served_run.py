"""One run in a `judge serve` worker: the forked process takes on the client's identity
(argv, folder, environment, stdin/stdout/stderr), runs the CLI, and answers the exit code.
The wire format is in `judge.client`.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
from collections.abc import Callable

from .client import LENGTH, decode_request
from .errors import JudgeError
from .sandbox.attach import WARM_ENV, Started

REQUEST_TIMEOUT_S = 10.0  # a client sends its request at once; a silent one is dropped
PAYLOAD_CAP = 16 << 20
SERVED_ENV = "JUDGE_SERVED"  # set in a worker's environment: this run came through a server


def work(
    conn: socket.socket, warm: Started | None, run_cli: Callable[[list[str]], int], engine_env: dict[str, str]
) -> int:
    """In the forked worker: take on the client's identity, run the CLI, answer the code,
    then wait for the run's leftover work (the container's removal) before exiting."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    argv, cwd, env = _receive(conn)
    os.chdir(cwd)
    same_engine = env.get("DOCKER_HOST") == os.environ.get("DOCKER_HOST")
    os.environ.clear()
    os.environ.update(env)
    if same_engine:
        for name, value in engine_env.items():
            os.environ.setdefault(name, value)
    os.environ[SERVED_ENV] = "1"
    if warm is not None:
        os.environ[WARM_ENV] = warm.handover()
    finished = threading.Event()
    threading.Thread(target=_stop_when_client_leaves, args=(conn, finished), daemon=True).start()
    code = run_cli(argv)
    finished.set()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    try:
        conn.sendall(f"exit {code}\n".encode())
    except OSError:
        pass
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    return code


def _receive(conn: socket.socket) -> tuple[list[str], str, dict[str, str]]:
    """The request: the client's fds become this process's 0, 1 and 2."""
    conn.settimeout(REQUEST_TIMEOUT_S)
    message, fds, _, _ = socket.recv_fds(conn, LENGTH.size, 3)
    if len(message) != LENGTH.size or len(fds) != 3:
        raise JudgeError("a malformed request reached the judge server")
    for target, fd in zip((0, 1, 2), fds, strict=True):
        os.dup2(fd, target)
        os.close(fd)
    (size,) = LENGTH.unpack(message)
    if size > PAYLOAD_CAP:
        raise JudgeError("an oversized request reached the judge server")
    payload = bytearray()
    while len(payload) < size:
        chunk = conn.recv(size - len(payload))
        if not chunk:
            raise JudgeError("a request to the judge server was cut short")
        payload += chunk
    conn.settimeout(None)
    try:
        return decode_request(bytes(payload))
    except ValueError:
        raise JudgeError("a malformed request reached the judge server") from None


def _stop_when_client_leaves(conn: socket.socket, finished: threading.Event) -> None:
    """The client shuts its side on Ctrl-C (or dies): stop the run as SIGTERM would."""
    try:
        while conn.recv(4096):
            pass
    except OSError:
        pass
    if not finished.is_set():
        os.kill(os.getpid(), signal.SIGTERM)
