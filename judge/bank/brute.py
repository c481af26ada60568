"""A problem's `brute.py`: a slow, obviously correct solution and the inputs to try it on.

    inputs()      -> a Hypothesis strategy of small valid inputs (the entry's parameters)
    <entry name>  -> the brute force: the same function (or design class) as the reference

The bank's tests cross-check each reference against its brute force on these inputs;
mutation analysis and `judge stress` search them for inputs that tell two solutions
apart. Loaded on the host as package code, never in the sandbox.
"""

from __future__ import annotations

import runpy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ProblemFormatError
from .model import Problem


@dataclass(frozen=True)
class Brute:
    path: Path
    strategy: Any  # a hypothesis SearchStrategy of inputs
    source: bytes


def load_brute(problem: Problem) -> Brute:
    """The problem's brute force, validated; ProblemFormatError naming brute.py otherwise."""
    from hypothesis.strategies import SearchStrategy

    path = problem.brute_path
    try:
        source = path.read_bytes()
    except FileNotFoundError:
        raise ProblemFormatError(path, None, "file is missing (every problem needs a brute force)") from None
    try:
        namespace = runpy.run_path(str(path), run_name="judge_brute")
    except (Exception, SystemExit) as error:
        raise ProblemFormatError(path, None, f"cannot be loaded: {type(error).__name__}: {error}") from None
    inputs = namespace.get("inputs")
    if not callable(inputs):
        raise ProblemFormatError(path, "inputs", "must define inputs() returning a Hypothesis strategy")
    try:
        strategy = inputs()
    except Exception as error:
        raise ProblemFormatError(path, "inputs()", f"failed: {type(error).__name__}: {error}") from None
    if not isinstance(strategy, SearchStrategy):
        raise ProblemFormatError(
            path, "inputs()", f"must return a Hypothesis strategy, not {type(strategy).__name__}"
        )
    entry = problem.entry
    solver = namespace.get(entry.name) or getattr(namespace.get("Solution"), entry.name, None)
    wanted = "class" if entry.kind == "design" else "function"
    if not callable(solver) or (entry.kind == "design") != isinstance(solver, type):
        raise ProblemFormatError(
            path, entry.name, f"must define the brute force as a {wanted} named {entry.name}"
        )
    return Brute(path, strategy, source)
