"""A list whose order does not matter: same items, same multiplicities."""

from __future__ import annotations

from collections import Counter
from typing import Any

INTS = frozenset({int})


def canonical(value: Any) -> tuple[Any, ...]:
    """A hashable, sortable key that is equal for equal JSON values, keeping 1, 1.0 and
    true apart (the type's name leads: keys of different types never compare values)."""
    kind = type(value)
    if kind is list:
        return ("list", tuple(map(canonical, value)))
    if kind is dict:
        return ("dict", tuple(sorted((key, canonical(item)) for key, item in value.items())))
    return (kind.__name__, value)


def only_ints(items: list[Any]) -> bool:
    """Every item is an int (not a bool): such lists compare by their sorted values, in C,
    with no key per item. A list with anything else takes the canonical keys."""
    return set(map(type, items)) <= INTS


def check(case_input: Any, expected: Any, got: Any) -> tuple[bool, str]:
    if not isinstance(got, list):
        return False, "the answer must be a list"
    if len(got) != len(expected):
        return False, f"expected {len(expected)} item(s), got {len(got)}"
    if only_ints(expected) and only_ints(got):
        same = sorted(expected) == sorted(got)
    else:
        same = not Counter(map(canonical, expected)) - Counter(map(canonical, got))
    return same, "the items differ from the expected ones (order does not matter)"
