"""Numbers, or equally shaped lists of numbers, equal within a tolerance."""

from __future__ import annotations

from typing import Any


def _close(expected: Any, got: Any, abs_tol: float, rel_tol: float) -> bool:
    if isinstance(expected, list):
        return (
            isinstance(got, list)
            and len(got) == len(expected)
            and all(_close(e, g, abs_tol, rel_tol) for e, g in zip(expected, got, strict=True))
        )
    numbers = (int, float)
    if type(expected) not in numbers or type(got) not in numbers:
        return type(expected) is type(got) and bool(expected == got)
    return bool(abs(expected - got) <= max(abs_tol, rel_tol * abs(expected)))


def check(
    case_input: Any, expected: Any, got: Any, abs_tol: float = 1e-6, rel_tol: float = 1e-6
) -> tuple[bool, str]:
    ok = _close(expected, got, abs_tol, rel_tol)
    return (
        ok,
        f"the answer differs from the expected one by more than the tolerance ({abs_tol:g} / {rel_tol:g})",
    )
