"""Benchmark: `judge run` on a typical problem against a bare `docker run` of the image.

Runs both commands alternately N times in the same session and prints the medians and
the ratio judge/bare. The goal recorded in issue 2 is a ratio of at most 1.5.

    .venv/bin/python bench/run_bench.py [--problem two-pointers/005] [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.cases import load_test_set  # noqa: E402
from judge.config import Settings  # noqa: E402
from judge.loader import load_problem, resolve_problem  # noqa: E402
from judge.sandbox.docker_image import runner_image_name  # noqa: E402


def _timed(command: list[str]) -> tuple[float, bytes]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode()[-300:]}")
    return elapsed, result.stdout


def _calls_ms(report: bytes) -> float:
    """The summed time of the solution's own calls, as the JSON report gives it."""
    return sum(t["time_ms"] or 0.0 for t in json.loads(report)["tests"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--problem", default="two-pointers/005")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    settings = Settings.from_env()
    problem = load_problem(resolve_problem(settings.problems_dir, args.problem))
    tests = load_test_set(problem, settings.cache_dir)
    judge_cmd = [
        str(ROOT / ".venv" / "bin" / "judge"),
        "run",
        problem.id,
        str(problem.reference_path),
        "--json",
    ]
    bare_cmd = ["docker", "run", "--rm", runner_image_name(), "python3", "-c", "pass"]
    _timed(judge_cmd)  # warm the test cache and the time-limit derivation
    _timed(bare_cmd)
    judge_times, bare_times, calls = [], [], []
    for _ in range(args.runs):
        elapsed, report = _timed(judge_cmd)
        judge_times.append(elapsed)
        calls.append(_calls_ms(report) / 1000)
        bare_times.append(_timed(bare_cmd)[0])
    judge_median, bare_median = statistics.median(judge_times), statistics.median(bare_times)
    calls_median = statistics.median(calls)
    print(f"problem: {problem.id} ({len(tests.cases)} tests), solution: reference.py, runs: {args.runs}")
    print(
        f"judge run        median {judge_median * 1000:7.0f} ms  (min {min(judge_times) * 1000:.0f}, "
        f"max {max(judge_times) * 1000:.0f})"
    )
    print(
        f"bare docker run  median {bare_median * 1000:7.0f} ms  (min {min(bare_times) * 1000:.0f}, "
        f"max {max(bare_times) * 1000:.0f})"
    )
    print(f"ratio of medians: {judge_median / bare_median:.2f} (goal: <= 1.5)")
    print(
        f"of the judge's time, the solution's own calls took {calls_median * 1000:.0f} ms (median); "
        f"without them the ratio is {(judge_median - calls_median) / bare_median:.2f}"
    )


if __name__ == "__main__":
    main()
