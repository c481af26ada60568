"""The grading fixture, graded once per session by the real harness on the host, and the
scrubbing that makes its reports comparable with the goldens in golden_grade/.

Rewrite the goldens with `JUDGE_REGEN_GOLDEN=1 pytest tests/unit/test_grade_formats.py`
and review the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
BANK = FIXTURES / "problems"
REPO = FIXTURES / "grade_repo"
GOLDEN = HERE / "golden_grade"
SCHEMAS = FIXTURES / "schemas"
DOCS = HERE.parent.parent / "docs"
# the file each format is written to, and its golden
FILES = {
    "text": "text.txt",
    "json": "grade.json",
    "junit": "junit.xml",
    "gradescope": "gradescope.json",
    "exercism": "exercism.json",
    "github": "summary.md",
}
_SCRUB = [
    (re.compile(r" +\d+(\.\d+)? ms\b"), " T ms"),  # the columns' padding follows the figures
    (re.compile(r" +\d+\.\d+x\b"), " Rx"),
    (re.compile(r" +- +- +"), " - - "),
    (re.compile(r"Graded in \d+\.\d s"), "Graded in T s"),
    (re.compile(r'time="[0-9.]+"'), 'time="T"'),
    (
        re.compile(
            r'"(time_ms|total_ms|reference_ms|reference_total_ms|slowest_ms|ratio|seconds|execution_time)"'
            r": [0-9.]+"
        ),
        r'"\1": 0',
    ),
    (re.compile(r'"time_limit_ms": \d+'), '"time_limit_ms": 0'),
    (re.compile(r'"test": "(hidden|sample)/[^"]+"'), '"test": "TEST"'),  # which test is slowest varies
]


def scrub(text: str) -> str:
    text = text.replace(str(REPO.resolve()), "{repo}")
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text
