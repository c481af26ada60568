"""The host's side of the harness protocol: the job it sends, and the records it reads back.

The job goes to the harness's stdin (read by judge/harness/job.py):

    {"meta": {...}, "ids": [...], "sizes": [n0, ...], "source": m}\\n <m bytes> <n0 bytes> ...

The records come back on its stdout, read strictly:

    {"t": "hello", ...}\\n
    {"t": "case", "id": ..., "status": ..., "answer": N, "stdout": M, ...}\\n <N bytes> <M bytes>
    ...
    {"t": "done"}\\n

Parsing stops at the first thing that does not fit (an oversized or invalid header, a
length past the end of the stream) and says so in `Transcript.malformed`; what was read
before it stands. Answers are decoded separately by `decode_answer`, with size, depth
and number limits, and NaN/Infinity refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

MAX_DEPTH = 80
STATUSES = frozenset(
    {
        "ok",
        "exception",
        "memory",
        "missing_entry",
        "bad_answer",
        "timeout",
        "output_limit",
        "crashed",
        "skipped",
    }
)
_TYPED = (
    ("time_ns", int),
    ("peak_bytes", int),
    ("cpu_ns", int),
    ("wall_ns", int),
    ("type", str),
    ("message", str),
    ("line", int),
    ("signal", str),
    ("exit_code", int),
    ("stdout_truncated", bool),
    ("source", int),
    ("depth", int),
    ("column", int),
)
FRAMES_KEPT = 8


def encode_job(meta: dict[str, Any], ids: list[str], inputs: list[bytes], source: bytes) -> bytes:
    """One job for the harness: entry point and limits, the source, each test's input
    (marshalled, as `TestSet.raw_inputs` gives it)."""
    header = {"meta": meta, "ids": ids, "sizes": [len(raw) for raw in inputs], "source": len(source)}
    return b"".join([json.dumps(header).encode(), b"\n", source, *inputs])


def encode_inputs(ids: list[str], inputs: list[bytes]) -> bytes:
    """One batch of a session (`judge stress`): after the job, while the file stays loaded."""
    header = {"ids": ids, "sizes": [len(raw) for raw in inputs]}
    return b"".join([json.dumps(header).encode(), b"\n", *inputs])


SESSION_END = b"\n"  # an empty header line: the session is over


def encode_batch(meta: dict[str, Any], ids: list[str], inputs: list[bytes], sources: list[bytes]) -> bytes:
    """A batch job: several sources against the same tests, one after another; records
    name their source by index, and `skip <index>` on stdin stops one."""
    header = {
        "meta": meta,
        "ids": ids,
        "sizes": [len(raw) for raw in inputs],
        "sources": [len(s) for s in sources],
    }
    return b"".join([json.dumps(header).encode(), b"\n", *sources, *inputs])


@dataclass(frozen=True)
class CaseRecord:
    id: str
    status: str
    answer: bytes = b""
    stdout: bytes = b""
    facts: dict[str, Any] = field(default_factory=dict)
    stderr: bytes = b""

    def fact(self, key: str, default: Any = None) -> Any:
        return self.facts.get(key, default)


@dataclass
class Transcript:
    hello: dict[str, Any] | None = None
    compile_errors: dict[int | None, dict[str, Any]] = field(default_factory=dict)  # by source (None: single)
    records: list[CaseRecord] = field(default_factory=list)
    load: CaseRecord | None = None  # loading the file or finding its entry point failed
    done: bool = False
    consumed: int = 0
    fault: str | None = None
    malformed: str | None = None
    wanted: int = 0  # when the last record is cut off: the stream length that completes it
    batches: int = 0  # a session's batches completed in this stream

    @property
    def compile_error(self) -> dict[str, Any] | None:
        return self.compile_errors.get(None)


class AnswerUnreadable(ValueError):
    pass


def parse(stream: bytes, header_cap: int) -> Transcript:
    """The records in stream; a header longer than header_cap bytes is malformed."""
    transcript = Transcript()
    position = 0
    while position < len(stream) and transcript.malformed is None:
        newline = stream.find(b"\n", position, position + header_cap)
        if newline < 0:
            transcript.malformed = "a record header is cut off or too long"
            break
        try:
            header = json.loads(stream[position:newline])
        except (ValueError, RecursionError):
            transcript.malformed = "a record header is not JSON"
            break
        position = newline + 1
        if not isinstance(header, dict):
            transcript.malformed = "a record header is not an object"
            break
        position = _take(transcript, header, stream, position)
        if transcript.malformed is None:
            transcript.consumed = position
    return transcript


def _take(transcript: Transcript, header: dict[str, Any], stream: bytes, position: int) -> int:
    kind = header.get("t")
    if kind == "hello":
        transcript.hello = header
    elif kind == "compile":
        source = header.get("source") if type(header.get("source")) is int else None
        transcript.compile_errors[source] = {k: header.get(k) for k in ("message", "line", "column")}
    elif kind == "load":
        return _take_case(transcript, {**header, "id": ""}, stream, position, load=True)
    elif kind == "done":
        transcript.done = True
    elif kind == "batch":  # a session's batch is complete (`judge stress`)
        transcript.batches += 1
    elif kind == "fault":
        transcript.fault = str(header.get("message", ""))[:500]
    elif kind == "case":
        return _take_case(transcript, header, stream, position)
    else:
        transcript.malformed = f"unknown record {kind!r}"
    return position


def _take_case(
    transcript: Transcript, header: dict[str, Any], stream: bytes, position: int, load: bool = False
) -> int:
    lengths = [header.get("answer"), header.get("stdout"), header.get("stderr", 0)]
    if not all(type(n) is int and n >= 0 for n in lengths):
        transcript.malformed = "a case record has no valid lengths"
        return position
    answer_len, stdout_len, stderr_len = (int(n) for n in lengths)
    end: int = position + answer_len + stdout_len + stderr_len
    if end > len(stream):
        transcript.malformed = "a case record is cut off"
        transcript.wanted = end
        return position
    status, case_id = header.get("status"), header.get("id")
    if status not in STATUSES or type(case_id) is not str:
        transcript.malformed = "a case record has an unknown status or id"
        return position
    facts = {key: header[key] for key, kind in _TYPED if type(header.get(key)) is kind}
    frames = _frames(header.get("frames"))
    if frames is not None:
        facts["frames"] = frames
    stack = header.get("stack")
    if isinstance(stack, dict) and (stack_frames := _frames(stack.get("frames"))) is not None:
        depth = stack.get("depth")
        facts["stack"] = {
            "frames": stack_frames,
            "depth": depth if type(depth) is int else len(stack_frames),
            "in_builtin": stack.get("in_builtin") is True,
        }
    cut = position + answer_len
    record = CaseRecord(
        case_id,
        status,
        stream[position:cut],
        stream[cut : cut + stdout_len],
        facts,
        stream[cut + stdout_len : end],
    )
    if load:
        transcript.load = record
    else:
        transcript.records.append(record)
    return end


def _frames(value: Any) -> list[tuple[int, str]] | None:
    """A list of (line, function) pairs, as the harness sends them; None if it is not one."""
    if not isinstance(value, list):
        return None
    frames = [
        (f[0], f[1][:80])
        for f in value
        if isinstance(f, list) and len(f) == 2 and type(f[0]) is int and type(f[1]) is str
    ]
    return frames[-FRAMES_KEPT:]


def decode_answer(data: bytes, cap: int) -> Any:
    """The answer as a plain JSON value; AnswerUnreadable with a reason otherwise."""
    if len(data) > cap:
        raise AnswerUnreadable("the answer is too large")
    try:
        value = json.loads(data, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        raise AnswerUnreadable(f"the answer is not valid JSON ({str(error)[:80]})") from None
    if data.count(b"[") + data.count(b"{") > MAX_DEPTH:  # else it cannot be nested deeper
        if b'"' in data:  # a bracket may sit in a string: walk the value
            _check_depth(value)
        elif _bracket_depth(data) > MAX_DEPTH + 1:  # MAX_DEPTH counts from 0, brackets from 1
            raise AnswerUnreadable("the answer is nested too deeply")
    return value


_BRACKETS = bytes(range(256)).replace(b"{", b"[").replace(b"}", b"]")  # { } read as [ ]
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def _bracket_depth(data: bytes) -> int:
    """How deeply a valid JSON text with no strings nests, in C-speed passes: every byte
    but the brackets is deleted, then the innermost pairs are removed a layer at a time
    (bytes.replace matches left to right without overlap, so one pass removes exactly
    one layer). Stops counting past MAX_DEPTH + 1."""
    rest = data.translate(_BRACKETS, _NOT_BRACKETS)
    depth = 0
    while rest and depth <= MAX_DEPTH + 1:
        rest = rest.replace(b"[]", b"")
        depth += 1
    return depth


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid answer")


_CONTAINERS = (list, dict)


def _check_depth(value: Any) -> None:
    """Only containers are stacked: a list of 10^5 numbers costs one filter, not 10^5 entries."""
    if type(value) not in _CONTAINERS:
        return
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise AnswerUnreadable("the answer is nested too deeply")
        children = item if isinstance(item, list) else item.values()
        stack.extend((child, depth + 1) for child in [c for c in children if type(c) in _CONTAINERS])
