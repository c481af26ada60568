"""The bank tier: one problem package at a time. `package` is session-scoped and
parametrized by folder, so pytest runs every bank test of a problem together and loads
its tests (running gen.py) once, not once per test: with 80 problems and generators of
up to 200,000 calls, that is most of the tier's time."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from judge.bank.constraints import arguments
from judge.bank.loader import iter_problem_dirs, load_patterns, load_problem
from judge.bank.model import Case, Problem
from judge.bank.testfiles import read_tests

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = iter_problem_dirs(ROOT / "problems")
SLUGS = {p.slug for p in load_patterns(ROOT / "patterns")}
IDS = [f"{f.parent.name}/{f.name[:3]}" for f in FOLDERS]


@dataclass
class Package:
    folder: Path
    problem: Problem
    cases: list[Case]
    _by_bound: dict[str, list[tuple[Case, Any]]] | None = field(default=None, repr=False)

    def values(self, bound: str) -> list[tuple[Case, Any]]:
        """(test, value) for every value of the input that the bound named bound covers."""
        if self._by_bound is None:
            found: dict[str, list[tuple[Case, Any]]] = defaultdict(list)
            for case in self.cases:
                for name, _, value in arguments(self.problem.entry, case.input):
                    found[name].append((case, value))
            self._by_bound = found
        return self._by_bound.get(bound, [])


@pytest.fixture(scope="session", params=FOLDERS, ids=IDS)
def package(request: pytest.FixtureRequest) -> Package:
    folder: Path = request.param
    problem = load_problem(folder, SLUGS)
    return Package(folder, problem, read_tests(problem))
