"""The host's control lines during a batch job, read from the harness's stdin.

    skip <index>\\n     stop running source <index> (its first failing test is known)

Read without blocking between tests; the descriptor is kept above the range a test's
child keeps (`closerange(5, ...)` there), so no candidate code can read or write it.
"""

from __future__ import annotations

import fcntl
import os
import select

FIRST_FD = 10
LINE_CAP = 64


class Control:
    def __init__(self, fd: int) -> None:
        self.fd = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, FIRST_FD)
        os.set_blocking(self.fd, False)
        self.skipped: set[int] = set()
        self._pending = bytearray()
        self._open = True

    def skips(self, index: int) -> bool:
        """Whether the host has asked to stop source index (reads what has arrived)."""
        self._drain()
        return index in self.skipped

    def _drain(self) -> None:
        while self._open and select.select([self.fd], [], [], 0)[0]:
            try:
                data = os.read(self.fd, 4096)
            except BlockingIOError:
                return
            if not data:
                self._open = False
                return
            self._pending += data
            *lines, rest = self._pending.split(b"\n")
            self._pending = bytearray(rest[:LINE_CAP])
            for line in lines:
                word, _, value = line.partition(b" ")
                if word == b"skip" and value.isdigit():
                    self.skipped.add(int(value))
