"""The harness's trusted parent: `python3 -S -B -m judge_harness`, the job on stdin.

The job (entry point, limits, the candidate's file and each test's input; never an
expected answer) is read whole from stdin first (`job.py`); stdin is then /dev/null.

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
import signal
import sys
import time
from typing import Any

from . import worker
from .control import Control
from .job import Job, read_job
from .processes import collect, kill_group, kill_stragglers, reap

CALL_GRACE_S = 0.1  # module load and argument building between parsed input and the call
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


def _spawn(
    code: Any, entry: dict[str, Any], case_input: bytes, meta: dict[str, Any]
) -> tuple[int, int, int, int]:
    """Fork a test's child: fd 1 and 2 go to one capped pipe, its answer to fd 3, and one
    byte to fd 4 once its input is parsed (before any candidate code runs)."""
    result_r, result_w = os.pipe()
    out_r, out_w = os.pipe()
    ready_r, ready_w = os.pipe()
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
            os.dup2(ready_w, 4)
            os.closerange(5, 4096)
            with open("/proc/self/oom_score_adj", "w") as adj:
                adj.write("1000")
        except BaseException:
            pass
        worker.child_main(code, entry, case_input, 3, meta, ready_fd=4)
    for fd in (result_w, out_w, ready_w):
        os.close(fd)
    return pid, result_r, out_r, ready_r


def _parse_child(raw: bytearray, header_cap: int) -> tuple[dict[str, Any], bytes]:
    cut = raw.find(b"\n", 0, header_cap + 1)
    if cut < 0 or cut > header_cap:
        raise ValueError("no result header")
    line, payload = bytes(raw[:cut]), bytes(memoryview(raw)[cut + 1 :])
    header = json.loads(line)
    if not isinstance(header, dict) or header.get("status") not in worker.CHILD_STATUSES:
        raise ValueError("bad result header")
    clean: dict[str, Any] = {"status": header["status"]}
    for key, kind in (("time_ns", int), ("type", str), ("message", str), ("line", int)):
        if type(header.get(key)) is kind:
            clean[key] = header[key] if kind is int else header[key][:300]
    return clean, payload if clean["status"] == "ok" else b""


def _run_one(
    code: Any, entry: dict[str, Any], case_input: bytes, meta: dict[str, Any], deadline_ms: int
) -> tuple[dict[str, Any], bytes, bytes]:
    kills_before = _oom_kills()
    started = time.monotonic()
    deadline = started + deadline_ms / 1000  # the host's time policy
    pid, result_r, out_r, ready_r = _spawn(code, entry, case_input, meta)
    fds = {result_r: bytearray(), out_r: bytearray(), ready_r: bytearray()}
    caps = {result_r: meta["answer_limit"] + meta["header_limit"], out_r: meta["stdout_limit"], ready_r: 1}
    first: dict[int, float] = {}
    stopped = collect(pid, fds, caps, deadline, first)
    if stopped:
        kill_group(pid)
    status, usage, killed = reap(pid, deadline)
    wall_ns = int((time.monotonic() - started) * 1e9)
    kill_group(pid)
    kill_stragglers()
    record: dict[str, Any] = {"wall_ns": wall_ns, "cpu_ns": int((usage.ru_utime + usage.ru_stime) * 1e9)}
    stdout = bytes(fds[out_r])
    record["stdout_truncated"] = len(stdout) > meta["stdout_keep"]
    stdout = stdout[: meta["stdout_keep"]]
    if stopped == "timeout" or killed:
        record["status"] = "timeout"
        return record, b"", stdout
    if stopped == "output_limit":
        record["status"] = "output_limit"
        return record, b"", stdout
    try:
        header, payload = _parse_child(fds[result_r], meta["header_limit"])
    except ValueError:
        header, payload = _crash_header(status, kills_before), b""
    if header.get("status") == "ok" and result_r in first:
        # The child reports its own call time, and could lie; the answer cannot have been
        # ready before it reached this pipe, nor the call started before the input was
        # parsed, so that bounds the time from below.
        seen_ns = int((first[result_r] - first.get(ready_r, started) - CALL_GRACE_S) * 1e9)
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


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as PID 1, only handled signals arrive
    proto = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)
    _make_undumpable()
    try:
        job = read_job(0)
    except (OSError, ValueError, KeyError, TypeError) as error:
        _emit(proto, {"t": "fault", "message": f"cannot read the job: {error}"[:500]})
        return 3
    control = Control(0) if job.batch else None  # a batch keeps listening to the host
    os.dup2(devnull, 0)  # the host's connection is no child's business
    try:
        return _judge(proto, job, control)
    except Exception as error:
        _emit(proto, {"t": "fault", "message": f"{type(error).__name__}: {error}"[:500]})
        return 3


def _compile(proto: int, source: bytes, tag: dict[str, Any]) -> Any:
    """The code object, or None after reporting the compile error."""
    try:
        # decode as `python3 file.py` would: invalid UTF-8 (even in a comment) is a syntax error
        return compile(importlib.util.decode_source(source), worker.SOURCE_NAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError) as error:
        message = f"{type(error).__name__}: {getattr(error, 'msg', error)}"[:300]
        _emit(proto, {"t": "compile", "message": message, "line": getattr(error, "lineno", None), **tag})
        return None


def _judge(proto: int, job: Job, control: Control | None) -> int:
    """Every source (one, or a batch) against every test, in order; a batch source stops
    when the host says so. Records of a batch carry their source's index."""
    meta = job.meta
    _emit(proto, {"t": "hello", "version": 1, "python": sys.version.split()[0], "cases": len(job.ids)})
    deadlines = meta.get("deadlines_ms") or [meta["deadline_ms"]] * len(job.ids)
    for index, source in enumerate(job.sources):
        tag = {"source": index} if job.batch else {}
        code = _compile(proto, source, tag)
        if code is None:
            continue
        gc.freeze()  # children then share these objects instead of copying them on first touch
        for case_id, case_input, deadline_ms in zip(job.ids, job.inputs, deadlines, strict=True):
            if control is not None and control.skips(index):
                break
            record, answer, stdout = _run_one(code, meta["entry"], case_input, meta, deadline_ms)
            record.update({"t": "case", "id": case_id, "answer": len(answer), "stdout": len(stdout), **tag})
            _emit(proto, record, answer, stdout)
            if record.get("status") == "missing_entry":
                break
    _emit(proto, {"t": "done"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
