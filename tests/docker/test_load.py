"""A storm of hostile submissions judged at once, with an honest one in the middle.

Twenty red-team solutions (fork bombs, memory bombs, output floods, infinite loops) are
judged concurrently on hashing/001, JUDGE_LOAD_JOBS at a time (default: one per CPU),
each worker thread with its own docker client and `DockerSandbox`, as `judge verify -j`
does. Every submission must get its red-team verdict (tests/docker/redteam/<case>/case.yaml),
none a judge error; the honest solution queued in the middle must be accepted; and no
container of ours may be left afterwards. The storm's wall time is printed, not asserted.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from judging_support import HONEST_SOURCE, FileJudge

from judge.bank.model import Problem
from judge.judging.report import Report
from judge.judging.verdict import Verdict
from judge.sandbox.docker_sandbox import DockerSandbox, connect

pytestmark = pytest.mark.docker

REDTEAM = Path(__file__).resolve().parent / "redteam"
# red-team case -> how many copies go into the storm (20 in all)
STORM = {
    "fork_bomb": 3,
    "fork_bomb_new_session": 2,
    "memory_bomb": 5,
    "print_flood_1gb": 3,
    "hundred_mb_line": 2,
    "infinite_loop": 3,
    "sleep_forever": 2,
}
HONEST = "honest"


def _jobs() -> int:
    raw = os.environ.get("JUDGE_LOAD_JOBS", "")
    try:
        jobs = int(raw) if raw else os.cpu_count() or 1
    except ValueError:
        pytest.fail(f"JUDGE_LOAD_JOBS must be a whole number, not {raw!r}", pytrace=False)
    if jobs < 1:
        pytest.fail(f"JUDGE_LOAD_JOBS must be at least 1, not {jobs}", pytrace=False)
    return jobs


def _submissions() -> list[tuple[str, bytes, Verdict]]:
    """(name, source, expected verdict): the storm, with the honest solution in the middle."""
    hostile = []
    for case, copies in STORM.items():
        expected = Verdict(yaml.safe_load((REDTEAM / case / "case.yaml").read_text())["expect"])
        source = (REDTEAM / case / "solution.py").read_bytes()
        hostile += [(f"{case}#{n}", source, expected) for n in range(1, copies + 1)]
    assert len(hostile) == 20
    # interleave the kinds, so every stretch of the storm mixes them
    hostile.sort(key=lambda s: (int(s[0].rsplit("#", 1)[1]), s[0]))
    middle = len(hostile) // 2
    return [*hostile[:middle], (HONEST, HONEST_SOURCE.encode(), Verdict.AC), *hostile[middle:]]


class _PerThreadSandbox:
    """One docker client and `DockerSandbox` per worker thread, all closed at the end."""

    def __init__(self, image: str) -> None:
        self.image = image
        self._local = threading.local()
        self._clients: list[Any] = []
        self._lock = threading.Lock()

    def get(self) -> DockerSandbox:
        if not hasattr(self._local, "sandbox"):
            client = connect()
            with self._lock:
                self._clients.append(client)
            self._local.sandbox = DockerSandbox(self.image, client)
        sandbox: DockerSandbox = self._local.sandbox
        return sandbox

    def close(self) -> None:
        for client in self._clients:
            client.close()


def _summary(report: Report) -> str:
    return f"{report.verdict.value} [" + "; ".join(f"{r.id}={r.verdict.value}" for r in report.results) + "]"


def test_a_storm_of_hostile_submissions_gets_every_verdict_right(
    runner_image: str,
    judge_file: FileJudge,
    echo_sum: Problem,
    leftovers: Callable[[], list[Any]],
) -> None:
    judge_file.job(echo_sum)  # the limit is derived before the storm starts
    submissions = _submissions()
    sandboxes = _PerThreadSandbox(runner_image)
    jobs = _jobs()

    def judge(source: bytes) -> Report:
        return judge_file(source, echo_sum, sandbox=sandboxes.get())

    started = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="storm") as pool:
            futures = [pool.submit(judge, source) for _, source, _ in submissions]
            reports = [future.result() for future in futures]
    finally:
        sandboxes.close()
    wall = time.monotonic() - started
    print(f"\nstorm: {len(submissions)} submissions, {jobs} at a time, {wall:.1f} s wall")

    failures = []
    for (name, _, expected), report in zip(submissions, reports, strict=True):
        if report.judge_error or any(r.verdict is Verdict.JE for r in report.results):
            failures.append(f"{name}: judge error {report.judge_error!r}")
        elif report.verdict is not expected:
            failures.append(f"{name}: expected {expected.value}, got {_summary(report)}")
    assert not failures, "\n".join(failures)
    assert leftovers() == []
