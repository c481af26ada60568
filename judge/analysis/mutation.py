"""Mutants of a source file: one AST change each, made by the operators in `operators/`.

    mutants_of(source, "reference.py") -> [Mutant]

Each node of the file's code (not docstrings, not annotations) is offered to every
operator; each proposal replaces that node in a fresh copy of the tree, which is
unparsed into the mutant's source. Mutants that do not compile, change nothing, or
repeat another mutant are dropped. A mutant's id is stable across edits elsewhere in
the file: it hashes the file, the function, the operator, the code before and after,
and which occurrence of that same change it is, never a line number.
"""

from __future__ import annotations

import ast
import copy
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .operators import OPERATORS, Where

SNIPPET = 70


@dataclass(frozen=True)
class Mutant:
    id: str
    file: str
    operator: str
    note: str
    line: int
    function: str
    before: str
    after: str
    source: bytes

    def describe(self) -> str:
        return f"{self.file}:{self.line} in {self.function}: {self.note}: `{self.before}` -> `{self.after}`"


@dataclass(frozen=True)
class _Slot:
    node: ast.AST
    parent: ast.AST
    field: str
    index: int | None
    where: Where


def mutants_of(source: bytes, file: str) -> list[Mutant]:
    tree = ast.parse(source)
    original = ast.unparse(tree)
    slots = list(_slots(tree, Where("<module>", False, False)))
    seen = {original}
    occurrences: dict[tuple[str, ...], int] = {}
    out = []
    for position, slot in enumerate(slots):
        for name, operator in OPERATORS.items():
            for replacement, note in operator(slot.node, slot.where):
                ast.fix_missing_locations(ast.copy_location(replacement, slot.node))
                text = _mutated(tree, position, replacement)
                if text is None or text in seen:
                    continue
                seen.add(text)
                before, after = _snippet(slot.node), _snippet(replacement)
                if before == after:  # a dropped else reads the same on its first line
                    after = f"{after} (no else)"
                key = (file, slot.where.function, name, ast.unparse(slot.node), ast.unparse(replacement))
                occurrence = occurrences[key] = occurrences.get(key, -1) + 1
                ident = hashlib.sha256("\0".join([*key, str(occurrence)]).encode()).hexdigest()[:10]
                line = getattr(slot.node, "lineno", 0)
                out.append(
                    Mutant(ident, file, name, note, line, slot.where.function, before, after, text.encode())
                )
    return out


def _mutated(tree: ast.Module, position: int, replacement: ast.AST) -> str | None:
    copied = copy.deepcopy(tree)
    slot = next(s for i, s in enumerate(_slots(copied, Where("<module>", False, False))) if i == position)
    container = getattr(slot.parent, slot.field)
    if slot.index is None:
        setattr(slot.parent, slot.field, copy.deepcopy(replacement))
    else:
        container[slot.index] = copy.deepcopy(replacement)
    ast.fix_missing_locations(copied)
    text = ast.unparse(copied)
    try:
        compile(text, "mutant.py", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return None
    return text


def _snippet(node: ast.AST) -> str:
    text = (
        ast.unparse(node).splitlines()[0] if not isinstance(node, ast.If) else f"if {ast.unparse(node.test)}:"
    )
    return text if len(text) <= SNIPPET else text[: SNIPPET - 3] + "..."


SKIPPED_FIELDS = {"annotation", "returns", "decorator_list", "type_comment", "type_params"}
LOOPS = (ast.For, ast.While, ast.AsyncFor)
BLOCKS = (ast.If, ast.For, ast.While, ast.With, ast.Try, ast.AsyncFor, ast.AsyncWith)


def _slots(node: ast.AST, where: Where, depth: int = 0) -> Iterator[_Slot]:
    """Every mutable node under node, in a fixed pre-order, with its place and context."""
    for field, value in ast.iter_fields(node):
        if field in SKIPPED_FIELDS:
            continue
        items = value if isinstance(value, list) else [value]
        for index, child in enumerate(items):
            if not isinstance(child, ast.AST) or _is_docstring(node, field, index, child):
                continue
            if isinstance(child, ast.expr_context | ast.operator | ast.cmpop | ast.boolop | ast.unaryop):
                continue
            yield _Slot(child, node, field, index if isinstance(value, list) else None, where)
            yield from _slots(child, _inner(child, where, node), depth + 1)


def _inner(child: ast.AST, where: Where, parent: Any) -> Where:
    if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        name = getattr(child, "name", "<lambda>")
        qualified = name if where.function == "<module>" else f"{where.function}.{name}"
        return Where(qualified, False, False)
    if isinstance(child, ast.ClassDef):
        return Where(
            child.name if where.function == "<module>" else f"{where.function}.{child.name}", False, False
        )
    in_loop = where.in_loop or isinstance(child, LOOPS)
    nested = where.nested or (isinstance(child, BLOCKS) and where.function != "<module>")
    return Where(where.function, in_loop, nested)


def _is_docstring(parent: ast.AST, field: str, index: int, child: ast.AST) -> bool:
    return (
        field == "body"
        and index == 0
        and isinstance(parent, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and isinstance(child, ast.Expr)
        and isinstance(child.value, ast.Constant)
        and isinstance(child.value.value, str)
    )
