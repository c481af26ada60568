"""Every problem's hidden tests cover the edge-case families that catch plausible bugs.

From the constraints in problem.yaml (data, not prose), per problem:
- every parameter is constrained, and every test input fits the constraints (the loader);
- every hidden test is tagged from the taxonomy (judge/bank/tags.py);
- each length bound is met at both ends (an empty or shortest input, a longest one);
- each number bound is met at both ends, and for a list both ends appear together in one
  input (the smallest and the largest value in the same list);
- where values may repeat, some input holds a value three or more times with its
  occurrences not all side by side (the deciding pair is not the obvious adjacent one;
  in a list constrained `sorted`, three copies, which always sit together);
- at least two max-size tests of different shapes (tagged max-size).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from conftest import Package

from judge.bank.constraints import arguments

ROOT = Path(__file__).resolve().parents[2]


def _numbers(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [n for item in value for n in _numbers(item)]
    return [value] if type(value) in (int, float) else []


def _size(value: Any) -> int:
    return sum(1 for v in value if v is not None) if isinstance(value, list) else len(value)


def test_every_parameter_is_constrained_and_every_hidden_test_tagged(package: Package) -> None:
    problem, cases = package.problem, package.cases
    constrained = {b.name for b in problem.constraints}
    wanted = {name for name, _, _ in arguments(problem.entry, cases[0].input)}
    assert wanted <= constrained, f"constraints missing for {sorted(wanted - constrained)}"
    untagged = [c.id for c in cases if c.hidden and not c.tags]
    assert not untagged, f"hidden tests without tags: {untagged}"
    shapes = [c for c in cases if "max-size" in c.tags]
    assert len(shapes) >= 2, "fewer than two max-size tests (tagged max-size)"


def test_length_and_value_bounds_are_met_at_both_ends(package: Package) -> None:
    missing = []
    for bound in package.problem.constraints:
        seen = package.values(bound.name)
        if bound.length is not None:
            sizes = {_size(v) for _, v in seen if isinstance(v, list | str)}
            missing += [f"{bound.name}: length {end}" for end in bound.length if end not in sizes]
        if bound.values is not None and all(type(e) is int for e in bound.values):
            low, high = bound.values
            numbers = [set(_numbers(v)) for _, v in seen]
            missing += [
                f"{bound.name}: value {end}" for end in (low, high) if not any(end in n for n in numbers)
            ]
            if any(isinstance(v, list) for _, v in seen) and not any({low, high} <= n for n in numbers):
                missing.append(f"{bound.name}: {low} and {high} in the same input")
    assert not missing, "no test reaches " + "; ".join(missing)


def test_repeated_values_include_three_copies_not_side_by_side(package: Package) -> None:
    for bound in package.problem.constraints:
        if bound.distinct:
            continue
        lists = [
            v for c, v in package.values(bound.name) if c.hidden and isinstance(v, list | str) and len(v) > 3
        ]
        if not lists or not all(isinstance(x, int | str) for v in lists for x in v):
            continue  # nothing to repeat, or trees and nested lists (their shapes are the point)
        if bound.sorted:  # equal values of a sorted list sit together: three copies are enough
            assert any(_triple(v) for v in lists), f"{bound.name}: no hidden test holds a value three times"
            continue
        assert any(_spread_triple(v) for v in lists), (
            f"{bound.name}: no hidden test holds a value three times with its copies not all adjacent"
        )


def _triple(values: Any) -> bool:
    return any(count >= 3 for count in Counter(values).values())


def _spread_triple(values: Any) -> bool:
    positions: dict[Any, list[int]] = {}
    for index, value in enumerate(values):
        positions.setdefault(value, []).append(index)
    return any(len(p) >= 3 and p[-1] - p[0] > len(p) - 1 for p in positions.values())


def test_the_taxonomy_is_documented() -> None:
    from judge.bank.tags import TAGS

    doc = (ROOT / "docs" / "problem-format.md").read_text()
    assert [t for t in TAGS if f"| `{t}` |" not in doc] == []
