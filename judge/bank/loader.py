"""Finding and loading problem packages; see docs/problem-format.md.

`load_problem` checks `problem.yaml` strictly (unknown keys are errors) and returns a
frozen `Problem`. `resolve_problem` turns an ID such as `two-pointers/003` into a folder,
suggesting the closest IDs when there is no such problem.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from ..errors import ProblemFormatError, ProblemNotFound
from .constraints import parse_constraints
from .documents import read_yaml
from .entries import parse_entry
from .fields import Fields
from .model import GROWTH_CLASSES, CheckerSpec, Complexity, Limits, Problem
from .patterns import Pattern, load_patterns

__all__ = [
    "Pattern", "iter_problem_dirs", "load_patterns", "load_problem", "read_yaml", "resolve_problem",
]  # fmt: skip

FOLDER = re.compile(r"^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)$")
DIFFICULTIES = ("easy", "medium", "hard")
CHECKERS = ("exact", "unordered", "unordered-nested", "float", "custom")
TOP_KEYS = {
    "title",
    "pattern",
    "tags",
    "difficulty",
    "entry",
    "checker",
    "limits",
    "complexity",
    "hints",
    "constraints",
}


def resolve_problem(problems_root: Path, ident: str) -> Path:
    """The folder for an ID as people type it: `two-pointers/003`, any case, with or
    without the slug, the folder path tab completion gives, or a slug alone
    (`push-zeros-to-end`). ProblemNotFound says what it could be instead: the problems of
    a pattern named alone, or the closest IDs."""
    text = ident.strip().lower().replace("\\", "/").strip("/")
    parts = [p for p in text.split("/") if p and p != "."]
    if ".." in parts:
        raise ProblemNotFound(f"no problem '{ident}' (see `judge list`)")
    folders = iter_problem_dirs(problems_root)
    if len(parts) >= 2:
        pattern, rest = parts[-2], parts[-1]
        number = rest.split("-", 1)[0]
        for folder in folders:
            if folder.parent.name == pattern and (folder.name == rest or folder.name[:3] == number.zfill(3)):
                return folder
            if folder.parent.name == pattern and folder.name[4:] == rest:
                return folder
    elif len(parts) == 1:
        by_slug = [f for f in folders if f.name[4:] == parts[0]]
        if len(by_slug) == 1:
            return by_slug[0]
        in_pattern = [f for f in folders if f.parent.name == parts[0]]
        if in_pattern:
            listed = ", ".join(problem_id(f) for f in in_pattern[:12])
            raise ProblemNotFound(f"'{ident}' is a pattern; give one of its problems: {listed}")
    known = [problem_id(f) for f in folders] + [f.name[4:] for f in folders]
    close = difflib.get_close_matches(text, known, n=3, cutoff=0.5)
    hint = f" (did you mean {', '.join(close)}?)" if close else " (see `judge list`)"
    raise ProblemNotFound(f"no problem '{ident}'{hint}")


def problem_id(folder: Path) -> str:
    return f"{folder.parent.name}/{folder.name[:3]}"


def iter_problem_dirs(problems_root: Path, pattern: str | None = None) -> list[Path]:
    if not problems_root.is_dir():
        return []
    folders: list[Path] = []
    for pattern_dir in sorted(problems_root.iterdir()):
        if pattern_dir.is_dir() and (pattern is None or pattern_dir.name == pattern):
            folders.extend(
                p for p in sorted(pattern_dir.iterdir()) if p.is_dir() and FOLDER.fullmatch(p.name)
            )
    return folders


def load_problem(folder: Path, patterns: set[str] | None = None) -> Problem:
    path = folder / "problem.yaml"
    fields = Fields(read_yaml(path), path)
    fields.only(TOP_KEYS)
    match = FOLDER.fullmatch(folder.name)
    if not match:
        raise ProblemFormatError(folder, None, "folder name must be NNN-slug, e.g. 003-merge-intervals")
    pattern = fields.text("pattern")
    if pattern != folder.parent.name:
        raise fields.fail("pattern", f"is '{pattern}' but the problem lives under '{folder.parent.name}/'")
    if patterns is not None and pattern not in patterns:
        raise fields.fail("pattern", f"unknown pattern (known: {', '.join(sorted(patterns))})")
    for name in ("statement.md", "reference.py"):
        if not (folder / name).is_file():
            raise ProblemFormatError(folder / name, None, "file is missing")
    checker = _checker(fields)
    if checker.name == "custom" and not (folder / "checker.py").is_file():
        raise ProblemFormatError(folder / "checker.py", None, "file is missing (checker: custom needs it)")
    entry = parse_entry(fields.mapping("entry"))
    methods = {m.name for m in entry.methods}
    for index, name in enumerate(checker.ignore_calls):
        if name not in methods:
            raise fields.fail(f"checker.ignore_calls[{index}]", "must name a method of the design entry")
    return Problem(
        id=f"{pattern}/{match.group(1)}",
        pattern=pattern,
        number=match.group(1),
        slug=match.group(2),
        path=folder,
        title=fields.text("title"),
        difficulty=fields.choice("difficulty", DIFFICULTIES),
        tags=tuple(_strings(fields, "tags", [])),
        entry=entry,
        checker=checker,
        limits=_limits(fields.mapping("limits", {})),
        complexity=_complexity(fields.mapping("complexity")),
        hints=_hints(fields),
        constraints=parse_constraints(fields.mapping("constraints", {}), entry),
    )


def _strings(fields: Fields, key: str, default: Any = ...) -> list[str]:
    values = fields.items(key, default)
    for index, value in enumerate(values):
        if type(value) is not str or not value.strip():
            raise fields.fail(f"{key}[{index}]", "must be a non-empty string")
    return values


def _hints(fields: Fields) -> tuple[str, ...]:
    hints = _strings(fields, "hints")
    if len(hints) != 3:
        raise fields.fail(
            "hints", f"must hold exactly three hints (the cue, the key idea, the target), not {len(hints)}"
        )
    return tuple(hints)


def _complexity(fields: Fields) -> Complexity:
    fields.only({"time", "space", "growth"})
    growth = fields.mapping("growth")
    growth.only({"time", "space"})
    classes = tuple(GROWTH_CLASSES)
    return Complexity(
        time=fields.text("time"),
        space=fields.text("space"),
        time_growth=GROWTH_CLASSES[growth.choice("time", classes)],
        space_growth=GROWTH_CLASSES[growth.choice("space", classes)],
    )


def _checker(fields: Fields) -> CheckerSpec:
    raw = fields.data.get("checker", "exact")
    if isinstance(raw, str):
        raw = {"name": raw}
    spec = Fields(raw, fields.path, "checker")
    name = spec.choice("name", CHECKERS)
    options = {k: v for k, v in spec.data.items() if k not in ("name", "ignore_calls")}
    if name == "float":
        spec.only({"name", "abs_tol", "rel_tol", "ignore_calls"})
        for key in options:
            spec.number(key, float, 0.0, 1.0, 0.0)
    else:
        spec.only({"name", "ignore_calls"})
    ignored = tuple(spec.items("ignore_calls", []))
    return CheckerSpec(name, tuple(sorted(options.items())), ignored)


def _limits(fields: Fields) -> Limits:
    fields.only({"time_multiplier", "time_floor_ms", "memory_mb", "recursion_limit"})
    return Limits(
        time_multiplier=fields.number("time_multiplier", float, 1.0, 20.0, 3.0),
        time_floor_ms=fields.number("time_floor_ms", int, 100, 20_000, 1000),
        memory_mb=fields.number("memory_mb", int, 32, 4096, 256),
        recursion_limit=fields.number("recursion_limit", int, 1000, 1_000_000, 1_000_000),
    )
