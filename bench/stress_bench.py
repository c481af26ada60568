"""Benchmark: `judge stress` (issue 15's goals).

    throughput  a right solution of a typical function problem with small inputs:
                judged random inputs per second over the search (goal: >= 300 on 2 cores)
    shrinking   every wrong_answer/ submission of the bank (or of --pattern): a
                difference found and shrunk within 10 s, and the shrunk input no larger
                than the one its `# fails on:` line records (goal: found for every one
                that is wrong on small inputs; no larger for at least 90%)

Sizes are n as the judge measures it (judge.bank.inputs.input_size). A submission whose
difference needs inputs larger than the brute force's strategy draws is reported as not
found: the strategy's inputs are small by design.

    .venv/bin/python bench/stress_bench.py [--problem hashing/002] [--pattern stack] [--limit N]
        [--per-problem K] [--only backtracking/001,binary-search/010] [--no-throughput]

The time limit that a problem's first judging derives (and caches) is derived before the
clock starts: it is paid once per problem, not per run.

--per-problem K takes the first K wrong submissions of each problem (by name): a sample
of the bank in a fraction of the time of all of them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.analysis.stress import StressOptions, stress  # noqa: E402
from judge.bank.inputs import input_size  # noqa: E402
from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem  # noqa: E402
from judge.judging.context import Context  # noqa: E402
from judge.judging.core import prepare  # noqa: E402
from judge.locations import cache_dir  # noqa: E402
from judge.sandbox.docker_image import runner_image_name  # noqa: E402
from judge.sandbox.docker_sandbox import DockerSandbox  # noqa: E402

GOAL_RATE, GOAL_SHRINK_S, GOAL_NO_LARGER = 300.0, 10.0, 0.9


def fails_on(path: Path) -> object:
    for line in path.read_text().splitlines()[:3]:
        if line.startswith("# fails on:"):
            return json.loads(line.split(":", 1)[1])
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problem", default="hashing/002", help="the throughput problem")
    parser.add_argument("--pattern", default=None, help="only this pattern's wrong submissions")
    parser.add_argument("--only", default="", help="only these problems' (hashing/002,stack/003)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many wrong submissions")
    parser.add_argument("--per-problem", type=int, default=0, help="at most this many per problem")
    parser.add_argument("--no-throughput", action="store_true", help="only the shrinking")
    parser.add_argument("--examples", type=int, default=3000)
    options = parser.parse_args()
    slugs = {p.slug for p in load_patterns(ROOT / "patterns")}
    folders = {f"{f.parent.name}/{f.name[:3]}": f for f in iter_problem_dirs(ROOT / "problems")}
    context = Context.of(DockerSandbox(runner_image_name()), Path(cache_dir()))

    problem = load_problem(folders[options.problem], slugs)
    rates: list[float] = []
    for seed in () if options.no_throughput else (1, 2, 3):
        result = stress(problem, problem.reference_path.read_bytes(), context,
                        StressOptions(examples=options.examples, seed=seed, time_s=120))  # fmt: skip
        rates.append(result.judged / result.search_seconds)
    rate = statistics.median(rates) if rates else 0.0
    if rates:
        print(f"throughput on {options.problem} (its reference, {options.examples} random inputs, 2 "
              f"sessions): median {rate:.0f} judged inputs/s, 3 seeds (goal >= {GOAL_RATE:.0f})")  # fmt: skip

    wrong = [
        (ident, path)
        for ident, folder in sorted(folders.items())
        if options.pattern is None or ident.startswith(options.pattern + "/")
        if not options.only or ident in options.only.split(",")
        for path in sorted((folder / "submissions" / "wrong_answer").glob("*.py"))[
            : options.per_problem or None
        ]
    ]
    if options.limit:
        wrong = wrong[: options.limit]
    found = no_larger = 0
    seconds = []
    for ident, path in wrong:
        problem = load_problem(folders[ident], slugs)
        prepare(problem, context)  # the time limit, derived once per problem and cached: not timed
        result = stress(problem, path.read_bytes(), context, StressOptions(seed=1, time_s=GOAL_SHRINK_S))
        recorded = fails_on(path)
        if result.found is None:
            why = result.stopped or "no difference"
            print(f"  not found  {ident} {path.name} ({result.judged} judged; {why})")
            continue
        found += 1
        seconds.append(result.seconds)
        mine, theirs = input_size(result.found_input), input_size(recorded) if recorded is not None else None
        smaller = theirs is None or (mine or 0) <= (theirs or 0)
        no_larger += smaller
        print(f"  {'ok' if smaller else 'LARGER':<9}  {ident} {path.name}: n={mine} (fails on: n={theirs}) "
              f"in {result.seconds:.1f} s")  # fmt: skip
    share = no_larger / found if found else 0.0
    print(f"shrinking: {found}/{len(wrong)} wrong submissions found within {GOAL_SHRINK_S:.0f} s "
          f"(median {statistics.median(seconds) if seconds else 0:.1f} s); shrunk input no larger than "
          f"`# fails on:` for {no_larger}/{found} = {share:.0%} (goal >= {GOAL_NO_LARGER:.0%})")  # fmt: skip
    fast = options.no_throughput or rate >= GOAL_RATE
    return 0 if fast and share >= GOAL_NO_LARGER else 1


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        sys.exit(main())
