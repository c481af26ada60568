"""Which sizes `judge complexity` times (analysis/complexity.py): the top one, from the
largest test's n, and whether a larger one still fits in the measure's time budget; and
how much slower yours was at the largest size both sides were timed at."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import ProblemFormatError
from .growth import Point


class Kept:
    """sized(n, seed), with the one input top_size already made handed out (once) when
    it is asked for again, instead of being generated twice (a max-size input can take
    a second to make)."""

    def __init__(self, sized: Callable[[int, int], Any], n: int, first: Any) -> None:
        self.sized, self.n, self.first, self.kept = sized, n, first, True

    def __call__(self, n: int, seed: int) -> Any:
        if self.kept and n == self.n and seed == 0:
            self.kept = False
            return self.first
        return self.sized(n, seed)


def top_size(sized: Callable[[int, int], Any], largest: int) -> tuple[int, Kept]:
    """The largest test's n, halved (at most twice) until sized() makes a valid input of
    it: n as the judge measures a test (a tree's level-order list, gaps included) can be
    more than the constraints let a generated input have (a complete tree, no gaps).
    With it, sized() that keeps the input made at that size for its first use."""
    errors: list[ProblemFormatError] = []
    for n in (max(2, largest >> k) for k in range(3)):
        try:
            first = sized(n, 0)
        except ProblemFormatError as error:
            errors.append(error)
            continue
        return n, Kept(sized, n, first)
    raise errors[0]


def affordable(costs: list[float], left_s: float) -> bool:
    """Whether the next size is likely to fit in the seconds left: it costs what the last
    did times the growth from the one before (at least 1x; at most 8x, a cube's doubling)."""
    if not costs:
        return left_s > 0
    ratio = costs[-1] / costs[-2] if len(costs) > 1 and costs[-2] > 0 else 2.0
    return costs[-1] * min(8.0, max(1.0, ratio)) <= left_s


def slower_at_top(yours: list[Point], reference: list[Point]) -> float | None:
    """Yours over the reference's time at the largest size both were timed at (None when
    they share none, or the reference took no measurable time there)."""
    theirs = {p.n: p.value for p in reference}
    shared = [p for p in yours if p.n in theirs and theirs[p.n] > 0]
    if not shared:
        return None
    top = max(shared, key=lambda p: p.n)
    return top.value / theirs[top.n]
