"""Benchmark: `judge run` on a typical problem against a bare `docker run` of the image.

Runs, alternately and N times each in the same session:

    served      `judge run <problem> reference.py --json` with `judge serve` running
    in-process  the same with JUDGE_SERVER=off (what a run costs without a server)
    bare        `docker run --rm <runner image> python3 -c pass`

and prints the medians and the ratios to bare. The goal recorded in issue 2 is a ratio
of at most 1.5 for `judge run`; the server is how the judge is meant to be used while
drilling, and the in-process figure is printed beside it so neither hides the other.

    .venv/bin/python bench/run_bench.py [--problem two-pointers/005] [--runs 15]
    .venv/bin/python bench/run_bench.py --all --runs 5    every problem, served only
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.bank.loader import iter_problem_dirs, load_problem, resolve_problem  # noqa: E402
from judge.bank.model import Problem  # noqa: E402
from judge.judging.expected import load_test_set  # noqa: E402
from judge.judging.policy import DEFAULT  # noqa: E402
from judge.sandbox.docker_image import runner_image_name  # noqa: E402
from judge.settings import Settings  # noqa: E402

GOAL = 1.5


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, bytes]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, check=False, env=env)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode()[-300:]}")
    return elapsed, result.stdout


def _calls_ms(report: bytes) -> float:
    """The summed time of the solution's own calls, as the JSON report gives it."""
    return sum(t["time_ms"] or 0.0 for t in json.loads(report)["tests"])


def _start_server(settings: Settings) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "judge"), "serve", "--idle-timeout", "600"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    give_up = time.monotonic() + 60
    while not settings.server_socket.exists():
        if server.poll() is not None or time.monotonic() > give_up:
            raise SystemExit("`judge serve` did not start (is another one running? stop it first)")
        time.sleep(0.05)
    time.sleep(1.0)  # its first container is started
    return server


def _line(name: str, times: list[float], bare: float) -> str:
    median = statistics.median(times)
    return (
        f"{name:<28} median {median * 1000:6.0f} ms  (min {min(times) * 1000:.0f}, "
        f"max {max(times) * 1000:.0f})  ratio {median / bare:.2f}"
    )


@dataclass
class Timings:
    served: list[float] = field(default_factory=list)
    in_process: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    calls: list[float] = field(default_factory=list)


def _measure(problem: Problem, runs: int, in_process: bool) -> Timings:
    judge_cmd = [
        str(ROOT / ".venv" / "bin" / "judge"),
        "run",
        problem.id,
        str(problem.reference_path),
        "--json",
    ]
    bare_cmd = ["docker", "run", "--rm", runner_image_name(), "python3", "-c", "pass"]
    in_process_env = {**os.environ, "JUDGE_SERVER": "off"}
    _timed(judge_cmd, in_process_env)  # warm the test cache and the time-limit derivation
    timings = Timings()
    for _ in range(runs):
        time.sleep(0.3)  # as between two runs by hand: the server starts the next container
        elapsed, report = _timed(judge_cmd)
        timings.served.append(elapsed)
        timings.calls.append(_calls_ms(report) / 1000)
        if in_process:
            timings.in_process.append(_timed(judge_cmd, in_process_env)[0])
        timings.bare.append(_timed(bare_cmd)[0])
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--problem", default="two-pointers/005")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--all", action="store_true", help="every problem, served runs only: one line each and a summary"
    )
    args = parser.parse_args()
    settings = Settings.from_env()
    if args.all:
        problems = [load_problem(folder) for folder in iter_problem_dirs(settings.problems_dir)]
    else:
        problems = [load_problem(resolve_problem(settings.problems_dir, args.problem))]
    server = _start_server(settings)
    try:
        results = [(p, _measure(p, args.runs, in_process=not args.all)) for p in problems]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    if args.all:
        _print_all(results, settings)
    else:
        _print_one(*results[0], settings, args.runs)


def _print_one(problem: Problem, timings: Timings, settings: Settings, runs: int) -> None:
    tests = load_test_set(problem, settings.cache_dir, DEFAULT.stack_bytes)
    bare_median = statistics.median(timings.bare)
    print(f"problem: {problem.id} ({len(tests.cases)} tests), solution: reference.py, runs: {runs}")
    print(_line("judge run (judge serve)", timings.served, bare_median))
    print(_line("judge run (in-process)", timings.in_process, bare_median))
    print(_line("bare docker run", timings.bare, bare_median))
    ratio = statistics.median(timings.served) / bare_median
    print(f"goal: judge run / bare <= {GOAL}: {'met' if ratio <= GOAL else 'NOT met'} ({ratio:.2f})")
    print(
        f"the solution's own calls took {statistics.median(timings.calls) * 1000:.0f} ms (median) of each run"
    )


def _print_all(results: list[tuple[Problem, Timings]], settings: Settings) -> None:
    header = ("problem", "tests", "served", "bare", "ratio", "calls", "ratio w/o calls")
    print("{:<20} {:>5} {:>8} {:>6} {:>6} {:>7} {:>16}".format(*header))
    ratios, overheads = [], []
    for problem, timings in results:
        served, bare = statistics.median(timings.served), statistics.median(timings.bare)
        calls = statistics.median(timings.calls)
        ratios.append(served / bare)
        overheads.append((served - calls) / bare)
        tests = len(load_test_set(problem, settings.cache_dir, DEFAULT.stack_bytes).cases)
        print(
            f"{problem.id:<20} {tests:>5} {served * 1000:>6.0f}ms {bare * 1000:>4.0f}ms "
            f"{served / bare:>6.2f} {calls * 1000:>5.0f}ms {(served - calls) / bare:>16.2f}"
        )
    met = sum(r <= GOAL for r in ratios)
    print(
        f"{met}/{len(ratios)} problems at or under {GOAL}; median ratio {statistics.median(ratios):.2f}, "
        f"worst {max(ratios):.2f}; without the solutions' own calls: "
        f"median {statistics.median(overheads):.2f}, worst {max(overheads):.2f}"
    )


if __name__ == "__main__":
    main()
