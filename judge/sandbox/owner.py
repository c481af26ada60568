"""Which judge process owns a container: a label of host, pid and the pid's start time.

A judge that was itself killed cannot remove its containers; the next judge to start
sweeps every container whose owner is no longer alive (`DockerSandbox.sweep`).
"""

from __future__ import annotations

import os
import socket


def owner_label() -> str:
    """host/pid/start-time of this process: unique, and checkable for liveness."""
    return f"{socket.gethostname()}/{os.getpid()}/{_start_time(os.getpid())}"


def _start_time(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return "?"


def owner_alive(label: str) -> bool:
    host, _, rest = label.partition("/")
    pid_text, _, started = rest.partition("/")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # not ours to judge
    return _start_time(int(pid_text)) == started
