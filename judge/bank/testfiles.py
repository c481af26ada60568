"""Reading a problem's tests: `tests/sample/*.json`, `tests/hidden/*.json` and the cases
its `gen.py` generates, each checked against the entry point. Expected answers are not
here: they come from the reference (`judge.judging.expected`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..errors import ProblemFormatError
from .constraints import violation
from .fields import Fields
from .generators import generated
from .inputs import check_input
from .model import MISSING, Case, Problem
from .tags import TAGS

NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_tests(problem: Problem) -> list[Case]:
    """Every test of the problem, samples first, without expected answers."""
    cases: list[Case] = []
    for kind, hidden in (("sample", False), ("hidden", True)):
        for path in sorted((problem.path / "tests" / kind).glob("*.json")):
            cases.append(_case_from(problem, _read_json(path), path, kind, path.stem, hidden))
    gen = problem.generator_path
    if gen.is_file():
        for index, item in enumerate(generated(gen)):
            fields = Fields(item, gen, f"generate()[{index}]")
            name = fields.text("name", pattern=NAME, hint="must be lowercase words joined by '-'")
            cases.append(_case_from(problem, item, gen, "hidden", name, True, fields.prefix))
    if sum(1 for c in cases if not c.hidden) < 2:
        raise ProblemFormatError(problem.path / "tests" / "sample", None, "needs at least two sample tests")
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise ProblemFormatError(problem.path / "tests", None, f"two tests are named '{case.id}'")
        seen.add(case.id)
    return cases


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ProblemFormatError(path, None, f"invalid JSON ({type(error).__name__}: {error})") from None


def _case_from(
    problem: Problem, data: Any, path: Path, kind: str, name: str, hidden: bool, prefix: str = ""
) -> Case:
    fields = Fields(data, path, prefix)
    fields.only({"description", "input", "expected", "tags"} | ({"name"} if prefix else set()))
    description = fields.text("description")
    case_input = fields.data.get("input", MISSING)
    if case_input is MISSING:
        raise fields.fail("input", "is required")
    check_input(problem.entry, fields.mapping("input"), fields)
    broken = violation(problem.constraints, problem.entry, case_input)
    if broken is not None:
        raise fields.fail(f"input.{broken[0]}", broken[1])
    hand = fields.data.get("expected", MISSING)
    return Case(
        f"{kind}/{name}", name, hidden, description, case_input, hand_expected=hand, tags=_tags(fields)
    )


def _tags(fields: Fields) -> tuple[str, ...]:
    tags = fields.items("tags", [])
    for index, tag in enumerate(tags):
        if tag not in TAGS:
            raise fields.fail(f"tags[{index}]", f"unknown tag {tag!r} (known: {', '.join(TAGS)})")
    if len(set(tags)) != len(tags):
        raise fields.fail("tags", "lists a tag twice")
    return tuple(tags)
