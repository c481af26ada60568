"""The harness parent's process work: read a test child's pipes, reap it, clear up after it.

Nothing here runs candidate code; every function is safe to call on a host (the
container-wide kill in `kill_stragglers` only happens when the harness is PID 1).
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import time
from dataclasses import dataclass
from typing import Any

SCRATCH = ("/tmp", "/dev/shm")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Deadline:
    """When a test is stopped. At `at` (the time policy's deadline), a test that got less
    than `share` of its budget on the CPU was starved by a loaded machine, not slow: it is
    owed the CPU it missed and runs on, but never past `cap`. On a quiet machine a running
    test has had nearly all of it, so the deadline is exactly the policy's."""

    at: float
    budget_s: float
    share: float
    cap: float

    @classmethod
    def of(cls, started: float, deadline_ms: int, meta: dict[str, Any]) -> Deadline:
        budget = deadline_ms / 1000
        cap = started + budget * float(meta.get("starved_cap", 1.0))
        return cls(started + budget, budget, float(meta.get("starved_share", 0.0)), cap)

    def passed(self, pid: int) -> bool:
        now = time.monotonic()
        if now < self.at:
            return False
        used = cpu_seconds(pid)
        if now >= self.cap or used is None or used >= self.share * self.budget_s:
            return True
        self.at = min(self.cap, now + self.budget_s - used)
        return False


def cpu_seconds(pid: int) -> float | None:
    """The CPU time a process has used so far (user + system), from /proc; None if gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def collect(
    pid: int, buffers: dict[int, bytearray], caps: dict[int, int], deadline: Deadline, first: dict[int, float]
) -> str | None:
    """Read the pipes until the child has exited and they are drained (or closed), a cap
    is passed, or the deadline; returns why it stopped early. Processes the child left
    behind may hold the pipes open: they do not keep the test waiting.

    Every pipe is closed on return.
    """
    open_fds = set(buffers)
    exit_fd = pidfd(pid)
    exited = False
    try:
        while open_fds:
            if deadline.passed(pid):
                return "timeout"
            remaining = max(deadline.at - time.monotonic(), 0.001)
            watched = list(open_fds) + ([exit_fd] if exit_fd is not None and not exited else [])
            wait = 0.0 if exited else (remaining if exit_fd is not None else min(remaining, 0.01))
            ready, _, _ = select.select(watched, [], [], wait)
            if exited and not ready:
                return None  # drained: what is left open belongs to stragglers
            for fd in ready:
                if fd == exit_fd:
                    exited = True
                    continue
                data = os.read(fd, 1 << 16)
                if not data:
                    open_fds.discard(fd)
                    os.close(fd)
                    continue
                first.setdefault(fd, time.monotonic())
                buffers[fd] += data
                if len(buffers[fd]) > caps[fd]:
                    return "output_limit"
            if exit_fd is None and not ready:
                exited = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
        return None
    finally:
        for fd in open_fds:
            os.close(fd)
        if exit_fd is not None:
            os.close(exit_fd)


def pidfd(pid: int) -> int | None:
    """A descriptor that becomes readable when the child exits (Linux 5.3+), if allowed.
    The host's `judge serve` uses it for its workers too."""
    try:
        return os.pidfd_open(pid)
    except (OSError, AttributeError):
        return None


REAP_WAIT_S = 0.05  # the longest wait on the exit descriptor between deadline checks


def reap(pid: int, deadline: Deadline) -> tuple[int, Any, bool]:
    """(wait status, rusage, killed by us at the deadline). Waits on the child's exit
    descriptor, woken the moment it exits, where the kernel gives one; else polls."""
    killed = False
    exit_fd = pidfd(pid)
    try:
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                return status, usage, killed
            if not killed and deadline.passed(pid):
                kill_group(pid)
                killed = True
            if exit_fd is None:
                time.sleep(0.0005)
                continue
            wait = REAP_WAIT_S if killed else min(REAP_WAIT_S, max(deadline.at - time.monotonic(), 0.001))
            select.select([exit_fd], [], [], wait)
    finally:
        if exit_fd is not None:
            os.close(exit_fd)


def kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def kill_stragglers() -> None:
    """As the container's PID 1, end every other process (daemons a test left behind,
    in any process group) and reap them, so the next test starts alone. Never on a host."""
    if os.getpid() != 1:
        return
    try:
        os.kill(-1, signal.SIGKILL)  # every process we may signal, except ourselves
    except OSError:
        pass
    give_up = time.monotonic() + 2.0
    while time.monotonic() < give_up:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.0005)


def clear_scratch() -> None:
    """As the container's PID 1, empty /tmp and /dev/shm, so each test starts with nothing
    an earlier test wrote there (as it starts with fresh module state). Never on a host."""
    if os.getpid() != 1:
        return
    for folder in SCRATCH:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            path = os.path.join(folder, name)
            try:
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    os.unlink(path)
            except OSError:
                pass
