"""Fitting measured times to growth classes (pure): the log-log slope, and the class of
GROWTH_CLASSES whose slope over the same sizes is nearest to it. Points under the
timer's noise floor are left out.

The slope is Siegel's repeated median of the slopes between every two points, not a
least-squares line: a size or two bent by the machine (a preempted run, the cache giving
out at the largest n, a garbage collection over the whole input landing on the call)
move a least-squares slope by a third of a power or more, and the repeated median not
at all while fewer than half the sizes are bent. A class's slope over the sizes is its
local exponent there: n log n grows as n^1.11 between n = 1,500 and 100,000, which is
how close a log factor comes to a power at sizes a test can reach."""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

from ..bank.model import GROWTH_CLASSES, Growth

NOISE_FLOOR_MS = 0.05  # under this, a time says more about the timer and the machine than the code
MIN_POINTS = 3
HEAD_RISE = 2**0.3  # a smallest size whose next size takes less than this many times as long


@dataclass(frozen=True)
class Point:
    n: int
    value: float  # time: the fastest repetition's ms; space: the smallest peak's KiB


@dataclass(frozen=True)
class Fit:
    slope: float  # d log t / d log n
    growth: Growth | None  # None: too few points above the noise floor
    points: int
    low: int = 0  # the smallest and largest sizes fitted
    high: int = 0


def slope_over(growth: Growth, low: int, high: int) -> float:
    """The class's log-log slope between sizes low and high: its power, plus what its log
    factors add there."""
    if growth.logs == 0 or high <= low or low < 2:
        return growth.power
    rise = math.log(math.log(high)) - math.log(math.log(low))
    return growth.power + growth.logs * rise / (math.log(high) - math.log(low))


def repeated_median(xs: list[float], ys: list[float]) -> float:
    """Siegel's repeated median: for each point, the median of its slopes to every other
    point of distinct x; then the median of those. Up to half the points may be bent
    (a collection of the whole input by Python's garbage collector lands on the
    timed call at some size and not the next) before the slope moves."""
    per_point = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        slopes = [(ys[j] - y) / (xs[j] - x) for j in range(len(xs)) if j != i and xs[j] != x]
        if slopes:
            per_point.append(statistics.median(slopes))
    return statistics.median(per_point) if per_point else 0.0


def fit(points: list[Point], floor: float = NOISE_FLOOR_MS) -> Fit:
    """The slope and nearest class of the points at or over floor (the measure's noise),
    less a flat head: while more than MIN_POINTS are left, the smallest size is dropped if
    the next one took less than HEAD_RISE times as long (a slope under 0.3 across a
    doubling), because a constant cost outweighs the growth there. A grid search whose
    largest grid is 300 x 300 spends 0.05 ms on its 4 x 4 and 9 x 9 grids alike; with them
    the repeated median read n^1.6 where it grows as n^2."""
    usable = sorted((p for p in points if p.value >= floor and p.n > 1), key=lambda p: p.n)
    while len(usable) > MIN_POINTS and usable[1].value < HEAD_RISE * usable[0].value:
        usable = usable[1:]
    if len(usable) < MIN_POINTS:
        return Fit(0.0, None, len(usable))
    slope = repeated_median([math.log(p.n) for p in usable], [math.log(p.value) for p in usable])
    low, high = min(p.n for p in usable), max(p.n for p in usable)
    fitted = [g for g in GROWTH_CLASSES.values() if not g.exponential]
    best = min(fitted, key=lambda g: (abs(slope_over(g, low, high) - slope), rank(g)))
    return Fit(slope, best, len(usable), low, high)


def rank(growth: Growth) -> float:
    """Orders classes from slowest-growing to fastest."""
    return math.inf if growth.exponential else growth.power + 0.1 * growth.logs


_DECLARED = re.compile(r"#.*\bO\(\s*([^)]*(?:\([^)]*\)[^)]*)*)\s*\)\s*time", re.IGNORECASE)


def declared(source: str) -> Growth | None:
    """A candidate's own claim, from a comment such as `# O(n log n) time`."""
    match = _DECLARED.search(source)
    if match is None:
        return None
    text = match.group(1).lower().replace("**", "^").replace("*", " ").replace("log(n)", "log n")
    text = re.sub(r"\blg\b", "log", text)
    text = " ".join(text.split()).replace("n ^ ", "n^").replace("^ ", "^")
    return GROWTH_CLASSES.get(text)


MARGIN = 0.3  # of slope: more than a log factor adds at these sizes (0.11), less than a sqrt n (0.5)
SLOWER_AT_TOP = 2.0  # and yours this many times the reference's time at the largest common size


def too_slow(yours: Fit, intended: Growth, reference: Fit | None = None, slower: float | None = None) -> bool:
    """Grows faster than intended by more than a log factor (n and n log n are not told
    apart by a timing; n log n and n sqrt n, or n and n^2, are).

    With the reference timed alongside on the same machine (a loaded machine bends both
    curves alike), against it: a slope MARGIN over the reference's, and (slower: yours
    over the reference's time at the largest size both were timed at) SLOWER_AT_TOP
    times slower there, so that a file that is steeper only because the reference has
    a large constant cost at small n is not called slow. The intended class is then
    only the label: at sizes a test reaches, a reference's slope can sit well off its
    class (graphs/010's n^2 log n reference measures n^1.8), and a slow file's well
    past the largest class there is (two-pointers/010's n^4 files measure n^3.95).

    With no reference slope to compare: a class at least a square root of n above the
    intended one, and a slope MARGIN over the intended class's own slope there."""
    if yours.growth is None:
        return False
    if reference is not None and reference.growth is not None:
        steeper = yours.slope >= reference.slope + MARGIN
        return steeper and (slower is None or slower >= SLOWER_AT_TOP)
    above = rank(yours.growth) >= rank(intended) + 0.35
    return above and yours.slope >= slope_over(intended, yours.low, yours.high) + MARGIN


def verdict(yours: Fit, reference: Fit, intended: Growth, slow: bool) -> str:
    """One line: how the candidate's growth compares with the intended class; slow: what
    too_slow() said of it."""
    if yours.growth is None and yours.points:
        return f"only {yours.points} of yours' sizes could be timed: too few to fit a growth"
    if yours.growth is None:
        return "too fast to measure at these sizes: no sign of growing faster than intended"
    mine = f"yours ≈ n^{yours.slope:.2f} ({yours.growth.text})"
    theirs = "the reference: too fast to time"
    if reference.growth is not None:
        theirs = f"the reference ≈ n^{reference.slope:.2f}"
    if slow:
        if rank(yours.growth) > rank(intended):
            return f"{mine}, {theirs}: {yours.growth.text} where {intended.text} is intended"
        return f"{mine}, {theirs}: growing faster than the reference, where {intended.text} is intended"
    return f"{mine}, {theirs}: within the intended {intended.text}"
