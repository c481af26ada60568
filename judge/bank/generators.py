"""A problem's `gen.py`: seeded hidden tests, and inputs of a requested size.

    generate()        -> iterable of {"name", "description", "input"}: hidden tests
    sized(n, seed)    -> one input of size about n (`judge.bank.inputs.input_size`),
                         the same for the same (n, seed); the complexity check grows n

Both run on the host, in the judge's process, as the package author's code (never a
candidate's). Any failure is a ProblemFormatError that names `gen.py`.
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ProblemFormatError
from .constraints import violation
from .fields import Fields
from .inputs import check_input
from .model import Problem


def _namespace(gen: Path) -> dict[str, Any]:
    try:
        return runpy.run_path(str(gen), run_name="judge_gen")
    except (Exception, SystemExit) as error:  # a broken generator is a package error
        raise ProblemFormatError(gen, None, f"cannot be loaded: {type(error).__name__}: {error}") from None


def generated(gen: Path) -> list[Any]:
    """What `generate()` yields, as a list."""
    namespace = _namespace(gen)
    try:
        return list(namespace["generate"]())
    except (Exception, SystemExit) as error:
        raise ProblemFormatError(gen, "generate()", f"failed: {type(error).__name__}: {error}") from None


def has_sized(problem: Problem) -> bool:
    path = problem.generator_path
    return path.is_file() and callable(_namespace(path).get("sized"))


def sized_inputs(problem: Problem) -> Callable[[int, int], Any]:
    """`sized(n, seed)` of the problem's generator, checked against the entry point on
    every call; ProblemFormatError when there is none."""
    path = problem.generator_path
    if not path.is_file():
        raise ProblemFormatError(path, None, "file is missing (sized inputs need gen.py)")
    sized = _namespace(path).get("sized")
    if not callable(sized):
        raise ProblemFormatError(path, "sized", "must define sized(n, seed) returning one input of size n")

    def make(n: int, seed: int) -> Any:
        try:
            value = sized(n, seed)
        except (Exception, SystemExit) as error:
            raise ProblemFormatError(
                path, f"sized({n}, {seed})", f"failed: {type(error).__name__}: {error}"
            ) from None
        fields = Fields(value, path, f"sized({n}, {seed})")
        check_input(problem.entry, fields)
        broken = violation(problem.constraints, problem.entry, value)
        if broken is not None:
            raise fields.fail(broken[0], broken[1])
        return value

    return make
