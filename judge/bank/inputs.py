"""Does a test input fit the problem's entry point? One check for every source of inputs:
test files, generators (`generate()` and `sized(n, seed)`), and brute-force strategies.

A function takes an object with exactly its parameter names; a design problem takes
`{"ops": [ClassName, method, ...], "args": [[...], [...], ...]}` with one argument list
per op, each the length of that method's parameters.
"""

from __future__ import annotations

from typing import Any

from .fields import Fields
from .model import MISSING, Entry


def check_input(entry: Entry, given: Fields, parent: Fields | None = None) -> None:
    """Raise ProblemFormatError (naming file and field) when `given` does not fit."""
    if entry.kind == "function":
        names = [p.name for p in entry.params]
        given.only(set(names))
        for name in names:
            if not given.has(name):
                raise given.fail(name, "is required (one value per parameter)")
        return
    given.only({"ops", "args"})
    ops, args = given.items("ops"), given.items("args")
    if len(ops) != len(args) or not ops:
        raise given.fail(None, "ops and args must be non-empty lists of the same length")
    if ops[0] != entry.name:
        raise given.fail("ops[0]", f"must be the class name '{entry.name}'")
    methods = {m.name: m for m in entry.methods}
    for index, (op, op_args) in enumerate(zip(ops, args, strict=True)):
        params = entry.constructor if index == 0 else getattr(methods.get(op), "params", None)
        if params is None:
            raise given.fail(f"ops[{index}]", f"unknown method '{op}'")
        if not isinstance(op_args, list) or len(op_args) != len(params):
            raise given.fail(f"args[{index}]", f"must be a list of {len(params)} argument(s) for '{op}'")
    hand = parent.data.get("expected", MISSING) if parent is not None else MISSING
    if parent is not None and hand is not MISSING and (not isinstance(hand, list) or len(hand) != len(ops)):
        raise parent.fail("expected", "must hold one answer per op (null for the constructor and void calls)")


def input_size(value: Any) -> int:
    """n, the size of an input: the length of its longest list or string argument (the
    number of calls for a design problem); for an input of numbers only, the largest of
    them (n in "climb n stairs"). The complexity check grows n; a run reports it for a
    slow test and skips tests larger than the last that passed after a time-out."""
    if not isinstance(value, dict):
        return 0
    if "ops" in value and isinstance(value.get("ops"), list):
        return max(0, len(value["ops"]) - 1)
    values = [v["values"] if isinstance(v, dict) and "values" in v else v for v in value.values()]
    sizes = [len(v) for v in values if isinstance(v, list | str)]
    if sizes:
        return max(sizes)
    return max((abs(v) for v in value.values() if type(v) is int), default=0)
