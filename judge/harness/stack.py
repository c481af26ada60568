"""Where a test was when its time ran out: the candidate's stack at the deadline.

In the test's child, `install(fd)` sets two handlers on the stack pipe:
- SIGUSR1 (Python level): the candidate's frames (line, function) of the thread running
  the solution, innermost last, and how deep they go, as one line of JSON;
- SIGUSR2 (faulthandler, C level): a text traceback, for a child stuck inside one long
  builtin call, where a Python handler cannot run until the call returns.

In the parent, at the deadline, `capture(pid, fd)` asks for the first, then the second,
and reads what comes within a short wait. Nothing here trusts the child: what is read is
capped and parsed strictly; the child may have replaced the handlers (it only loses its
own diagnostics).
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import select
import signal
import sys
import time
from typing import Any

SOURCE_NAME = "solution.py"
KEEP = 8  # innermost candidate frames reported
CAP = 16 << 10
WAIT_S = 0.15
_FAULT_LINE = re.compile(r'File "solution\.py", line (\d+) in (\S+)')


def install(fd: int) -> None:
    """In a test's child: answer SIGUSR1 and SIGUSR2 with the stack, on fd."""

    def dump(signum: int, frame: Any) -> None:
        frames = _candidate_frames()
        record = {"frames": frames[-KEEP:], "depth": len(frames)}
        try:
            os.write(fd, json.dumps(record).encode()[:CAP] + b"\n")
        except OSError:
            pass

    signal.signal(signal.SIGUSR1, dump)
    faulthandler.register(signal.SIGUSR2, file=fd, all_threads=False)


def _candidate_frames() -> list[list[Any]]:
    """The candidate's frames, outermost first, of the thread that runs the solution (the
    main thread, or the deep-stack thread when there is one)."""
    best: list[list[Any]] = []
    for top in sys._current_frames().values():
        found = []
        frame: Any = top
        while frame is not None:
            if frame.f_code.co_filename == SOURCE_NAME:
                found.append([frame.f_lineno, frame.f_code.co_name])
            frame = frame.f_back
        if len(found) > len(best):
            best = found
    best.reverse()
    return best


def capture(pid: int, fd: int) -> dict[str, Any] | None:
    """Ask the child for its stack (Python level, then C level); None if neither came."""
    for sig, parse in ((signal.SIGUSR1, _parse_json), (signal.SIGUSR2, _parse_fault)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return None
        found = parse(_read(fd))
        if found is not None:
            return found
    return None


def _read(fd: int) -> bytes:
    data, give_up = bytearray(), time.monotonic() + WAIT_S
    while len(data) < CAP and (left := give_up - time.monotonic()) > 0:
        if not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, CAP)
        if not chunk:
            break
        data += chunk
        if data.endswith(b"\n") and data.count(b"\n") >= 1 and not data.startswith(b"Stack"):
            break
    return bytes(data[:CAP])


def _parse_json(data: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(data.split(b"\n", 1)[0])
    except ValueError:
        return None
    frames = record.get("frames") if isinstance(record, dict) else None
    depth = record.get("depth") if isinstance(record, dict) else None
    if not isinstance(frames, list) or type(depth) is not int:
        return None
    clean = [
        [f[0], str(f[1])[:80]]
        for f in frames[-KEEP:]
        if isinstance(f, list) and len(f) == 2 and type(f[0]) is int
    ]
    return {"frames": clean, "depth": depth}


def _parse_fault(data: bytes) -> dict[str, Any] | None:
    """faulthandler's text lists the innermost frame first, at most 100 of them."""
    found = [[int(line), name[:80]] for line, name in _FAULT_LINE.findall(data.decode("utf-8", "replace"))]
    if not found:
        return None
    found.reverse()
    return {"frames": found[-KEEP:], "depth": len(found), "in_builtin": True}
