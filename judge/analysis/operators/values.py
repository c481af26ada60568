"""A wrong start value: a name first set to 0, to plus or minus infinity, or to None,
when the slip is starting from another of them (`best = 0` where `-inf` is needed)."""

from __future__ import annotations

import ast
import copy
from typing import Any

STARTS = {"0": "0", "inf": "float('inf')", "-inf": "-float('inf')", "None": "None"}


def _kind(value: ast.expr) -> str | None:
    text = ast.unparse(value).replace(" ", "")
    if text in ("0", "0.0"):
        return "0"
    if text in ("float('inf')", 'float("inf")', "math.inf", "inf"):
        return "inf"
    if text in ("-float('inf')", '-float("inf")', "-math.inf", "-inf", "float('-inf')", 'float("-inf")'):
        return "-inf"
    if text == "None":
        return "None"
    return None


def propose(node: ast.AST, where: Any) -> list[tuple[ast.AST, str]]:
    if not (isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets)):
        return []
    kind = _kind(node.value)
    if kind is None:
        return []
    out: list[tuple[ast.AST, str]] = []
    for other, text in STARTS.items():
        if other != kind:
            value = ast.parse(text, mode="eval").body
            out.append((ast.Assign(targets=copy.deepcopy(node.targets), value=value), f"start value {other}"))
    return out
