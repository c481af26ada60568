"""A key built from fewer parts than it needs: `seen[(row, col)]` as `seen[row]`, a set
of pairs holding only the first of each."""

from __future__ import annotations

import ast
import copy
from typing import Any

KEYED_METHODS = {"add", "get", "discard", "remove", "setdefault", "pop", "count"}


def _fewer(key: ast.expr) -> list[ast.expr]:
    if not (isinstance(key, ast.Tuple) and len(key.elts) >= 2):
        return []
    out: list[ast.expr] = []
    for drop in range(len(key.elts)):
        kept = [copy.deepcopy(e) for i, e in enumerate(key.elts) if i != drop]
        out.append(kept[0] if len(kept) == 1 else ast.Tuple(kept, ast.Load()))
    return out


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    out: list[tuple[ast.AST, str]] = []
    if isinstance(node, ast.Subscript):
        for key in _fewer(node.slice):
            new = copy.deepcopy(node)
            new.slice = key
            out.append((new, "key has fewer parts"))
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in KEYED_METHODS
    ):
        for key in _fewer(node.args[0]) if node.args else []:
            call = copy.deepcopy(node)
            call.args[0] = key
            out.append((call, "key has fewer parts"))
    elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In | ast.NotIn):
        for key in _fewer(node.left):
            compare = copy.deepcopy(node)
            compare.left = key
            out.append((compare, "key has fewer parts"))
    return out
