"""What the listing commands need of every problem, without parsing every problem.yaml.

`judge list`, `judge progress` and `judge next` show each problem's id, pattern,
difficulty, title and tags. Parsing 120 problem.yaml files costs more than the rest of
such a command, so the summaries are kept in one JSON file in the cache folder, each
under its problem.yaml's size and modification time: a changed or new problem is loaded
(and checked) again, an unchanged one is read from the index. A missing, damaged or
unwritable index only costs the parsing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic_file import write_atomically

INDEX_FILE = "bank-index-1.json"  # bump when Summary's fields change


@dataclass(frozen=True)
class Summary:
    id: str
    pattern: str
    difficulty: str
    title: str
    tags: tuple[str, ...] = ()


def summaries(
    problems_dir: Path, patterns: set[str], cache_dir: Path | None, pattern: str | None = None
) -> list[Summary]:
    """Every problem's summary (only PATTERN's, if given), in folder order. A problem
    that does not load raises its ProblemFormatError, as load_problem does."""
    from .loader import iter_problem_dirs, load_problem  # not at import: most runs need neither's YAML

    folders = iter_problem_dirs(problems_dir, pattern)
    index_path = cache_dir / INDEX_FILE if cache_dir is not None else None
    known = _read(index_path, problems_dir) if index_path is not None else {}
    found: list[Summary] = []
    fresh: dict[str, Any] = {}
    for folder in folders:
        stamp = _stamp(folder / "problem.yaml")
        summary = _cached(known.get(str(folder)), stamp, patterns)
        if summary is None:
            problem = load_problem(folder, patterns)
            summary = Summary(problem.id, problem.pattern, problem.difficulty, problem.title, problem.tags)
        found.append(summary)
        row = [summary.id, summary.pattern, summary.difficulty, summary.title, list(summary.tags)]
        fresh[str(folder)] = {"stamp": stamp, "pattern": summary.pattern, "summary": row}
    if index_path is not None and any(known.get(k) != v for k, v in fresh.items()):
        _write(index_path, problems_dir, {**known, **fresh})
    return found


def _cached(entry: Any, stamp: list[int], patterns: set[str]) -> Summary | None:
    if not isinstance(entry, dict) or entry.get("stamp") != stamp or entry.get("pattern") not in patterns:
        return None
    try:
        ident, pattern, difficulty, title, tags = entry["summary"]
        return Summary(str(ident), str(pattern), str(difficulty), str(title), tuple(map(str, tags)))
    except (KeyError, TypeError, ValueError):
        return None


def _stamp(path: Path) -> list[int]:
    try:
        status = path.stat()
    except OSError:
        return []
    return [status.st_size, status.st_mtime_ns]


def _read(path: Path, problems_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("root") != str(problems_dir.resolve()):
        return {}
    entries = data.get("problems")
    return entries if isinstance(entries, dict) else {}


def _write(path: Path, problems_dir: Path, entries: dict[str, Any]) -> None:
    # readers see the old index or the new one, never half; an unwritable cache only costs
    # the parsing next time
    write_atomically(path, json.dumps({"root": str(problems_dir.resolve()), "problems": entries}))
