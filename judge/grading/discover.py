"""Which file of a repository solves which problem.

A file maps to a problem, first match wins:
  1. judge.yaml names it for the problem;
  2. its first line says so: `# judge: two-pointers/003` (after a shebang or coding line);
  3. its path: `two-pointers/003.py`, `two-pointers/003-push-zeros.py` (the folder is the
     pattern), or `two_pointers_003.py` / `two-pointers-003-anything.py` anywhere.
Files that map to nothing, or to a problem outside the assignment, are listed as
ignored with the reason. Two files for one problem is an error naming both (exit 2).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..bank.loader import iter_problem_dirs, problem_id, resolve_problem
from ..errors import JudgeError, ProblemNotFound
from .manifest import Manifest
from .model import Assignment, Ignored, Task

COMMENT = re.compile(r"#\s*judge:\s*(\S+)\s*$")
NUMBERED = re.compile(r"(\d{1,3})(?:[-_].*)?")
SKIPPED_FOLDERS = {"__pycache__", "node_modules", "site-packages", "venv", "env"}
HINT = "name it like two-pointers/003.py, or make its first line `# judge: two-pointers/003`"


@dataclass(frozen=True)
class BankIndex:
    """The bank's problem IDs in drill order, and how to read an ID as people write it."""

    problems_dir: Path
    ids: tuple[str, ...]

    @classmethod
    def of(cls, problems_dir: Path, pattern_order: list[str]) -> BankIndex:
        ids = [problem_id(folder) for folder in iter_problem_dirs(problems_dir)]
        rank = {slug: i for i, slug in enumerate(pattern_order)}
        ids.sort(key=lambda i: (rank.get(i.split("/")[0], len(rank)), i))
        return cls(problems_dir, tuple(ids))

    @property
    def patterns(self) -> set[str]:
        return {i.split("/")[0] for i in self.ids}

    def canonical(self, written: str) -> str:
        """The bank's ID for an ID as written; ProblemNotFound for an unknown one."""
        return problem_id(resolve_problem(self.problems_dir, written))

    def by_path(self, relative: Path) -> str | None:
        """The problem a path names, if any (whether or not the bank has it: see `has`)."""
        stem = relative.stem.lower().replace("_", "-")
        parent = relative.parent.name.lower().replace("_", "-")
        numbered = NUMBERED.fullmatch(stem)
        if numbered and parent in self.patterns:
            return f"{parent}/{int(numbered.group(1)):03d}"
        for pattern in sorted(self.patterns, key=len, reverse=True):
            if stem.startswith(pattern + "-"):
                rest = NUMBERED.fullmatch(stem[len(pattern) + 1 :])
                if rest:
                    return f"{pattern}/{int(rest.group(1)):03d}"
        return None


def find_solutions(repo: Path, bank: BankIndex, manifest: Manifest) -> Assignment:
    """The assignment of repo: one Task per problem (missing ones with no file) and the
    ignored files. JudgeError (exit 2) for two files of one problem, or a `# judge:` line
    that names no problem."""
    named = {p.problem_id: p.file for p in manifest.problems or () if p.file is not None}
    claimed_by_manifest = {file: pid for pid, file in named.items()}
    found: dict[str, list[tuple[Path, str]]] = {}
    ignored: list[Ignored] = []
    for relative in _python_files(repo):
        if relative in claimed_by_manifest:
            continue
        pid, how = _maps_to(repo, relative, bank)
        if pid is None:
            ignored.append(Ignored(relative, f"maps to no problem ({HINT})"))
        elif pid not in bank.ids:
            ignored.append(Ignored(relative, f"its name says {pid}, which the bank does not have"))
        else:
            found.setdefault(pid, []).append((relative, how))
    for pid, file in named.items():
        for other, _ in found.pop(pid, []):
            ignored.append(Ignored(other, f"judge.yaml names {file.as_posix()} for {pid}"))
        found[pid] = [(file, "judge.yaml")]
    for pid, files in found.items():
        if len(files) > 1:
            both = " and ".join(f.as_posix() for f, _ in files)
            raise JudgeError(f"two files solve {pid}: {both}; keep one, or name one in judge.yaml")
    if manifest.problems is None:
        tasks = [Task(pid, files[0][0], manifest.points, files[0][1]) for pid, files in found.items()]
        tasks.sort(key=lambda t: bank.ids.index(t.problem_id))
    else:
        tasks = []
        for planned in manifest.problems:
            chosen = found.pop(planned.problem_id, None)
            solution: Path | None = chosen[0][0] if chosen else None
            if solution is not None and not (repo / solution).is_file():
                solution = None  # judge.yaml names a file that is not there: missing
            how = chosen[0][1] if chosen and solution is not None else ""
            tasks.append(Task(planned.problem_id, solution, planned.points, how))
        for pid, files in found.items():
            ignored.extend(Ignored(f, f"{pid} is not one of judge.yaml's problems") for f, _ in files)
    ignored.sort(key=lambda i: i.file.as_posix())
    return Assignment(repo, tuple(tasks), tuple(ignored))


def _maps_to(repo: Path, relative: Path, bank: BankIndex) -> tuple[str | None, str]:
    written = first_line_id(repo / relative)
    if written is not None:
        try:
            return bank.canonical(written), "comment"
        except ProblemNotFound as error:
            raise JudgeError(f"{relative.as_posix()}: line 1: `# judge: {written}`: {error}") from None
    return bank.by_path(relative), "path"


def first_line_id(path: Path) -> str | None:
    """The ID of a `# judge: ID` comment on the file's first line (a shebang or coding
    line may come before it)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace").splitlines()[:3]
    except OSError:
        return None
    for line in head:
        match = COMMENT.fullmatch(line.strip())
        if match:
            return match.group(1)
        if not (line.startswith("#!") or "coding" in line):
            return None
    return None


def _python_files(repo: Path) -> Iterator[Path]:
    """.py files under repo, relative, in a stable order; hidden folders, caches and
    virtual environments are not looked into."""
    for folder, subfolders, files in os.walk(repo):
        here = Path(folder)
        subfolders[:] = sorted(
            d
            for d in subfolders
            if not d.startswith(".") and d not in SKIPPED_FOLDERS and not (here / d / "pyvenv.cfg").exists()
        )
        for name in sorted(files):
            if name.endswith(".py") and not name.startswith("."):
                yield (here / name).relative_to(repo)
