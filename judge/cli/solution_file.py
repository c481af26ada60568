"""Reading the file to judge, with one clear line (exit 2) for every file that is not a
Python solution: missing, not a regular file (a folder, a FIFO: never read, so never a
hang), not `.py`, empty, binary, or not UTF-8. A file over the size cap is not an error of
usage: it is judged CE (see `oversized`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .. import errors
from ..judging.source import oversized, unreadable

__all__ = ["oversized", "read_solution", "starter_name"]

OTHER_LANGUAGES = {
    ".cpp": "C++",
    ".cc": "C++",
    ".c": "C",
    ".java": "Java",
    ".js": "JavaScript",
    ".ts": "TypeScript",
    ".rb": "Ruby",
    ".go": "Go",
    ".rs": "Rust",
    ".kt": "Kotlin",
    ".cs": "C#",
    ".swift": "Swift",
}


def starter_name(slug: str) -> Path:
    """The file `judge new` writes and `judge run ID` judges when no file is given."""
    return Path(f"{slug.replace('-', '_')}.py")


def read_solution(path: Path, cap: int) -> bytes:
    """The file's bytes (at most cap + 1 of them); SolutionError with one line otherwise."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise errors.SolutionError(
            f"no solution file {path}; create one with `judge new ID {path}`"
        ) from None
    except OSError as error:
        raise errors.SolutionError(f"cannot read {path}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise errors.SolutionError(f"{path} is {kind}; give the .py file of your solution")
    if path.suffix.lower() != ".py":
        language = OTHER_LANGUAGES.get(path.suffix.lower())
        named = f"{path} looks like {language}" if language else f"{path} is not a .py file"
        raise errors.SolutionError(f"{named}: only Python 3 solutions are judged")
    try:
        with open(path, "rb", opener=lambda p, f: os.open(p, f | os.O_NONBLOCK)) as handle:
            data = handle.read(cap + 1)
    except OSError as error:
        raise errors.SolutionError(f"cannot read {path}: {error.strerror}") from None
    if len(data) > cap:
        return data
    problem = unreadable(data)
    if problem is not None:
        raise errors.SolutionError(f"{path} {problem}")
    return data
