"""Exact JSON equality: types matter (1 differs from 1.0 and from true)."""

from __future__ import annotations

import marshal
from typing import Any

SCALARS = frozenset({int, float, str, bool, type(None)})


def same(a: Any, b: Any) -> bool:
    kind = type(a)
    if kind is not type(b):
        return False
    if kind is list:
        if len(a) != len(b):
            return False
        kinds = list(map(type, a))
        if kinds != list(map(type, b)):
            return False
        if SCALARS.issuperset(kinds):  # the common case, 10^5 numbers: compared in C
            return bool(a == b)
        return all(map(same, a, b))
    if kind is dict:
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


def identical(a: Any, b: Any) -> bool:
    """The same marshalled bytes (format 2 writes no back-references, so equal values
    write equal bytes): the same types and values everywhere, and dicts in the same
    order; 10^5 nested lists compared in C. False says only "not shown identical"."""
    try:
        return marshal.dumps(a, 2) == marshal.dumps(b, 2)
    except ValueError:  # not marshallable: leave it to same()
        return False


def check(case_input: Any, expected: Any, got: Any) -> tuple[bool, str]:
    return identical(expected, got) or same(expected, got), "the answer differs from the expected answer"
