"""`mutants.yaml` in a problem package: surviving mutants recorded as equivalent.

    equivalent:
      - id: "3fa91c2b0e"               # the mutant's stable id, quoted (`judge mutants` prints it)
        mutant: "reference.py:6 in f: comparison flipped: `i < n` -> `i <= n`"   # for people
        reason: "at i == n the loop body only re-reads the sentinel, which changes nothing"

A mutant is equivalent when no valid input tells it apart from the reference; the
reason says why, so a reviewer can check it. Entries whose id no mutant has any more
are reported as stale, so the file never silently outlives the code it describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..bank.documents import read_yaml
from ..bank.fields import Fields

FILE = "mutants.yaml"
ID = re.compile(r"^[0-9a-f]{10}$")


@dataclass(frozen=True)
class Equivalent:
    id: str
    mutant: str
    reason: str


def load_equivalents(problem_dir: Path) -> dict[str, Equivalent]:
    """The recorded equivalent mutants by id; an empty dict when there is no file."""
    path = problem_dir / FILE
    if not path.is_file():
        return {}
    fields = Fields(read_yaml(path), path)
    fields.only({"equivalent"})
    out: dict[str, Equivalent] = {}
    for index, item in enumerate(fields.items("equivalent", [])):
        entry = Fields(item, path, f"equivalent[{index}]")
        entry.only({"id", "mutant", "reason"})
        if not isinstance(entry.data.get("id"), str):
            raise entry.fail(
                "id", 'must be quoted ("3fa91c2b0e"): YAML reads an unquoted id of digits as a number'
            )
        ident = entry.text("id", pattern=ID, hint="must be a mutant id of 10 hex digits, as printed")
        if ident in out:
            raise entry.fail("id", "is listed twice")
        out[ident] = Equivalent(ident, entry.text("mutant"), entry.text("reason"))
    return out
