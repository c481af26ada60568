"""Comparison rules, one module each, registered by name.

A checker is `check(input, expected, got, **options)` returning a bool or
`(bool, message)`; `get_checker` binds a problem's options with `functools.partial`
and normalises the result into a `CheckResult` in one place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...bank.model import CheckerSpec, Problem
from . import custom, exact, float_tol, unordered, unordered_nested

RawCheck = Callable[..., Any]

REGISTRY: dict[str, RawCheck] = {
    "exact": exact.check,
    "unordered": unordered.check,
    "unordered-nested": unordered_nested.check,
    "float": float_tol.check,
}


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str = ""


Checker = Callable[[Any, Any, Any], CheckResult]


def get_checker(spec: CheckerSpec, problem_dir: Path) -> Checker:
    raw = custom.load(problem_dir / "checker.py") if spec.name == "custom" else REGISTRY[spec.name]
    bound = functools.partial(raw, **dict(spec.options))

    def run(case_input: Any, expected: Any, got: Any) -> CheckResult:
        return normalise(bound(case_input, expected, got))

    return run


def normalise(result: Any) -> CheckResult:
    """A checker may return a bool, (bool, message) or a CheckResult; anything else is a
    checker bug and raises TypeError (graded JE, never blamed on the candidate)."""
    if isinstance(result, CheckResult):
        return result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], bool):
        ok, message = result
        return CheckResult(ok, "" if ok else str(message))
    if isinstance(result, bool):
        return CheckResult(result)
    raise TypeError(f"a checker must return a bool or (bool, message), not {type(result).__name__}")


def checker_for(problem: Problem) -> Checker:
    """The problem's checker; for a design problem, one that names the first call whose
    answer differs, and leaves out the answers of `ignore_calls`."""
    check = get_checker(problem.checker, problem.path)
    if problem.entry.kind != "design":
        return check
    return _call_by_call(check, frozenset(problem.checker.ignore_calls))


def _answers_for(ops: Any, expected: Any, got: Any) -> bool:
    """Both answers are lists with one entry per call."""
    lists = isinstance(ops, list) and isinstance(expected, list) and isinstance(got, list)
    return lists and len(got) == len(expected) == len(ops)


def _call_by_call(check: Checker, ignored: frozenset[str] = frozenset()) -> Checker:
    def run(case_input: Any, expected: Any, got: Any) -> CheckResult:
        ops: Any = case_input.get("ops") if isinstance(case_input, dict) else None
        if ignored and _answers_for(ops, expected, got):
            expected = [None if op in ignored else e for op, e in zip(ops, expected, strict=True)]
            got = [None if op in ignored else g for op, g in zip(ops, got, strict=True)]
        result = check(case_input, expected, got)
        if result.ok or not isinstance(got, list) or not isinstance(expected, list):
            return result
        if len(got) != len(expected):
            return CheckResult(False, f"expected {len(expected)} answers (one per call), got {len(got)}")
        for index, (want, have) in enumerate(zip(expected, got, strict=True)):
            if check(case_input, [want], [have]).ok:
                continue
            name = f" ({ops[index]})" if isinstance(ops, list) and index < len(ops) else ""
            return CheckResult(False, f"call {index + 1} of {len(expected)}{name} gave a different answer")
        return result

    return run
