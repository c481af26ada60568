"""Reading the job the host writes to the harness's stdin, before anything else happens.

    {"meta": {...}, "ids": ["sample/01-x", ...], "sizes": [n0, n1, ...], "source": m}\\n
    <m bytes: the candidate's file><n0 bytes: input of the first test><n1 ...>

Each input is marshalled (format 4) by the host from the test's JSON value: plain data
only (dict, list, str, int, float, bool, None), made by the judge, never by a candidate.

One line of JSON, then the payloads back to back, nothing after them. Inputs stay as
bytes here: each test's child parses its own, so the parent stays small and forking it
stays cheap. Because the job arrives on stdin, a container can be started before the
job exists and wait for it (see `judge.serve.server`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

HEADER_CAP = 4 << 20  # the job header (ids, sizes, meta): read before any meta exists
READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Job:
    meta: dict[str, Any]
    ids: list[str]
    sources: list[bytes]
    inputs: list[bytes]
    batch: bool = False

    @property
    def source(self) -> bytes:
        return self.sources[0]


def read_job(fd: int) -> Job:
    """Read exactly one job from fd; ValueError when it is malformed or cut short."""
    buffer = bytearray()
    while (cut := buffer.find(b"\n")) < 0:
        if len(buffer) > HEADER_CAP:
            raise ValueError("the job header is too long")
        buffer += _read_some(fd)
    try:
        header = json.loads(bytes(buffer[:cut]))
    except RecursionError:
        raise ValueError("the job header is nested too deeply") from None
    meta, ids, sizes, source_sizes, batch = _fields(header)
    body = bytearray(memoryview(buffer)[cut + 1 :])
    wanted = sum(source_sizes) + sum(sizes)
    while len(body) < wanted:
        body += _read_some(fd)
    if len(body) != wanted:
        raise ValueError("the job has bytes after its last input")
    view, offset = memoryview(body), 0
    sources, inputs = [], []
    for size in source_sizes:
        sources.append(bytes(view[offset : offset + size]))
        offset += size
    for size in sizes:
        inputs.append(bytes(view[offset : offset + size]))
        offset += size
    return Job(meta, [str(i) for i in ids], sources, inputs, batch)


def read_batch(fd: int) -> tuple[list[str], list[bytes]] | None:
    """A session's next batch of inputs (`judge stress`): one line of JSON,
    {"ids": [...], "sizes": [...]}, then the inputs back to back; None when the host
    closed the stream or sent the empty line that ends the session."""
    buffer = bytearray()
    while (cut := buffer.find(b"\n")) < 0:
        if len(buffer) > HEADER_CAP:
            raise ValueError("a batch header is too long")
        data = os.read(fd, READ_CHUNK)
        if not data:
            return None
        buffer += data
    if cut == 0:
        return None
    header = json.loads(bytes(buffer[:cut]))
    ids, sizes = (header.get(k) if isinstance(header, dict) else None for k in ("ids", "sizes"))
    if not (isinstance(ids, list) and isinstance(sizes, list) and len(ids) == len(sizes)):
        raise ValueError("a batch header's ids and sizes do not match")
    if not all(_is_size(n) for n in sizes):
        raise ValueError("a batch header's sizes are not all whole numbers of bytes")
    body = bytearray(memoryview(buffer)[cut + 1 :])
    while len(body) < sum(sizes):
        data = os.read(fd, READ_CHUNK)
        if not data:
            raise ValueError("a batch ended early")
        body += data
    if len(body) != sum(sizes):
        raise ValueError("a batch has bytes after its last input")
    view, offset, inputs = memoryview(body), 0, []
    for size in sizes:
        inputs.append(bytes(view[offset : offset + size]))
        offset += size
    return [str(i) for i in ids], inputs


def _fields(header: Any) -> tuple[dict[str, Any], list[Any], list[int], list[int], bool]:
    if not isinstance(header, dict):
        raise ValueError("the job header is not an object")
    meta, ids, sizes = (header.get(k) for k in ("meta", "ids", "sizes"))
    batch = "sources" in header
    source_sizes = header.get("sources") if batch else [header.get("source")]
    if not isinstance(meta, dict):
        raise ValueError("the job header has no meta object")
    if not (isinstance(ids, list) and isinstance(sizes, list) and len(ids) == len(sizes)):
        raise ValueError("the job header's ids and sizes do not match")
    if not isinstance(source_sizes, list) or not source_sizes:
        raise ValueError("the job header names no source")
    if not all(_is_size(n) for n in (*sizes, *source_sizes)):
        raise ValueError("the job header's sizes are not all whole numbers of bytes")
    return meta, ids, sizes, source_sizes, batch


def _is_size(value: Any) -> bool:
    return type(value) is int and value >= 0


def _read_some(fd: int) -> bytes:
    data = os.read(fd, READ_CHUNK)
    if not data:
        raise ValueError("the job ended early")
    return data
