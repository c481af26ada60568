"""Sandboxes for the unit tier: the real harness on the host, and sandboxes that fail.

`SubprocessSandbox` runs exactly what the runner image runs, `python -S -B -m <harness>`
with the job written to its stdin, as a plain subprocess of the test process, with the
container's environment and stack limit (both read from `judge.sandbox.settings`):

    [sys.executable, "-S", "-B", "-m", "judge.harness"]   cwd = repo root, stdin = request.job

It enforces the run's wall deadline (kill -> timed_out, exit code -9) and the output cap
(stop reading, kill -> output_capped), and reports other signal deaths as Docker does
(128 + signal). It does not isolate anything and does not enforce `memory_mb`, so
`oom_killed` is always False: memory and isolation belong to the Docker tier.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from judge.bank.model import Problem
from judge.errors import SandboxError, SandboxUnavailable
from judge.judging.context import Context
from judge.judging.expected import TestSet, load_test_set
from judge.judging.job import Job, TimeLimit
from judge.judging.policy import DEFAULT, Policy
from judge.judging.report import Report
from judge.judging.run import Watching, judge_job
from judge.judging.verdict import Verdict
from judge.sandbox import RunOutcome, RunRequest, Sandbox
from judge.sandbox.settings import container_settings

REPO_ROOT = Path(__file__).resolve().parent.parent
HARNESS_MODULE = "judge.harness"
READ_CHUNK = 1 << 16
_CONTAINER = container_settings("fake", 256, DEFAULT.stack_bytes, {})
ENVIRONMENT: dict[str, str] = dict(_CONTAINER["environment"])
STACK_BYTES: int | None = next((u["soft"] for u in _CONTAINER["ulimits"] if u["name"] == "stack"), None)
# sets the stack limit, then becomes the harness (a preexec_fn is unsafe in threaded callers)
_LAUNCH = """
import os, resource, sys
stack, module = sys.argv[1:]
if stack:
    hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
    wanted = int(stack) if hard == resource.RLIM_INFINITY else min(int(stack), hard)
    resource.setrlimit(resource.RLIMIT_STACK, (wanted, hard))
os.execv(sys.executable, [sys.executable, "-S", "-B", "-m", module])
"""


class SubprocessSandbox:
    """The real harness as a host subprocess; see the module docstring for what it omits."""

    image = "fake-subprocess"

    def __init__(self) -> None:
        self.requests: list[RunRequest] = []
        self.running: set[subprocess.Popen[bytes]] = set()
        self.cancelled = False

    def run(self, request: RunRequest) -> RunOutcome:
        if self.cancelled:
            raise SandboxError("the run was cancelled")
        self.requests.append(request)
        return _run_harness(request, self.running)

    def cancel(self) -> None:
        """Kill every harness under way, as the Docker sandbox kills its containers."""
        self.cancelled = True
        for process in list(self.running):
            _kill_tree(process.pid)


class FailingSandbox:
    """A sandbox whose engine fails on every run, as a lost Docker daemon would."""

    image = "fake-subprocess"

    def __init__(self, message: str = "the engine went away") -> None:
        self.message = message

    def run(self, request: RunRequest) -> RunOutcome:
        raise SandboxError(self.message)

    def cancel(self) -> None:
        pass


def unavailable_sandbox(log: object = None) -> SubprocessSandbox:
    """Stands in for opening the Docker sandbox when there is no engine."""
    raise SandboxUnavailable("cannot reach the Docker engine (fake)")


def _run_harness(request: RunRequest, running: set[subprocess.Popen[bytes]] | None = None) -> RunOutcome:
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-S", "-c", _LAUNCH, str(STACK_BYTES or ""), HARNESS_MODULE],
        cwd=REPO_ROOT,
        env=ENVIRONMENT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    if running is not None:
        running.add(process)
    try:
        return _follow(process, request, started)
    finally:
        if running is not None:
            running.discard(process)


def _follow(process: subprocess.Popen[bytes], request: RunRequest, started: float) -> RunOutcome:
    stdout, capped, stopped = bytearray(), threading.Event(), threading.Event()
    stderr = bytearray()
    stdin_lock = threading.Lock()  # the job first, then any control lines of a watcher
    readers = [
        threading.Thread(target=_write_job, args=(process, request.job, stdin_lock, request.watch is None)),
        threading.Thread(target=_read_capped, args=(process, stdout, request, capped, stopped, stdin_lock)),
        threading.Thread(target=_read_all, args=(process.stderr, stderr)),
    ]
    for reader in readers:
        reader.start()
    timed_out = False
    try:
        process.wait(timeout=request.deadline_s)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_tree(process.pid)
        process.wait()
    if capped.is_set():
        _kill_tree(process.pid)
    for reader in readers:
        reader.join()
    with contextlib.suppress(OSError):
        assert process.stdin is not None
        process.stdin.close()
    return RunOutcome(
        stdout=bytes(stdout[: request.output_cap]),
        stderr=bytes(stderr),
        exit_code=-9 if timed_out else _docker_exit_code(process.returncode),
        timed_out=timed_out,
        output_capped=capped.is_set(),
        stopped_early=stopped.is_set(),
        wall_s=time.monotonic() - started,
    )


def _read_capped(
    process: subprocess.Popen[bytes],
    into: bytearray,
    request: RunRequest,
    capped: threading.Event,
    stopped: threading.Event,
    stdin_lock: threading.Lock,
) -> None:
    """Read stdout as the Docker sandbox does: stop at the cap, or when the watcher says
    so; what the watcher sends goes to the harness's stdin, as over Docker's attach socket."""
    assert isinstance(process.stdout, io.BufferedReader)

    def send(data: bytes) -> None:
        with stdin_lock, contextlib.suppress(OSError, ValueError):
            assert process.stdin is not None
            process.stdin.write(data)
            process.stdin.flush()

    while chunk := process.stdout.read1(READ_CHUNK):
        into += chunk
        if len(into) > request.output_cap:
            capped.set()
            _kill_tree(process.pid)
            break
        if request.watch is not None and request.watch(into, send):
            stopped.set()
            _kill_tree(process.pid)
            break
    process.stdout.close()


def _write_job(process: subprocess.Popen[bytes], job: bytes, lock: threading.Lock, close: bool) -> None:
    """Write the job; close stdin after it unless a watcher may still send control lines."""
    assert process.stdin is not None
    with lock:
        with contextlib.suppress(OSError):  # a harness that died early stops reading
            process.stdin.write(job)
            process.stdin.flush()
        if close:
            with contextlib.suppress(OSError):
                process.stdin.close()


def _read_all(stream: io.BufferedReader | None, into: bytearray) -> None:
    assert stream is not None
    while chunk := stream.read1(READ_CHUNK):
        into += chunk
    stream.close()


def _docker_exit_code(returncode: int) -> int:
    """Popen's -N for "killed by signal N" becomes 128 + N, as Docker reports it."""
    return 128 - returncode if returncode < 0 else returncode


def _kill_tree(pid: int) -> None:
    """Kill every test child the harness forked (each leads its own group), then the harness.

    The harness is stopped first, so it cannot fork the next test's child in between."""
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGSTOP)
    _wait_until_stopped(pid)
    for target in [*_descendants(pid), pid]:
        for kill in (os.killpg, os.kill):
            with contextlib.suppress(OSError):
                kill(target, signal.SIGKILL)


def _wait_until_stopped(pid: int, within_s: float = 1.0) -> None:
    """A signal lands asynchronously: wait until the process really is stopped (or gone)."""
    give_up = time.monotonic() + within_s
    while time.monotonic() < give_up:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except (OSError, IndexError):
            return
        if state in ("T", "t", "Z", "X"):
            return
        time.sleep(0.001)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rpartition(")")[2].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def cases_of(problem: Problem, cache_dir: Path) -> TestSet:
    """The problem's tests with expected answers, as the judge caches them."""
    return load_test_set(problem, cache_dir, DEFAULT.stack_bytes)


def judge_with_limit(
    problem: Problem,
    source: bytes,
    sandbox: Sandbox,
    cache_dir: Path,
    limit_ms: int,
    name: str = "solution.py",
    stop_at: Verdict | None = None,
) -> Report:
    """Judge source under a fixed time limit (no reference timing), as the core's run step does."""
    context = Context.of(sandbox, cache_dir)
    job = Job(problem, context.tests(problem), TimeLimit.fixed(limit_ms))
    watching = (
        None
        if stop_at is None
        else Watching(stop_when=lambda results: any(r.verdict is stop_at for r in results))
    )
    return judge_job(job, source, context, name, watching)


def invoke(
    *args: str | Path,
    problems: Path | None = None,
    sandbox: Callable[..., Sandbox] | None = None,
    policy: Policy = DEFAULT,
    env: dict[str, str] | None = None,
    input: str | None = None,
) -> Result:
    """The CLI as `judge` runs it, with the sandbox it opens (default: the harness as a
    subprocess) and the policy passed in through click's context."""
    from judge import cli
    from judge.cli.runtime import Runtime

    opener = sandbox or SubprocessSandbox
    options = ["--problems", str(problems)] if problems else []
    runtime = Runtime(open_sandbox=lambda log: opener(), policy=policy)
    return CliRunner().invoke(cli.main, [*options, *map(str, args)], obj=runtime, env=env, input=input)
