"""What a failure says: messages and places for exceptions, time-outs, crashes and a file
that fails before any test. Pure; the candidate's source lines are passed in.

A hidden test's exception is told by its type and the line it was raised on in the
candidate's own file (that reveals nothing about the input); a sample's gets its message
and the candidate's traceback too.
"""

from __future__ import annotations

from typing import Any

from .protocol import CaseRecord, Transcript
from .report import Frame, LoadError, Where
from .verdict import Verdict

LOAD = {
    "exception": Verdict.CE,
    "missing_entry": Verdict.CE,
    "timeout": Verdict.TLE,
    "memory": Verdict.MLE,
    "output_limit": Verdict.OLE,
}


def line_of(lines: tuple[str, ...], number: int | None) -> str:
    if number is None or not 1 <= number <= len(lines):
        return ""
    return lines[number - 1].strip()[:160]


def where(stack: Any, lines: tuple[str, ...]) -> Where | None:
    """A stack fact ({"frames": [(line, function)], "depth", "in_builtin"}) as a Where."""
    if not isinstance(stack, dict) or not stack.get("frames"):
        return None
    frames = tuple(Frame(line, function, line_of(lines, line)) for line, function in stack["frames"])
    return Where(frames, int(stack.get("depth", len(frames))), bool(stack.get("in_builtin")))


def exception_message(hidden: bool, record: CaseRecord, lines: tuple[str, ...]) -> tuple[str, Where | None]:
    kind = str(record.fact("type", "Exception"))
    line = record.fact("line")
    frames = record.fact("frames") or []
    place = where({"frames": frames, "depth": record.fact("depth", len(frames))}, lines)
    at = f" at line {line}" if isinstance(line, int) else ""
    if hidden:
        return f"{kind}{at}", place
    message = record.fact("message", "")
    return (f"{kind}: {message}" if message else kind) + at, place


def crash_message(record: CaseRecord) -> str:
    if record.fact("signal"):
        return f"killed by signal {record.fact('signal')}"
    return f"exited with code {record.fact('exit_code', '?')} before returning an answer"


def load_verdict(record: CaseRecord) -> tuple[Verdict, str]:
    """The verdict of every test when loading the file (or finding its entry point) failed."""
    verdict = LOAD.get(record.status, Verdict.RE)
    if record.status == "missing_entry":
        return verdict, str(record.fact("message", "the entry point is missing"))
    if record.status == "exception":
        message = record.fact("message", "")
        kind = str(record.fact("type", "Exception"))
        return verdict, f"{kind}: {message}" if message else kind
    if record.status == "timeout":
        return verdict, "loading the file took longer than the time limit"
    if record.status == "memory":
        return verdict, "loading the file ran out of memory"
    return verdict, f"loading the file failed: {crash_message(record)}"


def load_error(transcript: Transcript, lines: tuple[str, ...]) -> LoadError | None:
    """The one failure before any test, if there was one."""
    if transcript.compile_error is not None:
        error = transcript.compile_error
        line = error.get("line") if isinstance(error.get("line"), int) else None
        column = error.get("column") if isinstance(error.get("column"), int) else None
        return LoadError("compile", str(error.get("message")), line, column, line_of(lines, line))
    record = transcript.load
    if record is None or LOAD.get(record.status) is not Verdict.CE:
        return None
    _, message = load_verdict(record)
    line = record.fact("line")
    line = line if isinstance(line, int) else None
    kind = "entry" if record.status == "missing_entry" else "load"
    return LoadError(kind, message, line, None, line_of(lines, line))
