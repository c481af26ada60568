"""An integer literal one higher or one lower: `n - 1` for `n - 2`, `range(1, ...)`."""

from __future__ import annotations

import ast
from typing import Any


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if not (isinstance(node, ast.Constant) and type(node.value) is int):
        return []
    return [(ast.Constant(node.value + delta), f"constant {delta:+d}") for delta in (1, -1)]
