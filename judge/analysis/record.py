"""The mutation record a package carries: `mutants-record.json`, beside `mutants.yaml`.

Mutation analysis judges hundreds of mutants per problem; on a fresh machine (CI) the
cache folder is empty, so the whole bank would be analysed again on every run although
most packages did not change. A clean analysis therefore also writes its counts into the
package, under a key that any machine computes alike:

    the package's tests and expected-answer inputs (`problem_digest`, which covers the
    harness), reference.py, submissions/accepted/*.py, brute.py, mutants.yaml, and the
    mutation engine's own code (ENGINE_FILES: not stress or complexity)

A run whose key matches the record takes the record's counts instead of judging (and
says "recorded"); any change to what decides the result, in the package or the engine,
changes the key, and the problem is analysed again. Only a clean result (no survivor,
no stale record, no error) is recorded, so a record never hides a failure. The time
limit is left out of the key: it is derived per machine, and verify (which runs every
time) checks that the too-slow submissions are still too slow under it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..atomic_file import write_atomically
from ..bank.model import Problem
from ..judging.expected import problem_digest
from .equivalents import FILE

RECORD_FILE = "mutants-record.json"
FORMAT = "coding-judge/mutants-record@1"
ENGINE_DIR = Path(__file__).resolve().parent  # judge/analysis
# the mutation engine: what makes, judges and explains mutants (not stress or complexity)
ENGINE_FILES = ("mutation.py", "mutants.py", "equivalents.py", "search.py", "record.py", "operators")


def record_key(problem: Problem) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{problem_digest(problem)}".encode())
    folder = problem.path
    files = [problem.reference_path, *sorted((folder / "submissions" / "accepted").glob("*.py"))]
    files += [problem.brute_path, folder / FILE]
    named = [(p.relative_to(folder).as_posix(), p) for p in files]
    engine = [p for name in ENGINE_FILES for p in sorted((ENGINE_DIR / name).glob("**/*.py"))]
    engine += [ENGINE_DIR / name for name in ENGINE_FILES if name.endswith(".py")]
    named += [(f"engine/{p.relative_to(ENGINE_DIR).as_posix()}", p) for p in engine]
    for name, path in named:
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def read_record(problem: Problem, key: str) -> dict[str, Any] | None:
    """The recorded counts (total, killed, equivalent, kills) when the record matches key."""
    try:
        data = json.loads((problem.path / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
        return None
    counts = {name: data.get(name) for name in ("total", "killed", "equivalent")}
    kills = data.get("kills")
    if not all(isinstance(n, int) for n in counts.values()) or not isinstance(kills, dict):
        return None
    return {**counts, "kills": {str(k): int(v) for k, v in kills.items()}}


def write_record(
    problem: Problem, key: str, total: int, killed: int, equivalent: int, kills: dict[str, int]
) -> None:
    """Record a clean result; unchanged records are not rewritten (a read-only checkout
    only loses the saving)."""
    data = {
        "format": FORMAT,
        "key": key,
        "total": total,
        "killed": killed,
        "equivalent": equivalent,
        "kills": dict(sorted(kills.items())),
    }
    path = problem.path / RECORD_FILE
    text = json.dumps(data, indent=2) + "\n"
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass  # an unreadable record is replaced
    write_atomically(path, text)
