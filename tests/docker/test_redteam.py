"""Hostile solutions, judged in the real sandbox, and the host's invariants after each.

    redteam/<case>/solution.py   an attack on the judge: a sumList solution for a fixture problem
    redteam/<case>/case.yaml     expect: <verdict>       the honest verdict, as a LeetCode user sees it
                                                         (a list where a limit policy decides between them)
                                 message: <regex>        optional, searched in the message of the first
                                                         test with the run's verdict
                                 why: <one line>         why that verdict is the honest one
                                 max_wall_s: <seconds>   optional, tighter than the run's deadline
                                 problem: <pattern/NNN-slug>  optional fixture, default hashing/001-echo-sum

After every case, whatever its verdict: no container of ours is left, the judge's own
peak memory grew by less than MAX_RSS_GROWTH_MB, the run ended within the host deadline
(`judge.judging.policy.TimePolicy.run_deadline_s`) plus a little grace, no test is JE, and an honest solution
judged next is still accepted. All of these are reported together when any fails.
"""

from __future__ import annotations

import re
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from judging_support import ECHO_SUM, FIXTURE_BANK, HONEST_SOURCE, FileJudge, load_fixture

from judge.judging.report import Report
from judge.judging.verdict import Verdict
from judge.sandbox.settings import USER

SANDBOX_UID = USER.split(":")[0]

pytestmark = pytest.mark.docker

REDTEAM = Path(__file__).resolve().parent / "redteam"
CASES = sorted(p.name for p in REDTEAM.iterdir() if (p / "case.yaml").is_file())
CASE_KEYS = {"expect", "message", "why", "max_wall_s", "problem"}
MAX_RSS_GROWTH_MB = 300
GRACE_S = 5.0


def _spec(case: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((REDTEAM / case / "case.yaml").read_text())
    assert set(spec) <= CASE_KEYS and {"expect", "why"} <= set(spec), f"{case}/case.yaml: keys {sorted(spec)}"
    expect = spec["expect"] if isinstance(spec["expect"], list) else [spec["expect"]]
    spec["expect"] = [Verdict(v) for v in expect]
    assert Verdict.JE not in spec["expect"], f"{case}/case.yaml: a candidate never deserves JE"
    return spec


def _live_containers(client: Any) -> set[str]:
    return {item["Id"] for item in client.api.containers(all=True)}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _orphan_sandbox_processes(live_containers: set[str]) -> set[int]:
    """Host processes of the sandbox user that belong to no existing container.

    Container processes show up on the host under the sandbox uid, in a cgroup named for
    their container; other judges' live containers (a concurrent session) are excluded.
    """
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            uid_line = next(line for line in status.read_text().splitlines() if line.startswith("Uid:"))
            cgroup = (status.parent / "cgroup").read_text()
        except (OSError, StopIteration):
            continue
        if uid_line.split()[1] != SANDBOX_UID:
            continue
        if not any(container in cgroup for container in live_containers):
            found.add(int(status.parent.name))
    return found


def _summary(report: Report) -> str:
    tests = "; ".join(f"{r.id}={r.verdict.value} {r.message!r}" for r in report.results)
    return f"{report.verdict.value} [{tests}]"


def test_the_catalogue_is_large_enough() -> None:
    assert len(CASES) >= 45
    assert sorted(p.name for p in REDTEAM.iterdir() if p.is_dir()) == CASES, "a case folder lacks case.yaml"


@pytest.mark.parametrize("case", CASES)
def test_redteam(
    case: str,
    judge_file: FileJudge,
    leftovers: Callable[[], list[Any]],
    docker_client: Any,
) -> None:
    spec = _spec(case)
    source = (REDTEAM / case / "solution.py").read_bytes()
    problem = load_fixture(FIXTURE_BANK / spec["problem"] if "problem" in spec else ECHO_SUM)
    budget = min(judge_file.deadline(problem) + GRACE_S, float(spec.get("max_wall_s", "inf")))

    processes_before = _orphan_sandbox_processes(_live_containers(docker_client))
    peak_before, started = _peak_rss_mb(), time.monotonic()
    report = judge_file(source, problem)
    wall = time.monotonic() - started
    growth = _peak_rss_mb() - peak_before
    left = leftovers()
    stray = _orphan_sandbox_processes(_live_containers(docker_client)) - processes_before
    honest = judge_file(HONEST_SOURCE)

    failures = []
    if report.verdict not in spec["expect"]:
        wanted = " or ".join(v.value for v in spec["expect"])
        failures.append(f"expected {wanted} ({spec['why']}), got {_summary(report)}")
    elif "message" in spec:
        first = report.first(report.verdict)
        if first is None or not re.search(spec["message"], first.message):
            failures.append(f"message {spec['message']!r} not in {first.message if first else None!r}")
    if any(r.verdict is Verdict.JE for r in report.results):
        failures.append(f"judge error: {report.judge_error}")
    if left:
        failures.append(f"containers left behind: {[c.short_id for c in left]}")
    if stray:
        failures.append(f"host processes of the sandbox user left running: {sorted(stray)}")
    if growth >= MAX_RSS_GROWTH_MB:
        failures.append(f"the judge's peak memory grew by {growth:.0f} MB")
    if wall > budget:
        failures.append(f"the run took {wall:.1f} s, over its {budget:.1f} s budget")
    if honest.verdict is not Verdict.AC:
        failures.append(f"the next honest solution got {_summary(honest)}")
    assert not failures, f"{case}: " + "; ".join(failures)
