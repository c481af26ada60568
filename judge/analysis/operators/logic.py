"""`and` for `or` and back; a `not` forgotten."""

from __future__ import annotations

import ast
import copy
from typing import Any


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if isinstance(node, ast.BoolOp):
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return [(ast.BoolOp(other, copy.deepcopy(node.values)), "and/or swapped")]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return [(copy.deepcopy(node.operand), "not dropped")]
    return []
