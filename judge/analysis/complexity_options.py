"""What `judge complexity` measures and within which budgets: the defaults live here
alone, in a module light enough for the CLI to read them when it starts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    steps: int = 7  # sizes: n_max / 2^(steps-1) ... n_max
    repeats: int = 3
    budget_ms: int = 2000  # a run slower than this ends the growth of its side
    session_s: float = 600.0  # the most a side's session container may live
    space: bool = True  # also trace extra space at the sizes timed (space.py)
    time_s: float = 12.0  # the whole measure: no size is started that would not fit in it


DEFAULTS = Options()
