"""An index, a slice bound or a `range()` bound one off: `a[i + 1]`, `a[:j - 1]`,
`range(lo, hi + 1)`. Literal bounds are the constant operator's; these are expressions."""

from __future__ import annotations

import ast
import copy
from typing import Any


def _shifted(expr: ast.expr) -> list[ast.expr]:
    if isinstance(expr, ast.Constant | ast.Slice | ast.Tuple | ast.Starred):
        return []
    return [ast.BinOp(copy.deepcopy(expr), op, ast.Constant(1)) for op in (ast.Add(), ast.Sub())]


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    out: list[tuple[ast.AST, str]] = []
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        if isinstance(node.slice, ast.Slice):
            for part in ("lower", "upper"):
                bound = getattr(node.slice, part)
                for shifted in _shifted(bound) if bound is not None else []:
                    new = copy.deepcopy(node)
                    setattr(new.slice, part, shifted)
                    out.append((new, f"slice {part} bound shifted"))
        else:
            for shifted in _shifted(node.slice):
                out.append((ast.Subscript(copy.deepcopy(node.value), shifted, ast.Load()), "index shifted"))
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range":
        for index, arg in enumerate(node.args[:2]):
            for shifted in _shifted(arg):
                call = copy.deepcopy(node)
                call.args[index] = shifted
                out.append((call, "range bound shifted"))
    return out
