"""A started container's attach socket, and handing one to another process.

`Started` is a container that `DockerSandbox.prestart` created, attached and started: its
harness waits for the job on the socket. `judge serve` forks a worker per run and hands
it the waiting container through the environment, as systemd hands over sockets:

    JUDGE_WARM_CONTAINER=<container id>:<socket fd, inherited>:<memory MB>

No `docker` import here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

WARM_ENV = "JUDGE_WARM_CONTAINER"


@dataclass
class Started:
    """A created, attached and started container whose harness waits for its job."""

    container: Any
    sock: Any  # the attach socket: the job goes in, framed stdout/stderr come out
    memory_mb: int

    def handover(self) -> str:
        """The value of JUDGE_WARM_CONTAINER for a process that inherits the socket."""
        return f"{self.container.id}:{raw_socket(self.sock).fileno()}:{self.memory_mb}"

    def release(self) -> None:
        """Close this process's copy of the socket (a forked worker keeps its own)."""
        close_socket(self.sock)


@dataclass(frozen=True)
class WarmContainer:
    """A pre-started container this process inherited (its id, socket fd, memory)."""

    container_id: str
    fd: int
    memory_mb: int

    @classmethod
    def from_env(cls) -> WarmContainer | None:
        """Take (and remove) JUDGE_WARM_CONTAINER from the environment, if valid."""
        parts = os.environ.pop(WARM_ENV, "").split(":")
        if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
            return None
        return cls(parts[0], int(parts[1]), int(parts[2]))


def raw_socket(sock: Any) -> Any:
    """The socket under the SDK's attach object (a SocketIO over a Unix socket)."""
    return getattr(sock, "_sock", sock)


def close_socket(sock: Any) -> None:
    for target in (raw_socket(sock), sock):  # the SocketIO forgets its socket once closed
        try:
            if target is not None:
                target.close()
        except OSError:
            pass
