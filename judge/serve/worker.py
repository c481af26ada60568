"""One run in a `judge serve` worker: the forked process takes on the client's identity
(argv, folder, environment, stdin/stdout/stderr), runs the CLI with the container the
server started for it, and answers the exit code. The wire format is in `wire`.

Cancellation cannot be lost. When the client goes away (Ctrl-C there, or killed), a
watcher thread interrupts the main thread with a thread-directed SIGINT, and sends it
again until the main thread has taken it: a signal that lands just before a blocking
call (while the main thread is between its last signal check and the call) is handled
only once that call returns, so one signal is not enough. The handler raises
KeyboardInterrupt once; later signals are ignored, so the run's cleanup (removing its
container) is never interrupted. Inherited signal dispositions do not matter: the
handlers are installed here.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
from collections.abc import Callable
from typing import Any

from ..errors import JudgeError
from ..sandbox.attach import Started
from .wire import LENGTH, PAYLOAD_CAP, decode_request, encode_exit

REQUEST_TIMEOUT_S = 10.0  # a client sends its request at once; a silent one is dropped
RESEND_S = 0.05

RunCli = Callable[[list[str], Started | None], int]


class Cancellation:
    """Interrupts the main thread until it has taken the interrupt, or the run ended."""

    def __init__(self) -> None:
        self._main = threading.main_thread().ident or 0
        self._taken = threading.Event()
        self._finished = threading.Event()

    def install(self) -> None:
        """In the main thread: SIGINT and SIGTERM raise KeyboardInterrupt, once."""
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self._interrupt)

    def _interrupt(self, signum: int, frame: Any) -> None:
        if self._taken.is_set():
            return  # taken already: let the cleanup it started finish
        self._taken.set()
        raise KeyboardInterrupt

    def cancel(self) -> None:
        """From another thread: interrupt the main thread, again and again until it has."""
        while not (self._finished.is_set() or self._taken.is_set()):
            try:
                signal.pthread_kill(self._main, signal.SIGINT)
            except (OSError, ValueError):
                return  # the main thread is gone: nothing left to cancel
            self._taken.wait(RESEND_S)

    def finish(self) -> None:
        self._finished.set()


def work(conn: socket.socket, warm: Started | None, run_cli: RunCli, engine_env: dict[str, str]) -> int:
    """In the forked worker: take on the client's identity, run the CLI, answer the code,
    then wait for the run's leftover work (the container's removal) before exiting."""
    cancellation = Cancellation()
    cancellation.install()
    argv, cwd, env = _receive(conn)
    os.chdir(cwd)
    same_engine = env.get("DOCKER_HOST") == os.environ.get("DOCKER_HOST")
    os.environ.clear()
    os.environ.update(env)
    if same_engine:
        for name, value in engine_env.items():
            os.environ.setdefault(name, value)
    watcher = threading.Thread(target=_cancel_when_client_leaves, args=(conn, cancellation), daemon=True)
    watcher.start()
    try:
        code = run_cli(argv, warm)
    finally:
        cancellation.finish()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    try:
        conn.sendall(encode_exit(code))
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


def _cancel_when_client_leaves(conn: socket.socket, cancellation: Cancellation) -> None:
    """The client shuts its side on Ctrl-C (or dies): cancel the run."""
    try:
        while conn.recv(4096):
            pass
    except OSError:
        pass
    cancellation.cancel()
