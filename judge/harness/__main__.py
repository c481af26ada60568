"""The harness's trusted parent: `python3 -S -B -m judge_harness /job`.

    /job/meta.json     entry point, per-test time limit, output caps (from the host)
    /job/cases.json    [{"id": ..., "input": ...}]  inputs only, never expected answers
    /job/solution.py   the candidate's file

The parent never executes candidate code. It compiles the file once (a syntax error is
reported as such), then forks one child per test, so no test can see what an earlier one
did to module state, builtins or its arguments. The child gets its own process group,
its stdout/stderr go to a capped pipe, and the parent kills the group on a wall-clock
deadline or when a cap is exceeded. Results go to the parent's original stdout, which
no child holds, as framed records:

    {"t": "case", "id": ..., "status": ..., "answer": N, "stdout": M, ...}\\n
    <N bytes of answer JSON><M bytes of captured stdout>

The parent is the container's PID 1 (no init process): it marks itself non-dumpable,
so children can neither open its file descriptors through /proc nor attach to it, and
the kernel ignores their signals to it. No other process holds the result stream. After
each test it kills every other process in the container and reaps them.
"""

from __future__ import annotations

import ctypes
import gc
import importlib.util
import json
import os
import select
import signal
import sys
import time
from typing import Any

from . import worker

STDOUT_KEEP = 8192
HEADER_CAP = 4096
SETUP_ALLOWANCE_S = 0.5
CALL_GRACE_S = 0.1  # fork, module load and argument building before a call starts
PR_SET_DUMPABLE = 4
OOM_FILES = ("/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control")


def _emit(fd: int, record: dict[str, Any], *payloads: bytes) -> None:
    for data in (json.dumps(record).encode() + b"\n", *payloads):  # no joined copy of big answers
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]


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


def _spawn(code: Any, entry: dict[str, Any], case_input: Any, meta: dict[str, Any]) -> tuple[int, int, int]:
    result_r, result_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            signal.signal(signal.SIGINT, signal.default_int_handler)
            os.setpgid(0, 0)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            os.dup2(result_w, 3)
            os.closerange(4, 4096)
            with open("/proc/self/oom_score_adj", "w") as adj:
                adj.write("1000")
        except BaseException:
            pass
        worker.child_main(code, entry, case_input, 3, meta)
    os.close(result_w)
    os.close(out_w)
    return pid, result_r, out_r


def _collect(
    pid: int, buffers: dict[int, bytearray], caps: dict[int, int], deadline: float, first: dict[int, float]
) -> str | None:
    """Read the pipes until the child has exited and they are drained (or closed), a cap
    is passed, or the deadline; returns why it stopped early. Processes the child left
    behind may hold the pipes open: they do not keep the test waiting.

    Every pipe is closed on return.
    """
    open_fds = set(buffers)
    exit_fd = _pidfd(pid)
    exited = False
    try:
        while open_fds:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return "timeout"
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


def _pidfd(pid: int) -> int | None:
    """A descriptor that becomes readable when the child exits (Linux 5.3+), if allowed."""
    try:
        return os.pidfd_open(pid)
    except (OSError, AttributeError):
        return None


def _reap(pid: int, deadline: float) -> tuple[int, Any, bool]:
    """(wait status, rusage, killed by us at the deadline)."""
    killed = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage, killed
        if time.monotonic() >= deadline and not killed:
            _kill_group(pid)
            killed = True
        time.sleep(0.0005)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _kill_stragglers() -> None:
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


def _parse_child(raw: bytearray) -> tuple[dict[str, Any], bytes]:
    cut = raw.find(b"\n", 0, HEADER_CAP + 1)
    if cut < 0:
        raise ValueError("no result header")
    line, newline, payload = bytes(raw[:cut]), b"\n", bytes(memoryview(raw)[cut + 1 :])
    if not newline or len(line) > HEADER_CAP:
        raise ValueError("no result header")
    header = json.loads(line)
    if not isinstance(header, dict) or header.get("status") not in worker.CHILD_STATUSES:
        raise ValueError("bad result header")
    clean: dict[str, Any] = {"status": header["status"]}
    for key, kind in (("time_ns", int), ("type", str), ("message", str), ("line", int)):
        if type(header.get(key)) is kind:
            clean[key] = header[key] if kind is int else header[key][:300]
    return clean, payload if clean["status"] == "ok" else b""


def _run_one(
    code: Any, entry: dict[str, Any], case: dict[str, Any], meta: dict[str, Any]
) -> tuple[dict[str, Any], bytes, bytes]:
    limit_s = meta["time_limit_ms"] / 1000
    kills_before = _oom_kills()
    started = time.monotonic()
    deadline = started + limit_s * 1.5 + SETUP_ALLOWANCE_S
    pid, result_r, out_r = _spawn(code, entry, case["input"], meta)
    fds = {result_r: bytearray(), out_r: bytearray()}
    caps = {result_r: meta["answer_limit"] + HEADER_CAP, out_r: meta["stdout_limit"]}
    first: dict[int, float] = {}
    stopped = _collect(pid, fds, caps, deadline, first)
    if stopped:
        _kill_group(pid)
    status, usage, killed = _reap(pid, deadline)
    wall_ns = int((time.monotonic() - started) * 1e9)
    _kill_group(pid)
    _kill_stragglers()
    record: dict[str, Any] = {"wall_ns": wall_ns, "cpu_ns": int((usage.ru_utime + usage.ru_stime) * 1e9)}
    stdout = bytes(fds[out_r])
    record["stdout_truncated"] = len(stdout) > STDOUT_KEEP
    stdout = stdout[:STDOUT_KEEP]
    if stopped == "timeout" or killed:
        record["status"] = "timeout"
        return record, b"", stdout
    if stopped == "output_limit":
        record["status"] = "output_limit"
        return record, b"", stdout
    try:
        header, payload = _parse_child(fds[result_r])
    except ValueError:
        header, payload = _crash_header(status, kills_before), b""
    if header.get("status") == "ok" and result_r in first:
        # The child reports its own call time, and could lie; the answer cannot have been
        # ready before it reached this pipe, so that bounds the time from below.
        seen_ns = int((first[result_r] - started - CALL_GRACE_S) * 1e9)
        header["time_ns"] = max(int(header.get("time_ns", 0)), seen_ns)
    record.update(header)
    return record, payload, stdout


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


def _make_undumpable() -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def main(job_dir: str) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as PID 1, only handled signals arrive
    proto = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    _make_undumpable()
    try:
        with open(os.path.join(job_dir, "meta.json"), "rb") as handle:
            meta = json.load(handle)
        with open(os.path.join(job_dir, "cases.json"), "rb") as handle:
            cases = json.load(handle)
        with open(os.path.join(job_dir, "solution.py"), "rb") as handle:
            source = handle.read()
    except (OSError, ValueError) as error:
        _emit(proto, {"t": "fault", "message": f"cannot read the job: {error}"})
        return 3
    try:
        return _judge(proto, meta, cases, source)
    except Exception as error:
        _emit(proto, {"t": "fault", "message": f"{type(error).__name__}: {error}"[:500]})
        return 3


def _judge(proto: int, meta: dict[str, Any], cases: list[dict[str, Any]], source: bytes) -> int:
    _emit(proto, {"t": "hello", "version": 1, "python": sys.version.split()[0], "cases": len(cases)})
    try:
        # decode as `python3 file.py` would: invalid UTF-8 (even in a comment) is a syntax error
        code = compile(importlib.util.decode_source(source), worker.SOURCE_NAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError) as error:
        line = getattr(error, "lineno", None)
        _emit(
            proto,
            {
                "t": "compile",
                "message": f"{type(error).__name__}: {getattr(error, 'msg', error)}"[:300],
                "line": line,
            },
        )
        _emit(proto, {"t": "done"})
        return 0
    entry = meta["entry"]
    gc.freeze()  # children then share these objects instead of copying them on first touch
    for case in cases:
        record, answer, stdout = _run_one(code, entry, case, meta)
        record.update({"t": "case", "id": case["id"], "answer": len(answer), "stdout": len(stdout)})
        _emit(proto, record, answer, stdout)
        if record.get("status") == "missing_entry":
            break
    _emit(proto, {"t": "done"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/job"))
