"""Benchmark: the least work grading the bank's references can take, whatever the judge.

Grading a solution has to read each test's input, build the arguments, call the
solution, and encode its answer; no sandbox, process or checker design avoids those.
This runs exactly that, and nothing else, for every reference solution on every test:
in one plain process per problem (no container, no fork per test, no checking), with
the harness's own code (`judge.harness.worker.run_case`, `wire.dumps`) and the deep
stack the sandbox gives. The sum, spread over the cores, bounds from above how many
solutions per second any judge could grade on this machine.

    .venv/bin/python bench/work_floor_bench.py [--cores 2] [--problems DIR]

Issue 13 asks for 6 solutions per second on 2 cores; this says whether the tests leave
room for that before anything of the judge's own runs.
"""

from __future__ import annotations

import argparse
import json
import marshal
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.sandbox import Sandbox  # noqa: E402

GOAL_RATE = 6.0


def inner(job_path: str) -> None:
    """In a fresh process: every test of one job, in order, in this process; prints the
    summed call time and the summed whole time (input to encoded answer), in seconds."""
    from judge.harness import wire, worker
    from judge.harness.job import read_job

    with open(job_path, "rb") as handle:
        job = read_job(handle.fileno())
    meta = job.meta
    code = compile(job.source, worker.SOURCE_NAME, "exec", dont_inherit=True)
    totals = {"calls": 0.0, "work": 0.0}

    def run_all() -> None:
        for raw in job.inputs:
            started = time.perf_counter()
            answer, call_ns = worker.run_case(code, meta["entry"], marshal.loads(raw))
            wire.dumps(answer)
            totals["work"] += time.perf_counter() - started
            totals["calls"] += call_ns / 1e9

    sys.setrecursionlimit(int(meta.get("recursion_limit", 100_000)))
    threading.stack_size(int(meta["stack_bytes"]))
    thread = threading.Thread(target=run_all)
    thread.start()
    thread.join()
    print(json.dumps(totals))


def jobs(problems_dir: Path, into: Path) -> list[tuple[Path, int]]:
    """(job file, test count) of each reference, as `judge_job` encodes it."""
    from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem
    from judge.judging.context import Context
    from judge.judging.policy import job_meta
    from judge.judging.protocol import encode_job
    from judge.settings import Settings

    context = Context(_no_sandbox, Settings.from_env().cache_dir)
    slugs = {p.slug for p in load_patterns(ROOT / "patterns")}
    found = []
    for folder in iter_problem_dirs(problems_dir):
        problem = load_problem(folder, slugs)
        tests = context.tests(problem)
        meta = job_meta(problem.entry.to_wire(), 1000, problem.limits.recursion_depth, context.policy)
        source = problem.reference_path.read_bytes()
        data = encode_job(meta, [c.id for c in tests.cases], tests.raw_inputs(), source)
        path = into / f"{problem.pattern}-{problem.number}.job"
        path.write_bytes(data)
        found.append((path, len(tests.cases)))
    return found


def _no_sandbox() -> Sandbox:
    raise RuntimeError("this benchmark runs no sandbox")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--problems", type=Path, default=ROOT / "problems")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.inner:
        inner(options.inner)
        return 0
    calls = work = 0.0
    tests = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="work-floor-") as tmp:
        found = jobs(options.problems, Path(tmp))
        for path, count in found:
            command = [sys.executable, "-S", "-B", __file__, "--inner", str(path)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            totals = json.loads(done.stdout)
            calls, work, tests = calls + totals["calls"], work + totals["work"], tests + count
    count = len(found)
    floor_s = work / options.cores
    print(f"{count} references, {tests} tests, run in-process with nothing of a judge around them")
    print(f"calls        {calls:7.1f} s  (the solutions' own time)")
    print(f"whole tests  {work:7.1f} s  (read input, build arguments, call, encode the answer)")
    print(
        f"floor        {floor_s:7.1f} s on {options.cores} cores: at most {count / floor_s:.2f} solutions/s "
        f"(goal {GOAL_RATE}) before any isolation, checking or reporting"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
