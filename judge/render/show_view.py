"""`judge show`, `judge show --solution` and `judge pattern`: Markdown rendered for the
terminal (wrapped to its width, 80 columns in a pipe)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.syntax import Syntax
from rich.text import Text

from ..bank.model import Problem


def show_view(
    problem: Problem,
    statement: str,
    samples: list[tuple[str, Any, Any]],
    hints: int,
    limits: str,
    starter: str,
    pattern_title: str,
) -> RenderableType:
    parts: list[RenderableType] = [
        Text(f"{problem.id} · {problem.difficulty} · pattern: {pattern_title}", style="bold"),
        Markdown(statement),
        Text(),
        Text("Sample tests", style="bold"),
    ]
    for name, case_input, expected in samples:
        parts.append(Text(f"  {name}: input {_json(case_input)} -> expected {_json(expected)}"))
    parts += [Text(), Text(f"Limits: {limits}")]
    for index, hint in enumerate(problem.hints[:hints], start=1):
        parts += [Text(), Text(f"Hint {index}: ", style="bold") + Text(hint)]
    parts += [
        Text(),
        Text(f"Start:   judge new {problem.id}        (writes {starter})"),
        Text(f"Judge:   judge run {problem.id} {starter}"),
        Text(f"Pattern: judge pattern {problem.pattern}"),
    ]
    return Group(*parts)


def solution_view(problem: Problem, source: str) -> RenderableType:
    """The reference, with its complexity and the key idea (the second hint)."""
    complexity = problem.complexity
    return Group(
        Text(f"{problem.id} · {problem.title} · the reference solution", style="bold"),
        Text(f"Time {complexity.time}, extra space {complexity.space}."),
        Text("Key idea: ", style="bold") + Text(problem.hints[1]),
        Text(),
        Syntax(source.rstrip(), "python", theme="ansi_dark", background_color="default", word_wrap=True),
    )


def pattern_view(page: str) -> RenderableType:
    return Markdown(page)


def _json(value: Any) -> str:
    text = json.dumps(value, separators=(", ", ": "))
    return text if len(text) <= 300 else text[:297] + "..."
