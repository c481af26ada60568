"""The verification record a package carries: `verify-record.json`, beside
`mutants-record.json` (see judge.analysis.record for the idea).

`judge verify` runs every submission of every problem: on a fresh CI machine that is
most of the run, although most packages did not change. A verification that passed is
therefore written into the package under a key that any machine computes alike:

    the tests and expected-answer inputs (`problem_digest`, which covers the harness),
    every file under submissions/, checker.py, brute.py, gen.py, and the judge's own
    code that decides verdicts (judge/judging, judge/bank, the sandbox's settings)

A run whose key matches takes the record (and says "recorded"); any change to the
package or to that code verifies the problem again, and `--fresh` verifies anyway. Only
a passing verification is recorded. The time limit is derived per machine and left out
of the key: the record says which limit the too-slow submissions were shown too slow
under, and where it was derived.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..atomic_file import write_atomically
from ..bank.model import Problem
from .expected import problem_digest

RECORD_FILE = "verify-record.json"
FORMAT = "coding-judge/verify-record@1"
JUDGE_DIR = Path(__file__).resolve().parent.parent
CODE = ("judging", "bank", "sandbox/settings.py")


def verify_key(problem: Problem, image: str) -> str:
    """image: the runner image's name (it hashes the harness), so a run on another
    sandbox (a test's subprocess stand-in) never makes or takes a record."""
    digest = hashlib.sha256(f"{FORMAT}\0{problem_digest(problem)}\0{image}".encode())
    folder = problem.path
    files = sorted((folder / "submissions").rglob("*.py"))
    files += [folder / name for name in ("checker.py", "brute.py", "gen.py")]
    named = [(p.relative_to(folder).as_posix(), p) for p in files]
    for part in CODE:
        target = JUDGE_DIR / part
        code = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        named += [(f"judge/{p.relative_to(JUDGE_DIR).as_posix()}", p) for p in code]
    for name, path in named:
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def read_verify_record(problem: Problem, key: str) -> dict[str, Any] | None:
    try:
        data = json.loads((problem.path / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
        return None
    if not isinstance(data.get("tests"), int) or not isinstance(data.get("checks"), list):
        return None
    return data


def write_verify_record(
    problem: Problem, key: str, tests: int, limit: str, checks: list[dict[str, str]]
) -> None:
    data = {"format": FORMAT, "key": key, "tests": tests, "limit": limit, "checks": checks}
    path = problem.path / RECORD_FILE
    text = json.dumps(data, indent=2) + "\n"
    try:
        if path.is_file():
            old = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(old, dict) and old.get("key") == key:
                return  # verified again under the same key: keep the record as it is
    except (OSError, ValueError):
        pass  # an unreadable record is replaced
    write_atomically(path, text)
