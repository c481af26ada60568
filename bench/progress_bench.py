"""Benchmark: `judge progress`, `judge list` and `judge next` with 10,000 recorded attempts
(the goal in issue 14: each answers in under 0.3 s). Each command runs as a user runs it,
a fresh process, N times; the medians are printed beside a bare `judge --help`, the
floor any command pays to start.

    .venv/bin/python bench/progress_bench.py [--attempts 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.bank.loader import iter_problem_dirs  # noqa: E402
from judge.progress.model import Attempt  # noqa: E402
from judge.progress.store import ProgressStore  # noqa: E402
from judge.progress.transfer import import_into, to_json  # noqa: E402

JUDGE = Path(sys.executable).with_name("judge")
GOAL_S = 0.3


def fill(store: ProgressStore, count: int) -> None:
    ids = [f"{f.parent.name}/{f.name[:3]}" for f in iter_problem_dirs(ROOT / "problems")]
    rng = random.Random(7)
    start = datetime.now(UTC) - timedelta(days=120)
    attempts = [
        Attempt(problem, problem.split("/")[0], start + timedelta(minutes=17 * i),
                rng.choice(["AC", "WA", "TLE"]),
                rng.randint(0, 25), 25, tuple(rng.sample(["empty", "single", "max-size", "duplicates"], 2)),
                f"{i:064x}", rng.uniform(60, 3600), rng.randint(0, 2))
        for i, problem in enumerate(rng.choice(ids) for _ in range(count))
    ]  # fmt: skip
    import_into(store, {"format": "coding-judge/progress@1", "attempts": [to_json(a) for a in attempts]})


def timed(args: list[str], env: dict[str, str], runs: int) -> float:
    """The median of RUNS fresh processes, after one run not counted (as a user's second
    run: bytecode written, review states and the bank index cached)."""
    seconds = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        done = subprocess.run([str(JUDGE), *args], env=env, capture_output=True, check=False)
        seconds.append(time.perf_counter() - began)
        if done.returncode != 0:
            sys.exit(f"judge {' '.join(args)} failed: {done.stderr.decode()[-400:]}")
    return statistics.median(seconds[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="progress-bench-") as tmp:
        # as a user's machine runs it: bytecode written once, not compiled on every run
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {**inherited, "JUDGE_DATA_DIR": tmp, "JUDGE_SERVER": "off", "NO_COLOR": "1"}
        fill(ProgressStore(Path(tmp)), options.attempts)
        floor = timed(["--help"], env, options.runs)
        print(f"{options.attempts} attempts recorded; `judge --help` (start-up floor) {floor * 1000:.0f} ms")
        worst = 0.0
        for args in (["progress"], ["list"], ["next"]):
            median = timed(args, env, options.runs)
            worst = max(worst, median)
            print(f"judge {args[0]:<9} median {median * 1000:5.0f} ms  (goal < {GOAL_S * 1000:.0f} ms)")
    return 0 if worst < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
