"""Exact JSON equality: types matter (1 differs from 1.0 and from true)."""

from __future__ import annotations

from typing import Any


def same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


def check(case_input: Any, expected: Any, got: Any) -> tuple[bool, str]:
    return same(expected, got), "the answer differs from the expected answer"
