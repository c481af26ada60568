"""The bounds of a problem's input, as data: every test input is checked against them,
as Kattis checks inputs with a validator.

    constraints:
      nums: {length: [0, 100000], values: [-1000000000, 1000000000]}
      k: {values: [0, 100000]}
      s: {length: [0, 50000], chars: "[a-z]"}
      words: {length: [1, 10000], item_length: [1, 12], chars: "[a-z]"}
      calls: {length: [1, 100000]}          # design: the calls after the constructor
      push.val: {values: [-10000, 10000]}   # design: a method's parameter, in every call

`length` bounds a list or string (a tree's level-order list counts its nodes), `values`
every number in it at any depth (null is not a number), `item_length` each element of a
list of lists or strings, `chars` every character (a regular-expression class),
`distinct` says the values of a list never repeat, and `sorted` that they never
decrease. Relations between parameters stay in the statement; the brute force and the
reference catch inputs that break them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .fields import Fields
from .model import Entry

KEYS = {"length", "values", "item_length", "chars", "distinct", "sorted"}


@dataclass(frozen=True)
class Bound:
    name: str
    length: tuple[int, int] | None = None
    values: tuple[float, float] | None = None
    item_length: tuple[int, int] | None = None
    chars: str | None = None
    distinct: bool = False
    sorted: bool = False


def parse_constraints(fields: Fields, entry: Entry) -> tuple[Bound, ...]:
    known = _names(entry)
    bounds = []
    for name in fields.data:
        if name not in known:
            raise fields.fail(str(name), f"names no parameter (known: {', '.join(sorted(known))})")
        spec = fields.mapping(name)
        spec.only(KEYS)
        chars = spec.text("chars", None)
        if chars is not None:
            try:
                re.compile(chars)
            except re.error as error:
                raise spec.fail("chars", f"is not a regular expression ({error})") from None
        bounds.append(
            Bound(
                name,
                _pair(spec, "length", int),
                _pair(spec, "values", float),
                _pair(spec, "item_length", int),
                chars,
                spec.get("distinct", bool, False),
                spec.get("sorted", bool, False),
            )
        )
    return tuple(bounds)


def _names(entry: Entry) -> set[str]:
    if entry.kind == "function":
        return {p.name for p in entry.params}
    names = {"calls"} | {f"{entry.name}.{p.name}" for p in entry.constructor}
    return names | {f"{m.name}.{p.name}" for m in entry.methods for p in m.params}


def _pair(spec: Fields, key: str, kind: type) -> Any:
    if not spec.has(key):
        return None
    value = spec.items(key)
    numbers = (int,) if kind is int else (int, float)
    if len(value) != 2 or not all(type(v) in numbers for v in value) or value[0] > value[1]:
        raise spec.fail(
            key, f"must be [low, high], two {'whole ' if kind is int else ''}numbers, low <= high"
        )
    return (value[0], value[1])


def arguments(entry: Entry, given: Any) -> Iterator[tuple[str, str, Any]]:
    """(bound name, where in the input, value) for every value the bounds apply to."""
    if entry.kind == "function":
        for param in entry.params:
            value = given[param.name]
            if isinstance(value, dict) and "values" in value:  # a list with a cycle: its values
                value = value["values"]
            yield param.name, param.name, value
        return
    ops, args = given["ops"], given["args"]
    yield "calls", "ops", ops[1:]
    params = {entry.name: entry.constructor, **{m.name: m.params for m in entry.methods}}
    for index, (op, op_args) in enumerate(zip(ops, args, strict=True)):
        for param, value in zip(params.get(op, ()), op_args, strict=False):
            yield f"{op}.{param.name}", f"args[{index}]", value


def violation(bounds: tuple[Bound, ...], entry: Entry, given: Any) -> tuple[str, str] | None:
    """(where, what is wrong) for the first value that breaks a bound, or None."""
    by_name = {b.name: b for b in bounds}
    for name, where, value in arguments(entry, given):
        bound = by_name.get(name)
        problem = _check(bound, value) if bound is not None else None
        if problem is not None:
            return where, f"{problem} (constraints.{name})"
    return None


def _check(bound: Bound, value: Any) -> str | None:
    if bound.length is not None and isinstance(value, list | str):
        size = sum(1 for v in value if v is not None) if isinstance(value, list) else len(value)
        if not bound.length[0] <= size <= bound.length[1]:
            return f"has length {size}, outside {list(bound.length)}"
    if bound.item_length is not None and isinstance(value, list):
        bad = next(
            (i for i in value if isinstance(i, list | str) and not _within(len(i), bound.item_length)), None
        )
        if bad is not None:
            return f"holds an item of length {len(bad)}, outside {list(bound.item_length)}"
    if bound.chars is not None:
        text = value if isinstance(value, str) else "".join(v for v in _flat(value) if isinstance(v, str))
        if not re.fullmatch(f"{bound.chars}*", text):
            return f"holds a character outside {bound.chars}"
    if bound.values is not None:
        numbers = [v for v in _flat(value) if type(v) in (int, float)]
        bad_number = next((v for v in numbers if not _within(v, bound.values)), None)
        if bad_number is not None:
            return f"holds {bad_number}, outside {list(bound.values)}"
    if bound.distinct and isinstance(value, list) and len(set(map(repr, value))) != len(value):
        return "repeats a value but must not"
    if bound.sorted and isinstance(value, list) and any(a > b for a, b in itertools.pairwise(value)):
        return "is not in non-decreasing order"
    return None


def _within(value: float, pair: tuple[float, float]) -> bool:
    return pair[0] <= value <= pair[1]


def _flat(value: Any) -> Iterator[Any]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        else:
            yield item
