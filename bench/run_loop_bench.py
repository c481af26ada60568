"""Benchmark: how long `judge run` takes on a solution that never ends, on a 30-test problem.

The goal (issue: the run's feedback): at most 3 time limits plus 2 s, because after the
first time-out only tests no larger than the last one that passed run. Runs the real
`judge run` (Docker, no server) N times and prints the median against the goal, and the
same with --all-tests (every test times out) for contrast.

    .venv/bin/python bench/run_loop_bench.py [--problem stack/002] [--runs 3]
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
JUDGE = ROOT / ".venv" / "bin" / "judge"


def _timed(args: list[str]) -> tuple[float, dict[str, object]]:
    env = {**os.environ, "JUDGE_SERVER": "off"}
    started = time.perf_counter()
    result = subprocess.run(
        [str(JUDGE), *args, "--json"], capture_output=True, text=True, env=env, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"judge exited {result.returncode}: {result.stderr[-400:]}")
    return elapsed, json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--problem", default="stack/002")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        loops = Path(folder) / "loops.py"
        loops.write_text(
            "class Solution:\n    def anything(self, *args):\n        while True:\n            pass\n"
        )
        args = ["run", options.problem, str(loops)]
        _timed(args)  # a warm-up derives and caches the time limit
        times, report = [], {}
        for _ in range(options.runs):
            elapsed, report = _timed(args)
            times.append(elapsed)
        limit_s = int(report["time_limit_ms"]) / 1000  # type: ignore[call-overload]
        goal = 3 * limit_s + 2
        median = statistics.median(times)
        tests = len(report["tests"])  # type: ignore[arg-type]
        print(f"problem {options.problem}: {tests} tests, limit {limit_s * 1000:.0f} ms, runs {options.runs}")
        print(
            f"judge run, always looping  median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f})"
        )
        print(f"goal <= 3 x limit + 2 s = {goal:.2f} s: {'met' if median <= goal else 'NOT met'}")
        elapsed, _ = _timed([*args, "--all-tests"])
        print(
            f"judge run --all-tests        once   {elapsed:.2f} s  (every test times out: the cost avoided)"
        )
    return 0 if median <= goal else 1


if __name__ == "__main__":
    sys.exit(main())
