"""The harness's per-test deadline gives a starved test the CPU it is owed (a loaded
machine must not turn a memory or recursion failure into TLE), but never past its cap,
and never extends a test that really used its time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from judge.harness.processes import Deadline, cpu_seconds, reap


@pytest.fixture
def sleeper() -> Iterator[int]:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


@pytest.fixture
def spinner() -> Iterator[int]:
    process = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    yield process.pid
    process.kill()
    process.wait()


def _used_at_least(pid: int, seconds: float) -> None:
    give_up = time.monotonic() + 120  # a loaded machine gives the spinner its CPU slowly
    while (cpu_seconds(pid) or 0.0) < seconds:
        assert time.monotonic() < give_up, "the spinner never got the CPU"
        time.sleep(0.02)


def test_a_test_that_got_no_cpu_is_owed_its_budget(sleeper: int) -> None:
    now = time.monotonic()
    deadline = Deadline(at=now - 0.01, budget_s=5.0, share=0.8, cap=now + 60)
    assert not deadline.passed(sleeper)
    assert deadline.at > now + 4  # nearly all of the 5 s budget is still owed


def test_the_extension_stops_at_the_cap(sleeper: int) -> None:
    now = time.monotonic()
    deadline = Deadline(at=now - 0.01, budget_s=5.0, share=0.8, cap=now + 1)
    assert not deadline.passed(sleeper)
    assert deadline.at <= now + 1
    past_cap = Deadline(at=now - 0.02, budget_s=5.0, share=0.8, cap=now - 0.01)
    assert past_cap.passed(sleeper)


def test_a_test_that_used_its_time_is_stopped(spinner: int) -> None:
    _used_at_least(spinner, 0.3)
    now = time.monotonic()
    deadline = Deadline(at=now - 0.01, budget_s=0.3, share=0.8, cap=now + 60)
    assert deadline.passed(spinner)


def test_before_the_deadline_nothing_is_read(sleeper: int) -> None:
    deadline = Deadline(at=time.monotonic() + 60, budget_s=0.0, share=0.8, cap=time.monotonic() + 60)
    assert not deadline.passed(sleeper)


def test_a_process_that_is_gone_is_past_its_deadline() -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert cpu_seconds(process.pid) is None
    now = time.monotonic()
    assert Deadline(at=now - 0.01, budget_s=5.0, share=0.8, cap=now + 60).passed(process.pid)


def test_the_policy_without_starvation_settings_keeps_the_plain_deadline() -> None:
    deadline = Deadline.of(100.0, 1500, {})
    assert (deadline.at, deadline.cap) == (101.5, 101.5)
    tuned = Deadline.of(100.0, 1500, {"starved_share": 0.8, "starved_cap": 3.0})
    assert (tuned.at, tuned.cap, tuned.share) == (101.5, 104.5, 0.8)


def _spawn(*code: str) -> int:
    return os.posix_spawn(sys.executable, [sys.executable, "-c", *code], dict(os.environ))


def test_reap_returns_a_childs_exit_status_and_usage() -> None:
    pid = _spawn("import sys; sum(range(10**6)); sys.exit(3)")
    status, usage, killed = reap(pid, Deadline.of(time.monotonic(), 600_000, {}))

    assert os.waitstatus_to_exitcode(status) == 3 and not killed
    assert usage.ru_utime + usage.ru_stime > 0


def test_reap_kills_a_child_still_running_at_its_deadline() -> None:
    """The wait on the exit descriptor wakes for the deadline, not only for an exit."""
    pid = _spawn("import time; time.sleep(600)")
    status, _, killed = reap(pid, Deadline.of(time.monotonic(), 100, {}))

    assert killed and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
