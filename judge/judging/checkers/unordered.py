"""A list whose order does not matter: same items, same multiplicities."""

from __future__ import annotations

from collections import Counter
from typing import Any


def canonical(value: Any) -> tuple[Any, ...]:
    """A hashable, sortable key that is equal for equal JSON values, keeping 1, 1.0 and
    true apart (the type's name leads: keys of different types never compare values)."""
    kind = type(value)
    if kind is list:
        return ("list", tuple(map(canonical, value)))
    if kind is dict:
        return ("dict", tuple(sorted((key, canonical(item)) for key, item in value.items())))
    return (kind.__name__, value)


def check(case_input: Any, expected: Any, got: Any) -> tuple[bool, str]:
    if not isinstance(got, list):
        return False, "the answer must be a list"
    if len(got) != len(expected):
        return False, f"expected {len(expected)} item(s), got {len(got)}"
    missing = Counter(map(canonical, expected)) - Counter(map(canonical, got))
    return not missing, "the items differ from the expected ones (order does not matter)"
