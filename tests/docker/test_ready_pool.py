"""Containers started ahead of their runs (`DockerSandbox.keep_ready`), on a real engine:
a run takes one that is already waiting, the verdicts are the same as without the pool,
every container still runs one job, and close() leaves none behind."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from judging_support import FileJudge, leftover_containers

from judge.judging.verdict import Verdict
from judge.sandbox.attach import Started
from judge.sandbox.docker_sandbox import DockerSandbox

pytestmark = pytest.mark.docker

RIGHT = "def sumList(nums):\n    return sum(nums)\n"
WRONG = "def sumList(nums):\n    return sum(nums) + 1\n"


class _Counting(DockerSandbox):
    """Records the thread each container was started on, and each container a run used."""

    def __init__(self, image: str, client: Any) -> None:
        super().__init__(image, client)
        self.starts: list[str] = []
        self.started_ids: set[str] = set()

    def prestart(self, memory_mb: int, stack_bytes: int) -> Started:
        started = super().prestart(memory_mb, stack_bytes)
        self.starts.append(threading.current_thread().name)
        self.started_ids.add(started.container.id)
        return started


def _settle(sandbox: DockerSandbox) -> None:
    pool = sandbox._pool
    assert pool is not None
    for thread in list(pool._threads):
        thread.join(60)


def test_runs_take_containers_started_ahead_and_close_removes_the_rest(
    docker_client: Any, runner_image: str, judge_file: FileJudge, cache_dir: Path
) -> None:
    sandbox = _Counting(runner_image, docker_client)
    sandbox.keep_ready(1)
    verdicts = []
    try:
        for source in (RIGHT, WRONG, RIGHT):
            verdicts.append(judge_file(source, sandbox=sandbox).headline)
            _settle(sandbox)  # the next run's container has been started ahead
        assert verdicts == [Verdict.AC, Verdict.WA, Verdict.AC]
        # the first run found nothing ready and started its own; the later two each took
        # the container started ahead on a "ready" thread while the run before went on
        assert sorted(sandbox.starts) == ["MainThread", "ready", "ready", "ready"]
        assert len(leftover_containers(docker_client, sandbox.owner)) == 1  # it waits for a job
    finally:
        sandbox.close()
    assert leftover_containers(docker_client, sandbox.owner) == []
    assert len(sandbox.started_ids) == len(sandbox.starts)  # each container ran at most one job


def test_cancel_removes_the_containers_started_ahead(docker_client: Any, runner_image: str) -> None:
    sandbox = DockerSandbox(runner_image, docker_client)
    sandbox.keep_ready(2)
    pool = sandbox._pool
    assert pool is not None
    pool.fill((256, 1 << 26))
    sandbox.cancel()
    assert leftover_containers(docker_client, sandbox.owner) == []
    sandbox.keep_ready(2)  # a cancelled sandbox starts nothing more
    assert sandbox._pool is None
