"""Benchmark: `judge grade` throughput on a repository holding the reference solution of
every problem in the bank.

    warm-up     one grade, so every problem's time limit is derived and cached (the
                limit is per problem, not per solution: a course pays it once)
    cold        `judge grade REPO --no-cache`: every solution judged in the sandbox
    re-grade    `judge grade REPO`: nothing changed, every result from the cache

prints solutions per second for the cold grade and the re-grade's wall time. The goals
recorded in issue 13: at least 6 solutions per second on 2 cores, a re-grade under 2 s.
With --cluster, the cold grade also runs through a 2-worker `distributed.LocalCluster`
(`judge grade --cluster`), and its overhead against local grading is printed.

    .venv/bin/python bench/grade_bench.py [--jobs N] [--runs 3] [--problems DIR] [--cluster]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.bank.loader import iter_problem_dirs  # noqa: E402

JUDGE = Path(sys.executable).with_name("judge")
GOAL_RATE, GOAL_REGRADE_S = 6.0, 2.0


def build_repo(problems_dir: Path, into: Path) -> int:
    """A repository with every problem's reference.py as <pattern>/<NNN>.py."""
    count = 0
    for folder in iter_problem_dirs(problems_dir):
        target = into / folder.parent.name / f"{folder.name[:3]}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((folder / "reference.py").read_bytes())
        count += 1
    return count


def grade(repo: Path, args: list[str], env: dict[str, str], report: Path) -> tuple[float, dict[str, object]]:
    command = [str(JUDGE), "grade", str(repo), *args, "--output", f"json={report}"]
    return timed(command, env, report)


def timed(command: list[str], env: dict[str, str], report: Path) -> tuple[float, dict[str, object]]:
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode not in (0, 1):
        sys.exit(f"judge grade failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, json.loads(report.read_text())


def on_cluster(repo: Path, env: dict[str, str], tmp: Path, runs: int) -> list[float]:
    """Cold grades through `judge grade --cluster` on a LocalCluster of two worker processes
    (one thread each: the two cores), after one warm-up that derives each worker's limits."""
    import distributed

    os.environ.update({k: v for k, v in env.items() if k.startswith("JUDGE_")})
    local = {"n_workers": 2, "threads_per_worker": 1, "dashboard_address": "127.0.0.1:0"}
    with distributed.LocalCluster(**local) as cluster:
        command = [str(JUDGE), "grade", "--cluster", cluster.scheduler_address, str(repo), "--no-cache"]
        command += ["--output-dir", str(tmp / "cluster-out")]
        report = tmp / "cluster-out" / "repo.json"
        timed(command, env, report)  # warm-up
        return [timed(command, env, report)[0] for _ in range(runs)]


def _tests_seconds(document: dict[str, object]) -> float:
    """The time the graded solutions spent in their tests, summed (the report's total_ms)."""
    problems = document["problems"]
    assert isinstance(problems, list)
    return sum((p["report"] or {}).get("total_ms") or 0.0 for p in problems) / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--problems", type=Path, default=ROOT / "problems")
    parser.add_argument("--cluster", action="store_true", help="Also grade on a 2-worker LocalCluster.")
    options = parser.parse_args()
    env = {**os.environ, "JUDGE_SERVER": "off", "JUDGE_PROBLEMS": str(options.problems)}
    with tempfile.TemporaryDirectory(prefix="grade-bench-") as tmp:
        repo = Path(tmp) / "repo"
        count = build_repo(options.problems, repo)
        report = Path(tmp) / "grade.json"
        jobs = ["-j", str(options.jobs)]
        warm, graded = grade(repo, [*jobs, "--no-cache"], env, report)
        accepted = sum(1 for p in graded["problems"] if p["status"] == "accepted")  # type: ignore[union-attr]
        print(f"{count} reference solutions, {accepted} accepted; warm-up {warm:.1f} s (limits derived)")
        colds = [grade(repo, [*jobs, "--no-cache"], env, report) for _ in range(options.runs)]
        cold = [seconds for seconds, _ in colds]
        tests_s = statistics.median(_tests_seconds(document) for _, document in colds)
        again = [grade(repo, jobs, env, report)[0] for _ in range(options.runs)]
        clustered = on_cluster(repo, env, Path(tmp), options.runs) if options.cluster else []
    cold_s, again_s = statistics.median(cold), statistics.median(again)
    rate = count / cold_s
    print(f"cold grade   median {cold_s:6.1f} s  {rate:5.2f} solutions/s  (goal >= {GOAL_RATE})")
    print(f"             with -j {options.jobs}")
    floor = tests_s / max(1, options.jobs)
    print(
        f"floor        the solutions' own test time sums to {tests_s:.1f} s: on {options.jobs} cores no grade"
    )
    print(f"             of these {count} can take less than {floor:.1f} s ({count / floor:.2f} solutions/s)")
    print(f"re-grade     median {again_s:6.2f} s  (goal < {GOAL_REGRADE_S} s)")
    print(f"runs: cold {[round(s, 1) for s in cold]}, re-grade {[round(s, 2) for s in again]}")
    if clustered:
        cluster_s = statistics.median(clustered)
        rate_c = count / cluster_s
        print(f"cluster      median {cluster_s:6.1f} s  {rate_c:5.2f} solutions/s  (2-worker LocalCluster)")
        print(f"             overhead against local grading: {cluster_s / cold_s:.2f}x")
    return 0 if rate >= GOAL_RATE and again_s < GOAL_REGRADE_S else 1


if __name__ == "__main__":
    sys.exit(main())
