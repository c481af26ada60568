"""The edge-case taxonomy: what kind of case a hidden test is, as tags from one small list.

Every hidden test carries at least one tag (`"tags": [...]` in its JSON or in what
`generate()` yields); the loader refuses unknown ones. Reports and `--json` carry the
tags of each test, so a failed hidden test says what kind of case was missed without
giving its input away, and drilling can count misses per kind.
"""

from __future__ import annotations

TAGS: dict[str, str] = {
    "empty": "an empty list, string or tree",
    "single": "exactly one element",
    "two": "exactly two elements",
    "all-equal": "every value is the same",
    "duplicates": "some values repeat",
    "distinct": "every value differs",
    "negatives": "negative values",
    "zeros": "zero values",
    "extremes": "the smallest and the largest values the constraints allow",
    "boundary": "a parameter at the edge of its range (k = 0, k = n, k > n, ...)",
    "sorted": "already in increasing order",
    "reverse-sorted": "in decreasing order",
    "answer-first": "the answer is at the start",
    "answer-last": "the answer is at the end",
    "no-answer": "nothing qualifies (an empty answer, -1, False, ...)",
    "whole-input": "the answer spans the whole input",
    "ties": "several candidates tie for the answer",
    "overlap": "overlapping ranges, windows or matches",
    "deep": "deep nesting or recursion",
    "letters": "letter case, digits or characters beyond ASCII",
    "random": "random values",
    "max-size": "the largest input the constraints allow",
}
