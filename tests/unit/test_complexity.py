"""The complexity check: fitting growth classes to timed points (pure, with noise), the
`# O(...) time` claim, and `judge complexity` through the CLI on the fixture problem
(count distinct: a list-membership solution is quadratic where linear is intended).
The harness runs on the host as a subprocess (tests/fakes.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from fakes import invoke
from grade_support import BANK, REPO
from hypothesis import given
from hypothesis import strategies as st

from judge.analysis.growth import NOISE_FLOOR_MS, Point, declared, fit, slope_over, too_slow
from judge.analysis.space import judge_space
from judge.bank.model import GROWTH_CLASSES
from judge.harness import worker
from judge.harness.usage import Usage

SIZES = (500, 1000, 2000, 4000, 8000, 16000)
QUADRATIC = REPO / "slow" / "distinct.py"


@given(
    st.sampled_from(["n", "n^2", "n^3"]),
    st.lists(st.floats(min_value=0.8, max_value=1.25), min_size=len(SIZES), max_size=len(SIZES)),
)
def test_noisy_powers_are_told_apart(name: str, noise: list[float]) -> None:
    growth = GROWTH_CLASSES[name]
    scale = 1000 / SIZES[0] ** growth.power  # the smallest point takes about a second
    points = [Point(n, scale * n**growth.power * k) for n, k in zip(SIZES, noise, strict=True)]
    fitted = fit(points)
    assert fitted.growth is not None and abs(fitted.growth.power - growth.power) <= 0.5
    assert abs(fitted.slope - growth.power) < 0.35


def test_points_under_the_noise_floor_are_not_fitted() -> None:
    assert fit([Point(n, NOISE_FLOOR_MS / 2) for n in SIZES]).growth is None
    flat = fit([Point(n, NOISE_FLOOR_MS * 4) for n in SIZES])  # over it: measured, and flat
    assert flat.growth == GROWTH_CLASSES["1"] and flat.slope == 0.0


def test_one_size_bent_by_the_machine_does_not_move_the_slope() -> None:
    """Linear, but the largest size took 3x what it should (the cache gave out, or a run
    was preempted): a least-squares line calls it n sqrt n; the median slope says n."""
    points = [Point(n, n / 1000) for n in SIZES[:-1]] + [Point(SIZES[-1], 3 * SIZES[-1] / 1000)]
    fitted = fit(points)
    assert fitted.growth == GROWTH_CLASSES["n"] and abs(fitted.slope - 1.0) < 1e-9


def test_two_sizes_of_seven_bent_by_a_garbage_collection_do_not_move_the_slope() -> None:
    """A linked list's nodes: at 50,000 and 100,000 a collection of the whole input
    landed on the timed call (15x), at the smaller sizes it did not (measured so)."""
    times = [0.054, 0.098, 0.178, 0.356, 0.738, 12.515, 34.688]
    fitted = fit([Point(1562 * 2**k, t) for k, t in enumerate(times)])
    assert fitted.growth == GROWTH_CLASSES["n"] and abs(fitted.slope - 1.0) < 0.1


def test_a_flat_head_of_constant_cost_is_not_fitted() -> None:
    """graphs/001's reference on n x n grids (measured): the two smallest grids cost the
    same 0.05 ms; fitted with them it read n^1.63 (n sqrt n), without them n^2."""
    times = {4: 0.055, 9: 0.054, 18: 0.117, 37: 0.456, 75: 1.371, 150: 5.351, 300: 26.357}
    fitted = fit([Point(n, t) for n, t in times.items()])
    assert fitted.growth == GROWTH_CLASSES["n^2"] and fitted.low == 9
    flat = fit([Point(n, 0.06 + 0.001 * k) for k, n in enumerate(SIZES)])  # all head: the last 3 stay
    assert flat.points == 3 and flat.growth == GROWTH_CLASSES["1"]


@pytest.mark.parametrize("name", ["log n", "n", "n log n", "n sqrt n", "n^2", "n^2 log n"])
def test_exact_times_of_a_class_fit_that_class(name: str) -> None:
    growth = GROWTH_CLASSES[name]
    sizes = [1562 * 2**k for k in range(7)]
    points = [Point(n, n**growth.power * math.log(n) ** growth.logs / 100) for n in sizes]
    fitted = fit(points)
    assert fitted.growth == growth
    assert abs(fitted.slope - slope_over(growth, sizes[0], sizes[-1])) < 0.05


def test_too_slow_needs_more_than_a_log_factor_over_intended_and_over_the_reference() -> None:
    linear = fit([Point(n, n / 100) for n in SIZES])
    n_log_n = fit([Point(n, n * math.log(n) / 500) for n in SIZES])
    quadratic = fit([Point(n, n * n / 1e5) for n in SIZES])
    intended = GROWTH_CLASSES["n"]
    assert too_slow(quadratic, intended, linear)
    assert not too_slow(n_log_n, intended, linear)  # a log factor is within the noise
    assert not too_slow(quadratic, intended, quadratic)  # the reference bends alike: the machine


def test_a_square_root_more_than_n_log_n_is_too_slow_a_log_factor_is_not() -> None:
    """n sqrt n where n log n is intended (a walk along rows per query, where a binary
    search was meant) grows half a power faster at these sizes, a log factor a tenth."""
    sizes = [1562 * 2**k for k in range(7)]
    n_log_n = fit([Point(n, n * math.log(n) / 500) for n in sizes])
    n_sqrt_n = fit([Point(n, n**1.5 / 500) for n in sizes])
    n_log2_n = fit([Point(n, n * math.log(n) ** 2 / 500) for n in sizes])
    assert too_slow(n_sqrt_n, GROWTH_CLASSES["n log n"], n_log_n)
    assert not too_slow(n_log2_n, GROWTH_CLASSES["n log n"], n_log_n)
    assert not too_slow(n_log_n, GROWTH_CLASSES["n"], fit([Point(n, n / 100) for n in sizes]))


def test_a_side_that_stopped_early_is_compared_with_the_reference_over_its_own_sizes() -> None:
    """Yours quadratic, over budget from n = 8000; the reference linear up to there, then
    bent steeply upwards at large n (memory, a loaded machine). Over all its sizes the
    reference looks nearly as steep as yours; over yours' sizes it is linear."""
    from judge.analysis.complexity import over_yours_sizes

    yours = [Point(1000, 10.0), Point(2000, 40.0), Point(4000, 160.0)]
    reference = [Point(1000 * 2**k, t) for k, t in enumerate([1.0, 2.0, 4.0, 40.0, 300.0, 2000.0, 12000.0])]
    whole = fit(reference)
    intended = GROWTH_CLASSES["n"]
    assert not too_slow(fit(yours), intended, whole)
    compared = over_yours_sizes(yours, reference, whole)
    assert compared.points == 3 and abs(compared.slope - 1.0) < 1e-9
    assert too_slow(fit(yours), intended, compared)
    assert over_yours_sizes(reference, reference, whole) is whole  # all sizes timed: the whole fit


def test_a_claimed_complexity_is_read_from_a_comment() -> None:
    assert declared("# O(n log n) time, O(1) space\n") == GROWTH_CLASSES["n log n"]
    assert declared("x = 1  # O(n**2) time") == GROWTH_CLASSES["n^2"]
    assert declared("# runs in O(n * log(n)) time") == GROWTH_CLASSES["n log n"]
    assert declared("# fast") is None and declared("# O(n) space") is None


def test_judge_complexity_flags_a_quadratic_solution_and_passes_the_reference(tmp_path: Path) -> None:
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache"), "JUDGE_SERVER": "off"}
    plot = tmp_path / "growth.svg"
    args = (
        "complexity",
        "hashing/005",
        QUADRATIC,
        "--json",
        "--budget-ms",
        "1500",
        "--time",
        "300",
        "--plot",
        plot,
    )
    slow = invoke(*args, problems=BANK, env=env)
    assert slow.exit_code == 1, slow.output
    assert plot.read_text().lstrip().startswith("<?xml") and "extra space against n" in plot.read_text()
    measured = json.loads(slow.stdout)
    assert measured["too_slow"] and measured["intended"] == "n"
    assert measured["yours"]["slope"] > 1.5 and "where n is intended" in measured["summary"]
    reference = BANK / "hashing" / "005-count-distinct" / "reference.py"
    assert measured["space"]["intended"] == "n" and not measured["space"]["too_much"]
    assert measured["space"]["yours"]["growth"] in ("n", "n log n")  # it keeps a list of what it saw
    fine = invoke(
        "complexity", "hashing/005", reference, "--no-space", "--time", "300", problems=BANK, env=env
    )
    assert fine.exit_code == 0, fine.output
    assert "within the intended n" in fine.stdout or "too fast to measure" in fine.stdout
    assert "Extra space" not in fine.stdout


def test_a_file_over_budget_from_the_smallest_size_is_far_slower_not_too_fast(tmp_path: Path) -> None:
    """Over the budget at every size (plain recursion, a loop): no fit is possible, and
    the reference's time at the size where it went over is the evidence. It must not
    read as "too fast to measure", which a file with no points said before."""
    spins = tmp_path / "spins.py"
    spins.write_text("def countDistinct(nums):\n    while True:\n        pass\n")
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache"), "JUDGE_SERVER": "off"}
    args = ("complexity", "hashing/005", spins, "--json", "--no-space", "--budget-ms", "500", "--time", "300")
    result = invoke(*args, problems=BANK, env=env)
    assert result.exit_code == 1, result.output
    measured = json.loads(result.stdout)
    assert measured["too_slow"] and measured["yours"]["points"] == []
    assert measured["summary"].startswith("over the budget (500 ms) at n = ")
    assert measured["summary"].endswith("far slower than the intended n")
    smallest = min(p["n"] for p in measured["reference"]["points"])
    assert f"at n = {smallest}," in measured["summary"]  # halved below the first size, down to it


def test_the_reference_answers_each_size_once_for_both_sessions(tmp_path: Path, monkeypatch: Any) -> None:
    """The sessions are told the expected answers (computed once per size on the host):
    they never run the reference themselves, which at n = 100,000 costs seconds a batch."""
    from fakes import SubprocessSandbox

    import judge.judging.session as session_module
    from judge.analysis.complexity import Options, measure
    from judge.bank.loader import load_problem
    from judge.judging.context import Context

    def refuse(*args: Any) -> None:
        raise AssertionError("a session ran the reference itself")

    monkeypatch.setattr(session_module, "run_reference", refuse)
    problem = load_problem(BANK / "hashing" / "005-count-distinct")
    context = Context.of(SubprocessSandbox(), tmp_path / "cache")
    scaling = measure(
        problem, QUADRATIC.read_bytes(), context, Options(steps=4, space=False, budget_ms=1500, time_s=300)
    )
    assert len(scaling.reference) >= 4 and scaling.yours  # (and one below, if yours stopped early)


def test_extra_space_is_fitted_and_judged_against_the_stated_space() -> None:
    stated_constant = GROWTH_CLASSES["1"]
    linear = [Point(n, n / 40) for n in SIZES]  # KiB: 12.5 at n = 500 up to 400 at 16000
    constant = [Point(n, 0.3) for n in SIZES]

    copying = judge_space(linear, constant, stated_constant)
    in_place = judge_space(constant, constant, stated_constant)
    stated_linear = judge_space(linear, linear, GROWTH_CLASSES["n"])

    assert copying.too_much and copying.yours_fit.growth == GROWTH_CLASSES["n"]
    assert "O(n) extra" in copying.summary and "the target is O(1)" in copying.summary
    assert not in_place.too_much and in_place.summary.startswith("O(1) extra")
    assert not stated_linear.too_much
    assert "the reference: not measured" in judge_space(linear, [], stated_constant).summary
    assert "the reference: O(1) extra" in copying.summary


def test_space_within_the_stated_target_is_not_more_than_intended_beside_a_leaner_reference() -> None:
    """An O(n) file where O(n) is stated, beside a reference that keeps only sqrt n: the
    reference's slope does not lower the target; a file over the target and steeper than
    the reference still is more than intended."""
    linear = [Point(n, n / 40) for n in SIZES]
    root = [Point(n, n**0.5 / 2) for n in SIZES]  # 11 KiB at 500 up to 63 at 16000
    quadratic = [Point(n, n * n / 40_000) for n in SIZES]

    within = judge_space(linear, root, GROWTH_CLASSES["n"])
    over = judge_space(quadratic, root, GROWTH_CLASSES["n"])
    over_but_like_the_reference = judge_space(quadratic, quadratic, GROWTH_CLASSES["n"])

    assert within.reference_fit.growth is not None and not within.too_much
    assert "more than intended" not in within.summary
    assert over.too_much and over.summary.endswith("more than intended")
    assert not over_but_like_the_reference.too_much


def test_traced_calls_report_what_they_allocate_beyond_the_input() -> None:
    """The input is built before tracing starts: a sum keeps nothing, a sorted copy keeps n."""
    entry = {"kind": "function", "name": "f", "params": [{"name": "nums", "type": "List[int]"}]}
    nums = list(range(20_000, 0, -1))
    summing = compile("def f(nums):\n    return sum(nums)\n", "solution.py", "exec")
    copying = compile("def f(nums):\n    return len(sorted(nums))\n", "solution.py", "exec")

    peaks = []
    for code in (summing, copying):
        usage = Usage(trace_memory=True)
        worker.run_case(code, entry, {"nums": nums}, usage)
        peaks.append(usage.peak_bytes)
    untraced = Usage()
    worker.run_case(summing, entry, {"nums": nums}, untraced)

    assert peaks[0] is not None and peaks[0] < 4096
    assert peaks[1] is not None and peaks[1] >= 8 * len(nums)
    assert untraced.peak_bytes is None


def test_a_plot_file_of_another_kind_is_refused_before_measuring(tmp_path: Path) -> None:
    args = ("complexity", "hashing/005", QUADRATIC, "--plot", tmp_path / "growth.pdf")
    result = invoke(*args, problems=BANK, env={"JUDGE_CACHE_DIR": str(tmp_path / "cache")})
    assert result.exit_code == 2
    assert "--plot" in result.output and ".svg or .png" in result.output and "Measuring" not in result.output


def test_a_size_is_started_only_if_its_likely_cost_fits_the_time_left() -> None:
    from judge.analysis.sizes import affordable

    assert affordable([], 1.0) and not affordable([], 0.0)
    assert affordable([1.0], 2.0) and not affordable([1.0], 1.9)  # one size known: assume it doubles
    assert not affordable([0.5, 2.0], 7.9) and affordable([0.5, 2.0], 8.0)  # grew 4x: 4x again
    assert affordable([2.0, 1.0], 1.0)  # a side stopped: the next costs at least the last
    assert not affordable([0.1, 10.0], 79.0)  # grew 100x: capped at 8x, a cube's doubling


def test_the_time_budget_cuts_the_sizes_short_and_says_where(tmp_path: Path) -> None:
    """A budget that fits the smallest sizes only: the larger ones are not started, the
    result says from which size on, and the measure ends well within the budget."""
    import time

    from fakes import SubprocessSandbox

    from judge.analysis.complexity import Options, measure
    from judge.bank.loader import load_problem
    from judge.judging.context import Context

    problem = load_problem(BANK / "hashing" / "005-count-distinct")
    context = Context.of(SubprocessSandbox(), tmp_path / "cache")
    began = time.monotonic()
    scaling = measure(problem, QUADRATIC.read_bytes(), context, Options(steps=8, space=False, time_s=2.0))
    took = time.monotonic() - began
    assert scaling.cut_at is not None and all(p.n < scaling.cut_at for p in scaling.reference)
    assert took < 2.0 + 3.0  # opening and closing the sessions come on top of the budget


def test_against_the_reference_growth_past_the_largest_class_is_too_slow() -> None:
    """n^4 files where n^3 is intended fit the largest class, n^3, like the reference:
    compared with the reference's slope, they are a power steeper (two-pointers/010)."""
    sizes = [4 * 2**k for k in range(7)]
    quartic, cubic = (fit([Point(n, n**p / 1e4) for n in sizes]) for p in (4, 3))
    assert quartic.growth == cubic.growth == GROWTH_CLASSES["n^3"]
    assert too_slow(quartic, GROWTH_CLASSES["n^3"], cubic, slower=100.0)
    assert not too_slow(cubic, GROWTH_CLASSES["n^3"], cubic, slower=1.0)


def test_steeper_only_because_the_reference_has_a_large_constant_is_not_too_slow() -> None:
    """The reference pays 5 ms at every size (a table as large as a fixed number), so its
    curve is flat at small n; a linear file without it is steeper, and faster: not slow."""
    from judge.analysis.sizes import slower_at_top

    sizes = [1562 * 2**k for k in range(7)]
    reference = [Point(n, 5.0 + n / 20000) for n in sizes]
    lean = [Point(n, n / 15000) for n in sizes]
    ratio = slower_at_top(lean, reference)
    assert ratio is not None and ratio < 1
    assert fit(lean).slope >= fit(reference).slope + 0.3
    assert not too_slow(fit(lean), GROWTH_CLASSES["n"], fit(reference), ratio)


def test_the_top_size_is_halved_until_the_generator_makes_a_valid_input() -> None:
    """A test's n counts a tree's level-order gaps; a generated complete tree has none,
    so the largest test's n can exceed what the constraints allow a generated input."""
    from judge.analysis.sizes import top_size
    from judge.errors import ProblemFormatError

    made: list[tuple[int, int]] = []

    def sized(n: int, seed: int) -> list[int]:
        made.append((n, seed))
        if n > 100_000:
            raise ProblemFormatError(Path("gen.py"), "sized", f"length {n} is outside [0, 100000]")
        return [seed] * n

    assert top_size(sized, 199_998)[0] == 99_999 and top_size(sized, 5000)[0] == 5000
    with pytest.raises(ProblemFormatError):
        top_size(sized, 800_001)  # halved twice, still too large: the generator's own error

    made.clear()
    n, kept = top_size(sized, 5000)
    inputs = [kept(n, seed) for seed in range(3)] + [kept(n, 0), kept(n // 2, 0)]
    assert made == [(5000, 0), (5000, 1), (5000, 2), (5000, 0), (2500, 0)]  # the first made once
    assert inputs == [[s] * 5000 for s in (0, 1, 2, 0)] + [[0] * 2500]
