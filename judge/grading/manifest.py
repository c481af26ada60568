"""`judge.yaml`, optional, at the top of a graded repository: which problems make up the
assignment, which file solves each (when its path or first line does not say), and how
many points each is worth.

    points: 1                    # default points per problem (default 1)
    problems:                    # the assignment; without it, every file that maps counts
      two-pointers/003:          # found by its path or a `# judge:` first line
      hashing/001: {file: week1/pairs.py, points: 2}

Problem IDs are written as `judge run` takes them; unknown IDs, unknown keys and files
outside the repository are errors (exit 2) that name judge.yaml and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..bank.documents import read_yaml
from ..bank.fields import Fields
from ..errors import JudgeError, ProblemFormatError

MANIFEST = "judge.yaml"
MAX_POINTS = 1_000_000.0


@dataclass(frozen=True)
class Planned:
    problem_id: str
    file: Path | None  # relative to the repository, when judge.yaml names it
    points: float


@dataclass(frozen=True)
class Manifest:
    problems: tuple[Planned, ...] | None  # None: no assignment given, every mapped file counts
    points: float = 1.0


def load_manifest(repo: Path, canonical: Callable[[str], str]) -> Manifest:
    """judge.yaml of repo (an empty Manifest when there is none). canonical turns an ID as
    written into the bank's ID, raising JudgeError for an unknown one."""
    path = repo / MANIFEST
    if not path.is_file():
        return Manifest(None)
    data = read_yaml(path)
    fields = Fields({} if data is None else data, MANIFEST)
    fields.only({"points", "problems"})
    points = fields.number("points", float, 0.0, MAX_POINTS, 1.0)
    if not fields.has("problems"):
        return Manifest(None, points)
    raw = fields.get("problems", dict) if isinstance(fields.data["problems"], dict) else None
    if raw is None:
        listed = fields.items("problems")
        raw = {item: None for item in listed}
    planned: list[Planned] = []
    seen: dict[str, str] = {}
    for written, spec in raw.items():
        where = f"problems.{written}"
        problem_id = _canonical(canonical, str(written), where)
        if problem_id in seen:
            again = f"names {problem_id} again (also as {seen[problem_id]})"
            raise ProblemFormatError(MANIFEST, where, again)
        seen[problem_id] = str(written)
        entry = Fields({} if spec is None else spec, MANIFEST, where)
        entry.only({"file", "points"})
        file = entry.text("file", None)
        planned.append(
            Planned(
                problem_id,
                None if file is None else _inside(file, f"{where}.file"),
                entry.number("points", float, 0.0, MAX_POINTS, points),
            )
        )
    return Manifest(tuple(planned), points)


def _canonical(canonical: Callable[[str], str], written: str, where: str) -> str:
    try:
        return canonical(written)
    except JudgeError as error:
        raise ProblemFormatError(MANIFEST, where, str(error)) from None


def _inside(file: str, where: str) -> Path:
    relative = PurePosixPath(file.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts:
        raise ProblemFormatError(MANIFEST, where, f"{file}: give a path inside the repository")
    if relative.suffix != ".py":
        raise ProblemFormatError(MANIFEST, where, f"{file}: a solution is a .py file")
    return Path(relative)  # a file that is not there makes the problem missing, not an error
