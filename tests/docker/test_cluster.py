"""`judge grade --cluster` on a real Dask cluster: a `distributed.LocalCluster` with two
worker processes on this machine, each judging in real containers. Several repositories
give a report each and a roster; a worker killed while it grades loses nothing (the
scheduler runs its task again elsewhere, and each result is in the report once) and
leaves no container behind."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import distributed
import pytest
from judging_support import FIXTURE_BANK, REPO_ROOT, leftover_containers

from judge.bank.loader import load_patterns, load_problem, resolve_problem
from judge.cli.cluster import grade_on_cluster
from judge.grading.discover import BankIndex
from judge.grading.model import Grade, Status
from judge.grading.runner import Options
from judge.render.roster import roster_csv

pytestmark = pytest.mark.docker

GRADE_REPO = REPO_ROOT / "tests" / "fixtures" / "grade_repo"
ACCEPTED = GRADE_REPO / "hashing" / "001-echo-sum.py"
LOOP = "def sumList(nums):\n    while True:\n        pass\n"
SLUGS = [p.slug for p in load_patterns(REPO_ROOT / "patterns")]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    cache = tmp_path_factory.mktemp("cluster-cache")
    saved = os.environ.get("JUDGE_CACHE_DIR")
    os.environ["JUDGE_CACHE_DIR"] = str(cache)  # the workers' own cache (they inherit it)
    try:
        # the scheduler's HTTP server on a free loopback port: with None it still asks for
        # 8787, and warns when another cluster on this machine holds it
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
        ) as local:
            yield local
    finally:
        if saved is None:
            os.environ.pop("JUDGE_CACHE_DIR", None)
        else:
            os.environ["JUDGE_CACHE_DIR"] = saved


def _load(problem_id: str) -> Any:
    return load_problem(resolve_problem(FIXTURE_BANK, problem_id), set(SLUGS))


def _grade(cluster: Any, repos: dict[str, Path], **options: Any) -> dict[str, Grade]:
    bank = BankIndex.of(FIXTURE_BANK, SLUGS)
    return grade_on_cluster(cluster.scheduler_address, repos, bank, _load, Options(jobs=1, **options))


def _worker_pids(cluster: Any) -> dict[str, int]:
    with distributed.Client(cluster) as client:
        return {address: int(pid) for address, pid in client.run(os.getpid).items()}


def _statuses(grade: Grade) -> dict[str, str]:
    return {o.task.problem_id: o.status.value for o in grade.outcomes}


def test_several_repositories_give_a_report_each_and_a_roster(cluster: Any, tmp_path: Path) -> None:
    small = tmp_path / "small"
    (small / "hashing").mkdir(parents=True)
    (small / "hashing" / "001.py").write_text(ACCEPTED.read_text())
    grades = _grade(cluster, {"ana": GRADE_REPO, "ben": small})
    assert _statuses(grades["ana"]) == {
        "hashing/001": "accepted",
        "hashing/002": "rejected",
        "hashing/003": "missing",
        "hashing/004": "rejected",
        "hashing/005": "rejected",
    }
    assert _statuses(grades["ben"]) == {"hashing/001": "accepted"}
    assert grades["ana"].score == 2 and grades["ben"].score == 1
    rows = list(csv.DictReader(io.StringIO(roster_csv(grades))))
    assert [(r["repository"], r["hashing/001"], r["hashing/002"]) for r in rows] == [
        ("ana", "accepted", "rejected"),
        ("ben", "accepted", ""),
    ]


def test_a_worker_killed_while_it_grades_loses_nothing(
    cluster: Any, docker_client: Any, tmp_path: Path
) -> None:
    slow = tmp_path / "slow"
    (slow / "hashing").mkdir(parents=True)
    (slow / "hashing" / "003.py").write_text(LOOP)  # ten tests that each time out
    (slow / "hashing" / "001.py").write_text(ACCEPTED.read_text() + "\n# slow repo\n")
    pids = _worker_pids(cluster)
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["grades"] = _grade(cluster, {"slow": slow}, all_tests=True)
        except BaseException as error:  # reported by the assertion below
            result["error"] = error

    grading = threading.Thread(target=run)
    grading.start()
    victim = _wait_for_a_worker_judging(docker_client, pids, grading)
    os.kill(victim, signal.SIGKILL)
    grading.join(timeout=600)
    assert not grading.is_alive(), "grading never finished after a worker was killed"
    assert "error" not in result, result.get("error")
    grade = result["grades"]["slow"]
    assert [o.task.problem_id for o in grade.outcomes] == ["hashing/001", "hashing/003"]  # each once
    assert _statuses(grade) == {"hashing/001": "accepted", "hashing/003": "rejected"}
    assert grade.outcomes[1].verdict is not None and grade.outcomes[1].verdict.value == "TLE"
    assert all(o.status is not Status.ERROR for o in grade.outcomes)
    left = [c for c in leftover_containers(docker_client) if _owner_pid(c) == victim]
    assert left == [], "the killed worker's container was not swept"


def _owner_pid(container: Any) -> int | None:
    from judge.sandbox.settings import LABEL

    parts = container.attrs["Labels"].get(LABEL, "").split("/")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def _wait_for_a_worker_judging(docker_client: Any, pids: dict[str, int], grading: threading.Thread) -> int:
    """The pid of a worker whose container is running (it is mid-grade)."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert grading.is_alive(), "grading finished before a worker could be killed"
        for container in leftover_containers(docker_client):
            pid = _owner_pid(container)
            if pid in pids.values() and container.status == "running":
                return pid
        time.sleep(0.1)
    pytest.fail("no worker ever started a container")


def test_the_command_line_writes_a_report_per_repository_and_the_roster(
    cluster: Any, cli_env: dict[str, str], tmp_path: Path
) -> None:
    small = tmp_path / "small"
    (small / "hashing").mkdir(parents=True)
    (small / "hashing" / "001.py").write_text(ACCEPTED.read_text())
    out = tmp_path / "grades"
    judge = Path(sys.executable).with_name("judge")
    command = [str(judge), "--problems", str(FIXTURE_BANK), "grade", "--cluster", cluster.scheduler_address]
    command += [str(GRADE_REPO), str(small), "--output-dir", str(out)]
    done = subprocess.run(command, env=cli_env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1, done.stdout + done.stderr  # grade_repo is not all accepted
    assert "small: Score 1/1 (100%)" in done.stdout
    assert json.loads((out / "grade_repo.json").read_text())["score"] == 2
    assert json.loads((out / "roster.json").read_text())["rows"][1]["repository"] == "small"
    assert (out / "roster.csv").read_text().startswith("repository,score,max_score,percent,")
