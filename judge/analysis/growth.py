"""Fitting measured times to growth classes (pure): the log-log slope, and the class of
GROWTH_CLASSES whose shape fits the points best (the least variance of log(t / f(n)),
as in Big-O fitting tools). Points under the timer's noise floor are left out."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..bank.model import GROWTH_CLASSES, Growth

NOISE_FLOOR_MS = 1.0  # under this, a time says more about the timer and the machine than the code
MIN_POINTS = 3


@dataclass(frozen=True)
class Point:
    n: int
    value: float  # time: the fastest repetition's ms; space: the smallest peak's KiB


@dataclass(frozen=True)
class Fit:
    slope: float  # d log t / d log n
    growth: Growth | None  # None: too few points above the noise floor
    points: int


def _f(growth: Growth, n: int) -> float:
    return float(n**growth.power) * (math.log(n) ** growth.logs if growth.logs else 1.0)


def fit(points: list[Point], floor: float = NOISE_FLOOR_MS) -> Fit:
    """The slope and best class of the points at or over floor (the measure's noise)."""
    usable = [p for p in points if p.value >= floor and p.n > 1]
    if len(usable) < MIN_POINTS:
        return Fit(0.0, None, len(usable))
    xs = [math.log(p.n) for p in usable]
    ys = [math.log(p.value) for p in usable]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread if spread else 0.0
    best, best_score = None, math.inf
    for growth in GROWTH_CLASSES.values():
        if growth.exponential:
            continue
        residuals = [y - math.log(_f(growth, p.n)) for y, p in zip(ys, usable, strict=True)]
        mean = sum(residuals) / len(residuals)
        score = sum((r - mean) ** 2 for r in residuals)
        if score < best_score - 1e-12:
            best, best_score = growth, score
    return Fit(slope, best, len(usable))


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


def too_slow(yours: Fit, intended: Growth, reference: Fit | None = None) -> bool:
    """Grows a whole power faster than intended (a log factor is within the noise of a
    timing: n and n log n are not told apart, n and n^2 are), and, when the reference
    was timed alongside, clearly faster than the reference grows on the same machine
    (a loaded machine bends both curves alike)."""
    if yours.growth is None:
        return False
    faster = rank(yours.growth) >= rank(intended) + 0.5 and yours.slope > intended.power + 0.35
    if reference is not None and reference.growth is not None:
        faster = faster and yours.slope >= reference.slope + 0.5
    return faster


def verdict(yours: Fit, reference: Fit, intended: Growth, compared: Fit | None = None) -> str:
    """One line: how the candidate's growth compares with the intended class. compared:
    the reference's fit over the sizes the candidate was timed at, where they differ."""
    if yours.growth is None:
        return "too fast to measure at these sizes: no sign of growing faster than intended"
    mine = f"yours ≈ n^{yours.slope:.2f} ({yours.growth.text})"
    theirs = "the reference: too fast to time"
    if reference.growth is not None:
        theirs = f"the reference ≈ n^{reference.slope:.2f}"
    if too_slow(yours, intended, reference if compared is None else compared):
        return f"{mine}, {theirs}: {yours.growth.text} where {intended.text} is intended"
    return f"{mine}, {theirs}: within the intended {intended.text}"
