"""Helpers shared by the Docker tests and `regen_goldens.py`: the fixture bank, a
one-call file judge, and the owner-labelled containers on the engine.

    tests/fixtures/problems/hashing/001-echo-sum/         sumList(nums) -> int, 2 samples + 2 hidden
    tests/fixtures/problems/hashing/002-sandbox-probe/    probe(question) -> dict, for test_probe
    tests/fixtures/problems/hashing/003-ten-small-tests/  sumList again, 10 tests and 256 MB

All have a 500 ms time floor (128 MB of memory unless said), so a run costs about one
container start and a time-out costs about 1.25 s per test.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

from judge.bank.loader import load_problem
from judge.bank.model import Problem
from judge.judging.context import Context
from judge.judging.core import prepare
from judge.judging.job import Job
from judge.judging.policy import DEFAULT
from judge.judging.report import Report
from judge.judging.run import judge_job
from judge.sandbox import Sandbox
from judge.sandbox.settings import LABEL
from judge.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_BANK = REPO_ROOT / "tests" / "fixtures" / "problems"
ECHO_SUM = FIXTURE_BANK / "hashing" / "001-echo-sum"
SANDBOX_PROBE = FIXTURE_BANK / "hashing" / "002-sandbox-probe"
HONEST_SOURCE = (ECHO_SUM / "submissions" / "accepted" / "builtin_sum.py").read_text()
_VOLATILE = re.compile(r"took \d+ ms, ")


def fixture_settings(cache_dir: Path) -> Settings:
    """Settings for the fixture bank: its folder, the repo's patterns, a private cache."""
    return Settings(problems_dir=FIXTURE_BANK, patterns_dir=REPO_ROOT / "patterns", cache_dir=cache_dir)


def load_fixture(folder: Path) -> Problem:
    return load_problem(folder, None)


class FileJudge:
    """`judge(source, problem) -> Report`, as `judge run` does it: cached tests, the time
    limit derived (once) from the reference in the same sandbox, then one real run."""

    def __init__(self, sandbox: Sandbox, cache_dir: Path) -> None:
        self.context = Context.of(sandbox, cache_dir)
        self.cache_dir = cache_dir
        self._jobs: dict[Path, Job] = {}

    def job(self, problem: Problem) -> Job:
        if problem.path not in self._jobs:
            self._jobs[problem.path] = prepare(problem, self.context)
        return self._jobs[problem.path]

    def deadline(self, problem: Problem) -> float:
        """The host's wall-clock budget for one run of `problem`."""
        job = self.job(problem)
        return DEFAULT.time.run_deadline_s(len(job.tests.cases), job.limit.limit_ms)

    def __call__(
        self, source: str | bytes, problem: Problem | None = None, sandbox: Sandbox | None = None
    ) -> Report:
        """Judge source (in another sandbox, when given: the job stays the same)."""
        job = self.job(problem or load_fixture(ECHO_SUM))
        data = source.encode() if isinstance(source, str) else source
        context = self.context if sandbox is None else Context.of(sandbox, self.cache_dir)
        return judge_job(job, data, context)


def leftover_containers(client: Any, owner: str | None = None) -> list[Any]:
    """Containers carrying the judge's owner label (any owner, or exactly `owner`).

    Sparse: the list call alone, so a container removed meanwhile (by another judge on
    the same engine) cannot make the listing fail; read labels from `attrs["Labels"]`.
    """
    selector = LABEL if owner is None else f"{LABEL}={owner}"
    return list(client.containers.list(all=True, sparse=True, filters={"label": selector}))


def owned_by_pid(client: Any, pid: int) -> list[Any]:
    """Containers whose owner label (host/pid/start-time) names process `pid`."""
    return [
        c
        for c in leftover_containers(client)
        if c.attrs["Labels"].get(LABEL, "").split("/")[1:2] == [str(pid)]
    ]


def settled_orphans(client: Any, pid: int, within_s: float = 60.0) -> list[Any]:
    """owned_by_pid once no removal is under way: a container that another judge's sweep
    is removing stays listed ("removing") until the engine is done with it, which on a
    loaded machine takes a while. Leftovers that nobody is removing return at once."""
    give_up = time.monotonic() + within_s
    while True:
        left = owned_by_pid(client, pid)
        if all(c.status != "removing" for c in left) or time.monotonic() > give_up:
            return left
        time.sleep(0.5)


def stable_message(message: str) -> str:
    """The part of a result message that does not change from run to run (timings go)."""
    return _VOLATILE.sub("", message)


def golden_of(report: Report) -> dict[str, Any]:
    """A report as a golden: overall and per-test verdicts, stable messages, sample answers."""
    tests = []
    for result in report.results:
        entry: dict[str, Any] = {"id": result.id, "verdict": result.verdict.value}
        if result.message:
            entry["message"] = stable_message(result.message)
        if result.detail is not None and result.detail.got is not None:
            entry["got"] = result.detail.got
        tests.append(entry)
    return {"verdict": report.verdict.value, "tests": tests}


# Python leaves SIGINT ignored when it starts ignored (a background job of a shell, or
# `(trap '' INT; make test)`); a test that sends Ctrl-C starts its judge through this,
# which restores the default first and then becomes the command.
_DEFAULT_SIGINT = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def interruptible(command: list[str]) -> list[str]:
    """command, started with SIGINT at its default whatever this process inherited."""
    return [sys.executable, "-c", _DEFAULT_SIGINT, *command]
