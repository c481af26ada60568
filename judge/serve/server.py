"""`judge serve`: keep the judge loaded and one sandbox container started, for fast runs.

    judge run ...  --unix socket-->  server (one process, single-threaded)
                                       |  keeps the Docker SDK and the judge imported,
                                       |  and one hardened container started and waiting
                                       |  for its job on stdin (DockerSandbox.prestart)
                                       +-- fork per request --> worker
                                             runs the `judge` CLI with the client's argv,
                                             folder, environment, stdin/stdout/stderr, and
                                             takes over the waiting container (handed to
                                             it as an object); answers the exit code

Every run still gets a fresh container that runs one job and is removed; the server only
starts it before the run is asked for. The worker owns the run exactly as `judge run`
would in-process (deadline, removal, Ctrl-C); when a worker ends, the server also
removes the container it handed over, in case the worker was killed. The wire format is
in `wire`.
"""

from __future__ import annotations

import gc
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ..errors import JudgeError, JudgeFault, SandboxError, SandboxUnavailable
from ..harness.processes import pidfd
from ..sandbox.attach import Started
from .wire import RETRY
from .worker import RunCli, work

POLL_S = 1.0
CODE_DIR = Path(__file__).resolve().parent.parent  # the whole judge package
AUTO_IDLE_TIMEOUT_S = 900.0
RETRY_PRESTART_S = 10.0


class Prestarter(Protocol):
    """What the server needs of a sandbox (DockerSandbox has it)."""

    def prestart(self, memory_mb: int, stack_bytes: int) -> Started: ...

    def discard(self, container_id: str) -> None: ...


class Server:
    """Serves runs on a Unix socket until stopped, or idle for idle_timeout_s (0: never)."""

    def __init__(
        self,
        socket_path: Path,
        sandbox: Prestarter,
        run_cli: RunCli,
        memory_mb: int,
        stack_bytes: int,
        idle_timeout_s: float = 0.0,
        log: Callable[[str], None] = lambda _: None,
        poll_s: float = POLL_S,
        engine_env: dict[str, str] | None = None,
        code_dir: Path = CODE_DIR,
    ) -> None:
        """engine_env: variables a worker gets when its client uses the same engine as the
        server (same DOCKER_HOST) and has not set them, e.g. DOCKER_API_VERSION."""
        self.socket_path = socket_path
        self.sandbox = sandbox
        self.run_cli = run_cli
        self.memory_mb = memory_mb
        self.stack_bytes = stack_bytes
        self.idle_timeout_s = idle_timeout_s
        self.log = log
        self.poll_s = poll_s
        self.engine_env = dict(engine_env or {})
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        self._warm: Started | None = None
        self._prestart_failed_at = -RETRY_PRESTART_S
        self._workers: dict[int, tuple[str | None, float, int | None]] = {}  # pid: container, began, pidfd
        self.code_dir = code_dir
        self._code = code_fingerprint(code_dir)

    def serve_forever(self) -> None:
        listener = listen(self.socket_path)
        self.log(
            f"listening on {self.socket_path} (pid {os.getpid()}); `judge run` now goes through this server"
        )
        last_request = time.monotonic()
        restore = self._stop_on_signals()
        try:
            while not self._stop.is_set():
                self._reap()
                if not self._workers:  # not while a run is judged: it would compete for the CPU
                    self._keep_warm()
                watched = [
                    listener.fileno(),
                    self._wake_r,
                    *(fd for _, _, fd in self._workers.values() if fd is not None),
                ]
                ready, _, _ = select.select(watched, [], [], self.poll_s)
                if listener.fileno() in ready:
                    conn, _ = listener.accept()
                    last_request = time.monotonic()
                    if code_fingerprint(self.code_dir) != self._code:
                        _decline(conn)
                        self.log("the judge's code changed since this server started; stopping")
                        return
                    self._dispatch(listener, conn)
                elif (
                    not ready
                    and not self._stop.is_set()
                    and self.idle_timeout_s
                    and time.monotonic() - last_request > self.idle_timeout_s
                ):
                    self.log(f"idle for {self.idle_timeout_s:.0f} s; stopping")
                    return
            self.log("stopped")
        finally:
            restore()
            listener.close()
            _unlink(self.socket_path)
            if self._warm is not None:
                self._warm.release()
                self.sandbox.discard(self._warm.container.id)
            self._reap()

    def stop(self) -> None:
        """Ask serve_forever to return, from a signal handler or another thread."""
        self._stop.set()
        try:
            os.write(self._wake_w, b"\0")  # select wakes at once
        except OSError:
            pass

    def _stop_on_signals(self) -> Callable[[], None]:
        """In the main thread, SIGTERM and SIGINT stop the loop between steps instead of
        raising wherever they land (mid-prestart, a raised KeyboardInterrupt could lose a
        container that was just created); returns what restores the old handlers."""
        if threading.current_thread() is not threading.main_thread():
            return lambda: None
        old = {sig: signal.signal(sig, lambda *_: self.stop()) for sig in (signal.SIGTERM, signal.SIGINT)}

        def restore() -> None:
            for sig, handler in old.items():
                signal.signal(sig, handler)

        return restore

    def _keep_warm(self) -> None:
        if self._warm is not None or time.monotonic() - self._prestart_failed_at < RETRY_PRESTART_S:
            return
        try:
            self._warm = self.sandbox.prestart(self.memory_mb, self.stack_bytes)
        except (SandboxError, SandboxUnavailable, OSError) as error:
            self._prestart_failed_at = time.monotonic()
            self.log(f"cannot start a container ahead of time ({error}); runs start their own")

    def _dispatch(self, listener: socket.socket, conn: socket.socket) -> None:
        warm, self._warm = self._warm, None
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # a worker must not inherit half-written server output
        gc.freeze()
        pid = os.fork()
        if pid == 0:
            code = 3
            try:
                listener.close()
                code = work(conn, warm, self.run_cli, self.engine_env)
            finally:
                os._exit(code)
        conn.close()
        if warm is not None:
            warm.release()  # the worker holds its own copy of the socket
        self._workers[pid] = (warm.container.id if warm else None, time.monotonic(), pidfd(pid))

    def _reap(self) -> None:
        while self._workers:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                self._workers.clear()
                return
            if pid == 0:
                return
            container_id, began, exit_fd = self._workers.pop(pid, (None, time.monotonic(), None))
            if exit_fd is not None:
                os.close(exit_fd)
            code = os.waitstatus_to_exitcode(status)
            self.log(f"run finished: worker {pid}, exit {code}, {(time.monotonic() - began) * 1000:.0f} ms")
            if container_id is not None:
                self.sandbox.discard(container_id)  # gone already, unless the worker was killed


def code_fingerprint(code_dir: Path = CODE_DIR) -> list[tuple[str, int]]:
    """The judge's own files and their modification times: a server whose code changed
    (an update, an edit) stops rather than judge with what it loaded."""
    return sorted((str(p), p.stat().st_mtime_ns) for p in code_dir.rglob("*.py"))


def start_in_background(socket_path: Path, idle_timeout_s: float = AUTO_IDLE_TIMEOUT_S) -> bool:
    """Start `judge serve` detached from this terminal, logging to serve.log beside its
    socket, unless a server answers already; True when one was started."""
    if _answers(socket_path):
        return False
    socket_path.parent.mkdir(parents=True, exist_ok=True)
    with open(socket_path.with_name("serve.log"), "ab") as log:
        subprocess.Popen(
            [sys.executable, "-m", "judge", "serve", "--idle-timeout", str(idle_timeout_s)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    return True


def _answers(path: Path) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
        return True
    except OSError:
        return False
    finally:
        probe.close()


def _decline(conn: socket.socket) -> None:
    try:
        conn.sendall(RETRY)
    except OSError:
        pass
    conn.close()


def listen(path: Path) -> socket.socket:
    """A listening socket at path, readable by this user only; JudgeError if a server
    already answers there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if _answers(path):
        raise JudgeError(f"a judge server already listens on {path}; stop it before starting another")
    _unlink(path)  # nothing answers: a socket left by a server that was killed
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o077)
    try:
        listener.bind(str(path))
    except OSError as error:
        listener.close()
        raise JudgeFault(
            f"cannot listen on {path} ({error.strerror}); set JUDGE_CACHE_DIR to a shorter, writable folder"
        ) from None
    finally:
        os.umask(old_umask)
    listener.listen(16)
    return listener


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
