"""Benchmark: how far each too-slow file is over its time limit, and each accepted file
under it (test strength: a limit set close to a too-slow file passes it on a quiet machine,
or a faster one that an independent candidate writes).

`judge verify` stops a too-slow file at its second time-out, so it never says by how much
it was slow. Here every problem's files are judged as `judge run` judges them, on every
test, on a quiet machine, and the margins are read off the max-size tests:

    too slow   the second-slowest max-size test over the limit (verify needs two time-outs);
               a test the harness killed (at grace x limit) counts as grace.
               Goal: at least GOAL_SLOW x the limit
    accepted   the slowest test over the limit. Goal: at most GOAL_ACCEPTED x the limit

A problem is listed when a file misses its goal: its floor or multiplier wants a look.

    .venv/bin/python bench/margins_bench.py [--pattern heap] [--only graphs/001,heap/003] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem  # noqa: E402
from judge.judging.context import Context  # noqa: E402
from judge.judging.core import prepare  # noqa: E402
from judge.judging.pool import cancellable_map  # noqa: E402
from judge.judging.report import CaseResult, Report  # noqa: E402
from judge.judging.run import Watching, judge_job  # noqa: E402
from judge.judging.verdict import Verdict  # noqa: E402
from judge.locations import cache_dir  # noqa: E402
from judge.sandbox.docker_image import runner_image_name  # noqa: E402
from judge.sandbox.docker_sandbox import DockerSandbox  # noqa: E402

GOAL_SLOW, GOAL_ACCEPTED = 1.5, 0.5
MAX = "max-size"


def ratios(report: Report, limit_ms: int, grace: float, max_only: bool) -> list[float]:
    """Each (max-size) test's time over the limit; a killed test counts as grace."""
    out = []
    for result in report.results:
        if max_only and MAX not in result.tags:
            continue
        if _killed(result, grace, limit_ms):
            out.append(grace)
        elif result.time_ms is not None:
            out.append(result.time_ms / limit_ms)
    return sorted(out)


def _killed(result: CaseResult, grace: float, limit_ms: int) -> bool:
    return result.verdict is Verdict.TLE and (result.time_ms is None or result.time_ms >= grace * limit_ms)


def two_killed(grace: float, limit_ms: int) -> Watching:
    """Stop a too-slow file once two max-size tests were killed: its margin is known."""

    def stop(results: list[CaseResult]) -> bool:
        return sum(MAX in r.tags and _killed(r, grace, limit_ms) for r in results) >= 2

    return Watching(stop_when=stop)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pattern", default=None)
    parser.add_argument("--only", default="", help="only these problems (graphs/001,heap/003)")
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    slugs = {p.slug for p in load_patterns(ROOT / "patterns")}
    folders = [
        f
        for f in iter_problem_dirs(ROOT / "problems")
        if (options.pattern is None or f.parent.name == options.pattern)
        and (not options.only or f"{f.parent.name}/{f.name[:3]}" in options.only.split(","))
    ]
    sandbox = DockerSandbox(runner_image_name())
    context = Context.of(sandbox, Path(cache_dir()))
    sandbox.keep_ready(options.jobs)
    grace = context.policy.time.grace

    def measure(folder: Path) -> list[str]:
        problem = load_problem(folder, slugs)
        job = prepare(problem, context)
        limit = job.limit.limit_ms
        lines = []
        for kind, goal in (("time_limit_exceeded", GOAL_SLOW), ("accepted", GOAL_ACCEPTED)):
            for path in sorted((folder / "submissions" / kind).glob("*.py")):
                slow = kind == "time_limit_exceeded"
                watching = two_killed(grace, limit) if slow else None
                report = judge_job(job, path.read_bytes(), context, path.name, watching)
                measured = ratios(report, limit, grace, max_only=slow)
                if slow:
                    margin = measured[-2] if len(measured) >= 2 else (measured[-1] if measured else 0.0)
                    missed = margin < goal
                else:
                    margin = measured[-1] if measured else 0.0
                    missed = margin > goal or report.headline is not Verdict.AC
                flag = "CLOSE" if missed else "ok"
                lines.append(f"  {flag:<5} {problem.id} {kind[:8]:<8} {path.stem}: {margin:.2f} x {limit} ms")
        return lines

    close = 0
    try:
        for lines in cancellable_map(context, options.jobs, measure, folders):
            for line in lines:
                close += "CLOSE" in line
                print(line, flush=True)
    finally:
        sandbox.close()
    print(f"files off their goal (too slow under {GOAL_SLOW}x the limit on their second-slowest max test, "
          f"accepted over {GOAL_ACCEPTED}x on their slowest): {close}")  # fmt: skip
    return 0 if close == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
