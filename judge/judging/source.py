"""What makes a file's bytes unjudgeable as Python source, as one line: `judge run`
reports it as bad input (exit 2), `judge grade` as a CE of that solution (the rest of the
repository is graded)."""

from __future__ import annotations


def unreadable(data: bytes) -> str | None:
    """Why data is not Python source at all (empty, binary, not UTF-8), or None."""
    if not data.strip():
        return "is empty; write your solution in it (`judge new ID` writes a starter)"
    if b"\0" in data:
        return "is a binary file, not Python source"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"is not UTF-8 text (a byte at position {error.start}); save it as UTF-8"
    return None


def oversized(data: bytes, cap: int) -> str | None:
    """The CE message for a file over the cap, before anything is compiled."""
    if len(data) <= cap:
        return None
    size = f"{cap >> 20} MiB" if cap >= 1 << 20 else f"{cap >> 10} KiB"
    return f"the file is over {size}, the limit for a solution; submit the solution only"
