"""Mutation operators: each models a slip a candidate makes, one family per module.

An operator is `propose(node, where) -> [(new_node, note)]`: for one AST node, the nodes
that may replace it. `where` says what surrounds the node (the function, whether it is in
a loop, whether a statement ends its function). The engine (`judge.analysis.mutation`)
makes one mutant per proposal. Registered by name, in the order reports list them.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from . import arithmetic, bounds, calls, comparison, constants, flow, keys, logic, values


@dataclass(frozen=True)
class Where:
    function: str  # the enclosing function's qualified name, or "<module>"
    in_loop: bool  # break and continue are valid here
    nested: bool  # a statement inside an if/for/while/with/try of its function, not at its top


Proposal = tuple[ast.AST, str]
Operator = Callable[[ast.AST, Where], list[Proposal]]

OPERATORS: dict[str, Operator] = {
    "comparison": comparison.propose,  # < <=, > >=, == !=, in / not in, is / is not
    "constant": constants.propose,  # an integer literal +1 / -1
    "bound": bounds.propose,  # an index, a slice bound or a range() bound +1 / -1
    "flow": flow.propose,  # break / continue, an early return removed, a guard or else dropped
    "logic": logic.propose,  # and / or, a `not` dropped
    "call": calls.propose,  # min / max
    "arithmetic": arithmetic.propose,  # a - b / b - a, a // b / b // a
    "initial": values.propose,  # a start value: 0, +inf, -inf, None
    "key": keys.propose,  # a tuple key built from fewer parts
}
