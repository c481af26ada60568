"""One test in a forked child, seen from the trusted parent: spawn, collect, reap, and
turn what came back into one record. Never runs candidate code itself.

    child fds   0 /dev/null   1 stdout pipe   2 stderr pipe   3 result pipe
                4 "input parsed" byte          5 stack pipe (at the deadline)
"""

from __future__ import annotations

import json
import os
import signal
import time
from typing import Any

from . import stack, worker
from .processes import Deadline, clear_scratch, collect, kill_group, kill_stragglers, reap

CALL_GRACE_S = 0.1  # module load and argument building between parsed input and the call
OOM_FILES = ("/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control")
Outcome = tuple[dict[str, Any], bytes, bytes, bytes]  # record, answer, stdout, stderr


def run_one(
    code: Any, entry: dict[str, Any], case_input: bytes | None, meta: dict[str, Any], deadline_ms: int
) -> Outcome:
    """Run one test (or, with case_input None, only load the module and find the entry
    point) in a fresh child; the record says how it went."""
    kills_before = _oom_kills()
    started = time.monotonic()
    deadline = Deadline.of(started, deadline_ms, meta)  # the host's time policy
    pid, pipes = _spawn(code, entry, case_input, meta)
    result_r, out_r, err_r, ready_r, stack_r = pipes
    fds = {result_r: bytearray(), out_r: bytearray(), err_r: bytearray(), ready_r: bytearray()}
    caps = {
        result_r: meta["answer_limit"] + meta["header_limit"],
        out_r: meta["stdout_limit"],
        err_r: meta["stdout_limit"],
        ready_r: 1,
    }
    first: dict[int, float] = {}
    stopped = collect(pid, fds, caps, deadline, first)
    at_deadline = stack.capture(pid, stack_r) if stopped == "timeout" else None
    os.close(stack_r)
    if stopped:
        kill_group(pid)
    status, usage, killed = reap(pid, deadline)
    wall_ns = int((time.monotonic() - started) * 1e9)
    kill_group(pid)
    kill_stragglers()
    clear_scratch()
    record: dict[str, Any] = {"wall_ns": wall_ns, "cpu_ns": int((usage.ru_utime + usage.ru_stime) * 1e9)}
    stdout, stderr = bytes(fds[out_r]), bytes(fds[err_r])
    keep = meta["stdout_keep"]
    record["stdout_truncated"] = len(stdout) > keep or len(stderr) > keep
    stdout, stderr = stdout[:keep], stderr[:keep]
    if stopped == "timeout" or killed:
        record["status"] = "timeout"
        if at_deadline is not None:
            record["stack"] = at_deadline
        return record, b"", stdout, stderr
    if stopped == "output_limit":
        record["status"] = "output_limit"
        return record, b"", stdout, stderr
    try:
        header, payload = _parse_child(fds[result_r], meta["header_limit"])
    except ValueError:
        header, payload = _crash_header(status, kills_before), b""
    if header.get("status") == "ok" and result_r in first and case_input is not None:
        # The child reports its own call time, and could lie; the answer cannot have been
        # ready before it reached this pipe, nor the call started before the input was
        # parsed, so that bounds the time from below.
        seen_ns = int((first[result_r] - first.get(ready_r, started) - CALL_GRACE_S) * 1e9)
        header["time_ns"] = max(int(header.get("time_ns", 0)), seen_ns)
    record.update(header)
    return record, payload, stdout, stderr


def _spawn(
    code: Any, entry: dict[str, Any], case_input: bytes | None, meta: dict[str, Any]
) -> tuple[int, list[int]]:
    pipes = [os.pipe() for _ in range(5)]  # result, stdout, stderr, ready, stack
    pid = os.fork()
    if pid == 0:  # child
        try:
            signal.signal(signal.SIGINT, signal.default_int_handler)
            os.setpgid(0, 0)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            for target, (_, write) in zip((3, 1, 2, 4, 5), pipes, strict=True):
                os.dup2(write, target)
            os.closerange(6, 4096)
            with open("/proc/self/oom_score_adj", "w") as adj:
                adj.write("1000")
        except BaseException:
            pass
        worker.child_main(code, entry, case_input, meta)
    for _, write in pipes:
        os.close(write)
    return pid, [read for read, _ in pipes]


def _parse_child(raw: bytearray, header_cap: int) -> tuple[dict[str, Any], bytes]:
    cut = raw.find(b"\n", 0, header_cap + 1)
    if cut < 0 or cut > header_cap:
        raise ValueError("no result header")
    line, payload = bytes(raw[:cut]), bytes(memoryview(raw)[cut + 1 :])
    header = json.loads(line)
    if not isinstance(header, dict) or header.get("status") not in worker.CHILD_STATUSES:
        raise ValueError("bad result header")
    clean: dict[str, Any] = {"status": header["status"]}
    kept = (
        ("time_ns", int),
        ("peak_bytes", int),
        ("type", str),
        ("message", str),
        ("line", int),
        ("depth", int),
    )
    for key, kind in kept:
        if type(header.get(key)) is kind:
            clean[key] = header[key] if kind is int else header[key][:300]
    frames = header.get("frames")
    if isinstance(frames, list):
        clean["frames"] = [
            [f[0], str(f[1])[:80]]
            for f in frames[-stack.KEEP :]
            if isinstance(f, list) and len(f) == 2 and type(f[0]) is int
        ]
    return clean, payload if clean["status"] == "ok" else b""


def _crash_header(status: int, kills_before: int | None) -> dict[str, Any]:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        kills_after = _oom_kills()
        if sig == signal.SIGKILL and (kills_before is None or (kills_after or 0) > kills_before):
            return {"status": "memory"}
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        return {"status": "crashed", "signal": name}
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
    return {"status": "crashed", "exit_code": code}


def _oom_kills() -> int | None:
    for path in OOM_FILES:
        try:
            with open(path) as handle:
                for line in handle:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return None
