"""The pattern data file and pages agree with the problem bank."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.bank.loader import iter_problem_dirs, load_patterns

ROOT = Path(__file__).resolve().parents[2]
DRILL_ORDER = [
    "hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "heap",
    "intervals-greedy",
    "graphs",
    "backtracking",
    "dynamic-programming",
]


def test_patterns_are_the_twelve_in_drill_order() -> None:
    assert [p.slug for p in load_patterns(ROOT / "patterns")] == DRILL_ORDER


PAGES = sorted((ROOT / "patterns").glob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_pattern_page_links_every_problem_of_its_pattern(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for folder in iter_problem_dirs(ROOT / "problems", page.stem):
        link = f"(../problems/{page.stem}/{folder.name}/)"
        assert link in text, f"{page.name} does not link {folder.name}"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_pattern_page_has_the_required_sections(page: Path) -> None:
    text = page.read_text(encoding="utf-8").lower()
    for word in ("cue", "template", "complexity", "pitfall", "```python", "## problems"):
        assert word in text, f"{page.name} has no {word!r}"
