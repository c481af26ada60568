"""The host's control lines during a batch job, read from the harness's stdin.

    skip <index>\\n     stop running source <index> (its first failing test is known)

Read without blocking between tests; the descriptor is kept above the range a test's
child keeps (`closerange(5, ...)` there), so no candidate code can read or write it.
"""

from __future__ import annotations

import fcntl
import os
import select
import time

from .job import read_batch

FIRST_FD = 10
LINE_CAP = 64


class Control:
    def __init__(self, fd: int) -> None:
        self.fd = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, FIRST_FD)
        os.set_blocking(self.fd, False)
        self.skipped: set[int] = set()
        self.above: int | None = None
        self._pending = bytearray()
        self._open = True
        self._lines = 0

    def skips(self, index: int) -> bool:
        """Whether the host has asked to stop source index (reads what has arrived first,
        so `above` is up to date too)."""
        self._drain()
        return index in self.skipped

    def wait(self, timeout_s: float) -> None:
        """Block until the host sends a line (or closes, or timeout_s passes)."""
        lines_before = self._lines
        give_up = time.monotonic() + timeout_s
        while self._open and self._lines == lines_before and (left := give_up - time.monotonic()) > 0:
            select.select([self.fd], [], [], left)
            self._drain()

    def next_batch(self) -> tuple[list[str], list[bytes]] | None:
        """A session's next batch (`job.read_batch`), waiting for it; None at the end.
        A session reads only batches, never control lines, so nothing is buffered here."""
        os.set_blocking(self.fd, True)
        try:
            return read_batch(self.fd)
        finally:
            os.set_blocking(self.fd, False)

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
                self._lines += 1
                word, _, value = line.partition(b" ")
                if word == b"skip" and value.isdigit():
                    self.skipped.add(int(value))
                elif word == b"skip-above" and value.lstrip(b"-").isdigit():
                    self.above = int(value) if self.above is None else min(self.above, int(value))
