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
from typing import Any

from . import worker
from .control import Control
from .job import Job, read_job
from .testrun import run_one

PR_SET_DUMPABLE = 4
REPLY_WAIT_S = 5.0  # the host answers a time-out at once; this only bounds a lost answer


def _emit(fd: int, record: dict[str, Any], *payloads: bytes) -> None:
    for data in (json.dumps(record).encode() + b"\n", *payloads):  # no joined copy of big answers
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]


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
    control = Control(0)  # the host may send control lines while the run goes on
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
        place = {"line": getattr(error, "lineno", None), "column": getattr(error, "offset", None)}
        _emit(proto, {"t": "compile", "message": message, **place, **tag})
        return None


def _loads(proto: int, code: Any, meta: dict[str, Any]) -> bool:
    """Load the module and find its entry point once, before any test: a file that fails
    there fails every test the same way, so it is reported once ("load")."""
    record, _, stdout, stderr = run_one(code, meta["entry"], None, meta, meta["deadline_ms"])
    if record.get("status") == "ok":
        return True
    record.update({"t": "load", "stdout": len(stdout), "stderr": len(stderr), "answer": 0})
    _emit(proto, record, stdout, stderr)
    return False


def _judge(proto: int, job: Job, control: Control) -> int:
    """Every source (one, or a batch) against every test, in order. A batch source stops
    when the host says `skip <index>`; tests larger than the host's `skip-above <n>` are
    reported as skipped. Records of a batch carry their source's index."""
    meta = job.meta
    _emit(proto, {"t": "hello", "version": 2, "python": sys.version.split()[0], "cases": len(job.ids)})
    deadlines = meta.get("deadlines_ms") or [meta["deadline_ms"]] * len(job.ids)
    sizes = meta.get("input_sizes") or [0] * len(job.ids)
    for index, source in enumerate(job.sources):
        tag = {"source": index} if job.batch else {}
        code = _compile(proto, source, tag)
        if code is None:
            continue
        gc.freeze()  # children then share these objects instead of copying them on first touch
        if not job.batch and not _loads(proto, code, meta):
            break
        if meta.get("session"):
            _session(proto, code, meta, control)
            break
        for case_id, case_input, deadline_ms, size in zip(job.ids, job.inputs, deadlines, sizes, strict=True):
            if control.skips(index):
                break
            if control.above is not None and size > control.above:
                _emit(
                    proto, {"t": "case", "id": case_id, "status": "skipped", "answer": 0, "stdout": 0, **tag}
                )
                continue
            record, answer, stdout, stderr = run_one(code, meta["entry"], case_input, meta, deadline_ms)
            lengths = {"answer": len(answer), "stdout": len(stdout), "stderr": len(stderr)}
            record.update({"t": "case", "id": case_id, **lengths, **tag})
            _emit(proto, record, answer, stdout, stderr)
            if record.get("status") == "missing_entry":
                break
            if record.get("status") == "timeout" and meta.get("reply_after_timeout"):
                control.wait(REPLY_WAIT_S)
    _emit(proto, {"t": "done"})
    return 0


def _session(proto: int, code: Any, meta: dict[str, Any], control: Control) -> None:
    """`judge stress`: the file stays loaded while batches of inputs arrive on stdin,
    each input in a fresh child as any test; a `batch` record follows each batch."""
    while (batch := control.next_batch()) is not None:
        ids, inputs = batch
        for case_id, case_input in zip(ids, inputs, strict=True):
            record, answer, stdout, stderr = run_one(
                code, meta["entry"], case_input, meta, meta["deadline_ms"]
            )
            record.update({"t": "case", "id": case_id, "answer": len(answer), "stdout": len(stdout)})
            record["stderr"] = len(stderr)
            _emit(proto, record, answer, stdout, stderr)
        _emit(proto, {"t": "batch", "cases": len(ids)})


if __name__ == "__main__":
    sys.exit(main())
