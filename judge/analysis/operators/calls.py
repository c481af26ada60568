"""`min` for `max` and back."""

from __future__ import annotations

import ast
import copy
from typing import Any

SWAP = {"min": "max", "max": "min"}


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in SWAP:
        new = copy.deepcopy(node)
        new.func = ast.Name(SWAP[node.func.id], ast.Load())
        return [(new, "min/max swapped")]
    return []
