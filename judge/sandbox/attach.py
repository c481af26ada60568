"""A started container's attach socket.

`Started` is a container that `DockerSandbox.prestart` created, attached and started: its
harness waits for the job on the socket. `judge serve` starts one ahead of time and hands
the object itself to the worker it forks for a run (the socket is inherited with the
fork); the worker's sandbox takes it over for exactly one run. No `docker` import here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Started:
    """A created, attached and started container whose harness waits for its job."""

    container: Any
    sock: Any  # the attach socket: the job goes in, framed stdout/stderr come out
    memory_mb: int
    stack_bytes: int

    def release(self) -> None:
        """Close this process's copy of the socket (a forked worker keeps its own)."""
        close_socket(self.sock)


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
