"""Searching for an input on which a solution and the reference disagree (host side).

Inputs come from the package's `brute.py` strategy; Hypothesis searches and then
shrinks to a smallest disagreeing input. The solution may be anything (a mutant of the
reference, a candidate's file), so the search runs in a forked child with a memory cap,
each call under a time limit, and the whole search under a wall-clock budget; the child
answers one line of JSON on a pipe. Expected answers come from the reference, answers
are compared with the problem's checker, both through the harness's own argument
building and answer encoding, exactly as judging does.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..bank.brute import Brute
from ..bank.model import Problem
from ..harness import worker
from ..judging.checkers import checker_for

MEMORY_BYTES = 2 << 30


@dataclass(frozen=True)
class Difference:
    input: Any
    expected: Any
    got: Any
    failure: str  # why the solution's answer is not accepted


@dataclass(frozen=True)
class Search:
    max_examples: int = 1500
    call_s: float = 1.0  # one call of the solution; longer is a difference (it hangs)
    budget_s: float = 60.0  # the whole search, shrinking included


class _CallTimeout(BaseException):
    """Raised by the timer inside a call; BaseException, so `except Exception` in the
    solution cannot swallow it."""


def find_difference(problem: Problem, brute: Brute, source: bytes, search: Search) -> Difference | None:
    """A smallest input from brute's strategy on which source and the reference disagree;
    None when none was found within the search's limits."""
    return _forked(lambda: _search(problem, brute, source, search), search)


def difference_on(problem: Problem, source: bytes, value: Any, search: Search) -> Difference | None:
    """How source's answer on value differs from the reference's; None when it is accepted
    (or the reference cannot answer value: it is not a valid input)."""
    return _forked(lambda: _compare(problem, source, search)(value), search)


def _forked(work: Callable[[], dict[str, Any] | None], search: Search) -> Difference | None:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read_end)
        _child(work, write_end)
    os.close(write_end)
    line = _read_line(read_end, search.budget_s + 10)
    os.close(read_end)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    if not line:
        return None
    found = json.loads(line)
    return (
        None
        if found is None
        else Difference(found["input"], found["expected"], found["got"], found["failure"])
    )


def _read_line(fd: int, timeout_s: float) -> bytes:
    data, give_up = bytearray(), time.monotonic() + timeout_s
    while b"\n" not in data and (left := give_up - time.monotonic()) > 0:
        if not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        data += chunk
    return bytes(data).split(b"\n", 1)[0]


def _child(work: Callable[[], dict[str, Any] | None], out: int) -> None:
    code = 1
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))
        signal.signal(signal.SIGALRM, _raise_timeout)
        found = work()
        os.write(out, json.dumps(found).encode() + b"\n")
        code = 0
    finally:
        os._exit(code)


def _search(problem: Problem, brute: Brute, source: bytes, search: Search) -> dict[str, Any] | None:
    from hypothesis import HealthCheck, Phase, find, settings
    from hypothesis.errors import NoSuchExample

    outcome = _compare(problem, source, search)
    chosen = settings(
        max_examples=search.max_examples,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    try:
        value = find(brute.strategy, lambda v: outcome(v) is not None, settings=chosen)
    except NoSuchExample:
        return None
    return outcome(value) or {"input": value, "expected": None, "got": None, "failure": "flaky"}


def _compare(problem: Problem, source: bytes, search: Search) -> Callable[[Any], dict[str, Any] | None]:
    """value -> None when source's answer is accepted, else what differs."""
    entry = problem.entry.to_wire()
    reference = compile(problem.reference_path.read_bytes(), worker.SOURCE_NAME, "exec", dont_inherit=True)
    solution = compile(source, worker.SOURCE_NAME, "exec", dont_inherit=True)
    check = checker_for(problem)

    def outcome(value: Any) -> dict[str, Any] | None:
        try:
            expected = _call(reference, entry, value, search.call_s * 10)
        except BaseException:
            return None  # the reference cannot answer: not a valid input to compare on
        try:
            got = _call(solution, entry, value, search.call_s)
        except _CallTimeout:
            return {
                "input": value,
                "expected": expected,
                "got": None,
                "failure": f"ran longer than {search.call_s:g} s",
            }
        except BaseException as error:
            return {
                "input": value,
                "expected": expected,
                "got": None,
                "failure": f"raised {type(error).__name__}",
            }
        result = check(value, expected, got)
        if result.ok:
            return None
        return {"input": value, "expected": expected, "got": got, "failure": result.message or "wrong answer"}

    return outcome


def _call(code: Any, entry: dict[str, Any], value: Any, limit_s: float) -> Any:
    signal.setitimer(signal.ITIMER_REAL, limit_s)
    try:
        return worker.run_case(code, entry, json.loads(json.dumps(value)))[0]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _raise_timeout(signum: int, frame: Any) -> None:
    raise _CallTimeout
