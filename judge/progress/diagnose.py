"""`judge diagnose`: the ten-minute patterns quiz. Short problem summaries (the opening
paragraph of a statement: never the full statement, never its pattern or difficulty),
at least one per pattern; the person names the pattern of each. The score per pattern
steers `judge next`: weak patterns come first, even out of drill order."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

SUMMARY_CHARS = 320
WEAK_BELOW = 0.5  # a pattern scored under this is drilled first


@dataclass(frozen=True)
class Question:
    problem: str
    pattern: str
    summary: str


def summary_of(statement: str) -> str:
    """The statement's first paragraph, as plain text, shortened."""
    paragraph: list[str] = []
    for line in statement.splitlines():
        if line.startswith("#") or line.startswith("```"):
            if paragraph:
                break
            continue
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    text = re.sub(r"[*`_]", "", " ".join(paragraph))
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def pick(candidates: list[Question], count: int, seed: int) -> list[Question]:
    """count questions: one from every pattern first, then any; shuffled; same seed,
    same quiz."""
    rng = random.Random(seed)
    by_pattern: dict[str, list[Question]] = {}
    for question in candidates:
        by_pattern.setdefault(question.pattern, []).append(question)
    chosen = [rng.choice(sorted(group, key=lambda q: q.problem)) for _, group in sorted(by_pattern.items())]
    rest = sorted((q for q in candidates if q not in chosen), key=lambda q: q.problem)
    rng.shuffle(rest)
    chosen = (chosen + rest)[: max(count, len(by_pattern))]
    rng.shuffle(chosen)
    return chosen


def parse_answer(text: str, patterns: list[str]) -> str | None:
    """A pattern named by its number in drill order (1-12) or its name, loosely."""
    answer = text.strip().lower().replace("_", "-").replace(" ", "-")
    if answer.isdigit() and 1 <= int(answer) <= len(patterns):
        return patterns[int(answer) - 1]
    for slug in patterns:
        if answer == slug or (len(answer) >= 4 and slug.startswith(answer)):
            return slug
    return None


def scores(questions: list[Question], answers: list[str | None]) -> dict[str, tuple[int, int]]:
    """pattern -> (asked, right); a question left unanswered (time ran out) is wrong."""
    result: dict[str, tuple[int, int]] = {}
    for index, question in enumerate(questions):
        asked, right = result.get(question.pattern, (0, 0))
        named = answers[index] if index < len(answers) else None
        result[question.pattern] = (asked + 1, right + (named == question.pattern))
    return result


def weak_patterns(patterns: list[str], quiz: dict[str, tuple[int, int]]) -> list[str]:
    """The patterns the quiz found weak, weakest first (ties in drill order)."""

    def ratio(pattern: str) -> float:
        asked, right = quiz.get(pattern, (0, 0))
        return right / asked if asked else 1.0

    return sorted((p for p in patterns if ratio(p) < WEAK_BELOW), key=lambda p: (ratio(p), patterns.index(p)))
