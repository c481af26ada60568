"""`judge new`: a starter file with the exact signature and the samples as comments."""

from __future__ import annotations

import json
from typing import Any

from .model import Case, Param, Problem


def _signature(params: tuple[Param, ...], returns: str, name: str, method: bool = True) -> str:
    args = ["self"] if method else []
    args += [f"{p.name}: {p.type}" for p in params]
    return f"def {name}({', '.join(args)}) -> {returns}:"


def _sample_line(problem: Problem, case: Case) -> str:
    given: Any = case.input
    if problem.entry.kind == "function":
        call = ", ".join(f"{k}={json.dumps(v)}" for k, v in given.items())
        return f"#   {problem.entry.name}({call}) -> {json.dumps(case.expected)}"
    ops, args = json.dumps(given["ops"]), json.dumps(given["args"])
    return f"#   ops  {ops}\n#   args {args}\n#   ->   {json.dumps(case.expected)}"


def starter_source(problem: Problem, samples: list[Case]) -> str:
    entry = problem.entry
    lines = [
        f"# {problem.id} · {problem.title} ({problem.difficulty})",
        f"# Read it:  judge show {problem.id}",
        f"# Judge it: judge run {problem.id} <this file>",
        "#",
        "# Samples:",
        *(_sample_line(problem, case) for case in samples),
        "#",
        "# List, Optional, ListNode, TreeNode, deque, Counter, heapq, ... are predefined, as on LeetCode.",
        "",
        "",
    ]
    if entry.kind == "design":
        lines.append(f"class {entry.name}:")
        lines.append(f"    {_signature(entry.constructor, 'None', '__init__')}")
        lines.append("        pass")
        for method in entry.methods:
            lines.extend(
                ["", f"    {_signature(method.params, method.returns, method.name)}", "        pass"]
            )
    else:
        lines.append("class Solution:")
        lines.append(f"    {_signature(entry.params, entry.returns, entry.name)}")
        lines.append("        pass")
    return "\n".join(lines) + "\n"
