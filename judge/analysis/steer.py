"""Steering the stress search by the failing test's tags (`judge run --explain`).

A failed hidden test says only what kind of case it was ("empty", "duplicates",
"negatives"...). Where a tag can be read off an input, the search first draws only
inputs of that kind (the package's strategy, filtered), so the smallest difference it
shows is "a smallest input of the same kind"; when none differs (or the strategy
rarely draws such inputs), it searches the whole strategy for the rest of the time.

Tags about the answer (answer-first, no-answer, ties...) or the size (max-size) cannot
be read off a small input and do not steer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

Predicate = Callable[[Any], bool]


def _sequences(value: Any) -> list[Any]:
    """The lists and strings an input holds: its parameters, and one level inside them."""
    items = list(value.values()) if isinstance(value, dict) else [value]
    found = [item for item in items if isinstance(item, list | str)]
    found += [inner for item in items if isinstance(item, list) for inner in item if isinstance(inner, list)]
    return found


def _numbers(value: Any, depth: int = 0) -> Iterator[int | float]:
    if isinstance(value, bool) or depth > 4:
        return
    if isinstance(value, int | float):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item, depth + 1)


def _distinct(seq: Any) -> bool:
    keys = [json.dumps(x, sort_keys=True) for x in seq]
    return len(set(keys)) == len(keys)


def _ordered(seq: Any, reverse: bool) -> bool:
    try:
        return len(seq) >= 3 and list(seq) == sorted(seq, reverse=reverse)
    except TypeError:
        return False


PREDICATES: dict[str, Predicate] = {
    "empty": lambda v: any(len(s) == 0 for s in _sequences(v)),
    "single": lambda v: any(len(s) == 1 for s in _sequences(v)),
    "two": lambda v: any(len(s) == 2 for s in _sequences(v)),
    "all-equal": lambda v: any(len(s) >= 2 and all(x == s[0] for x in s) for s in _sequences(v)),
    "duplicates": lambda v: any(not _distinct(s) for s in _sequences(v)),
    "distinct": lambda v: any(len(s) >= 2 and _distinct(s) for s in _sequences(v)),
    "negatives": lambda v: any(x < 0 for x in _numbers(v)),
    "zeros": lambda v: any(x == 0 for x in _numbers(v)),
    "sorted": lambda v: any(_ordered(s, False) for s in _sequences(v)),
    "reverse-sorted": lambda v: any(_ordered(s, True) for s in _sequences(v)),
    "letters": lambda v: any(isinstance(s, str) and any(not c.islower() for c in s) for s in _sequences(v)),
}


def steerable(tags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in tags if t in PREDICATES)


def of_kind(tags: tuple[str, ...]) -> Predicate | None:
    """An input of any of these kinds; None when no tag can be read off an input."""
    tests = [PREDICATES[t] for t in steerable(tags)]
    if not tests:
        return None

    def matches(value: Any) -> bool:
        try:
            return any(test(value) for test in tests)
        except Exception:  # an input shape the predicate did not expect: not of the kind
            return False

    return matches


def steered(strategy: Any, tags: tuple[str, ...]) -> Any:
    """The strategy, drawing only inputs of these kinds (the strategy itself when none steers)."""
    kind = of_kind(tags)
    return strategy if kind is None else strategy.filter(kind)
