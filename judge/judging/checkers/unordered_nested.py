"""A list of groups: groups in any order, and the items of each group in any order."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .unordered import canonical, only_ints


def _group_key(group: list[Any]) -> tuple[Any, ...]:
    """Equal for groups with the same items in any order. A group of ints only is keyed by
    its sorted values ("ints" first: no key of canonical items starts with a string)."""
    if only_ints(group):
        return ("ints", tuple(sorted(group)))
    return tuple(sorted(map(canonical, group)))


def check(case_input: Any, expected: Any, got: Any) -> tuple[bool, str]:
    if not isinstance(got, list) or not all(isinstance(group, list) for group in got):
        return False, "the answer must be a list of lists"
    if len(got) != len(expected):
        return False, f"expected {len(expected)} group(s), got {len(got)}"
    missing = Counter(map(_group_key, expected)) - Counter(map(_group_key, got))
    return not missing, "the groups differ from the expected ones (order does not matter)"
