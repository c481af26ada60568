"""Comparison flips: the off-by-one of conditions (`<` for `<=`), and negated tests."""

from __future__ import annotations

import ast
import copy
from typing import Any

SWAP: dict[type, type] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if not isinstance(node, ast.Compare):
        return []
    out: list[tuple[ast.AST, str]] = []
    for index, op in enumerate(node.ops):
        if type(op) in SWAP:
            new = copy.deepcopy(node)
            new.ops[index] = SWAP[type(op)]()
            out.append((new, "comparison flipped"))
    return out
