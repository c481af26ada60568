"""Control-flow slips: `break` for `continue` and back, an early `return` forgotten, an
`if` guard dropped (its body always runs), an `else` branch dropped."""

from __future__ import annotations

import ast
import copy
from typing import Any


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if isinstance(node, ast.Break) and where.in_loop:
        return [(ast.Continue(), "break became continue")]
    if isinstance(node, ast.Continue) and where.in_loop:
        return [(ast.Break(), "continue became break")]
    if isinstance(node, ast.Return) and where.nested:
        return [(ast.Pass(), "early return removed")]
    if isinstance(node, ast.If):
        out: list[tuple[ast.AST, str]] = []
        unguarded = copy.deepcopy(node)
        unguarded.test = ast.Constant(True)
        unguarded.orelse = []
        out.append((unguarded, "if guard dropped"))
        if node.orelse:
            out.append(
                (ast.If(copy.deepcopy(node.test), copy.deepcopy(node.body), []), "else branch dropped")
            )
        return out
    return []
