"""Operands of a non-commutative operator the wrong way round: `b - a`, `b // a`."""

from __future__ import annotations

import ast
import copy
from typing import Any


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub | ast.FloorDiv):
        return [(ast.BinOp(copy.deepcopy(node.right), node.op, copy.deepcopy(node.left)), "operands swapped")]
    return []
