"""Reading the file to judge, with one clear line (exit 2) for every file that is not a
Python solution: missing, not a regular file (a folder, a FIFO: never read, so never a
hang), not `.py`, empty, binary, or not UTF-8. A file over the size cap is not an error of
usage: it is judged CE (see `oversized`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .. import errors

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
    if not data.strip():
        raise errors.SolutionError(
            f"{path} is empty; write your solution in it (`judge new ID` writes a starter)"
        )
    if b"\0" in data:
        raise errors.SolutionError(f"{path} is a binary file, not Python source")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise errors.SolutionError(
            f"{path} is not UTF-8 text (a byte at position {error.start}); save it as UTF-8"
        ) from None
    return data


def oversized(data: bytes, cap: int) -> str | None:
    """The CE message for a file over the cap, before anything is compiled."""
    if len(data) <= cap:
        return None
    size = f"{cap >> 20} MiB" if cap >= 1 << 20 else f"{cap >> 10} KiB"
    return f"the file is over {size}, the limit for a solution; submit the solution only"
