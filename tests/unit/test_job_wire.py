"""The job on the harness's stdin: `protocol.encode_job` on the host, `harness.job.read_job`
in the container. They round-trip over a real pipe however the bytes are split, a job
that is cut short, too long or inconsistent is a ValueError, and the harness itself turns
any unreadable job into one `fault` record, never a traceback."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fakes import ENVIRONMENT, HARNESS_MODULE, REPO_ROOT
from hypothesis import given
from hypothesis import strategies as st

from judge.harness.job import HEADER_CAP, Job, read_job
from judge.judging.protocol import encode_job, parse

META = {"entry": {"kind": "function", "name": "f", "params": []}, "time_limit_ms": 1000}
IDS = ["sample/01-one", "sample/02-two", "hidden/01-big"]
INPUTS = [b'{"n":1}', b'{"s":"a\\nb"}', b'{"xs":[' + b",".join(b"7" for _ in range(50_000)) + b"]}"]
SOURCE = b"def f(n):\n    return n  # \xc3\xa9, and a line that looks like a header:\n{}\n"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _unread(fd: int) -> int:
    """Bytes waiting in the pipe whose read end is fd."""
    return int(struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0])


@contextmanager
def _pipe_fed(pieces: list[bytes], one_read_each: bool = False) -> Iterator[int]:
    """A pipe's read end; a thread writes the pieces then closes the write end. With
    one_read_each, a piece is only written once the previous one has been read, so every
    read the reader makes returns exactly one piece."""
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        try:
            for piece in pieces:
                while one_read_each and _unread(read_fd):
                    time.sleep(0.0002)
                _write_all(write_fd, piece)
        except OSError:
            pass  # the reader stopped early
        finally:
            os.close(write_fd)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield read_fd
    finally:
        os.close(read_fd)
        writer.join(timeout=10)


def _read(pieces: list[bytes], one_read_each: bool = False) -> Job:
    with _pipe_fed(pieces, one_read_each) as fd:
        return read_job(fd)


def _cut(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


# --- round trip --------------------------------------------------------------------------


def test_a_job_round_trips_over_a_pipe() -> None:
    job = _read([encode_job(META, IDS, INPUTS, SOURCE)])

    assert job == Job(META, IDS, [SOURCE], INPUTS)


def test_a_job_split_across_many_small_writes_round_trips() -> None:
    data = encode_job(META, IDS, [b'{"n":1}', b'{"s":"a\\nb"}', b"[]"], SOURCE)
    pieces = _cut(data, 3)  # the header line itself arrives in many reads

    job = _read(pieces, one_read_each=True)

    assert len(pieces) > 30
    assert job == Job(META, IDS, [SOURCE], [b'{"n":1}', b'{"s":"a\\nb"}', b"[]"])


def test_a_job_larger_than_the_pipe_buffer_round_trips() -> None:
    inputs = [b'"' + b"x" * (3 << 20) + b'"', b"1"]

    job = _read([encode_job(META, ["a", "b"], inputs, SOURCE)])

    assert job.inputs == inputs


def test_a_job_with_no_tests_and_an_empty_source_round_trips() -> None:
    assert _read([encode_job(META, [], [], b"")]) == Job(META, [], [b""], [])


@given(
    ids=st.lists(st.text(max_size=20), max_size=6),
    data=st.data(),
    source=st.binary(max_size=300),
    piece=st.integers(1, 64),
)
def test_any_job_round_trips_however_it_is_cut(
    ids: list[str], data: st.DataObject, source: bytes, piece: int
) -> None:
    inputs = data.draw(st.lists(st.binary(max_size=200), min_size=len(ids), max_size=len(ids)))

    job = _read(_cut(encode_job(META, ids, inputs, source), piece))

    assert job == Job(META, ids, [source], inputs)


# --- malformed jobs ----------------------------------------------------------------------


def test_a_truncated_job_is_an_error() -> None:
    data = encode_job(META, IDS, INPUTS, SOURCE)

    with pytest.raises(ValueError, match="ended early"):
        _read([data[:-1]])


def test_a_job_cut_inside_its_header_is_an_error() -> None:
    data = encode_job(META, IDS, INPUTS, SOURCE)

    with pytest.raises(ValueError, match="ended early"):
        _read([data[:10]])


def test_bytes_after_the_last_input_are_an_error() -> None:
    data = encode_job(META, IDS, INPUTS, SOURCE)

    with pytest.raises(ValueError, match="after its last input"):
        _read([data + b"x"])


@pytest.mark.parametrize(
    "header",
    [
        b'{"meta": {}, "ids": ["a", "b"], "sizes": [1], "source": 0}',
        b'{"meta": {}, "ids": ["a"], "sizes": [1, 1], "source": 0}',
        b'{"meta": {}, "ids": "ab", "sizes": [1, 1], "source": 0}',
        b'{"meta": {}, "ids": ["a"], "sizes": 1, "source": 0}',
    ],
    ids=["more-ids", "more-sizes", "ids-not-a-list", "sizes-not-a-list"],
)
def test_ids_and_sizes_that_do_not_match_are_an_error(header: bytes) -> None:
    with pytest.raises(ValueError, match="ids and sizes do not match"):
        _read([header + b"\n12"])


@pytest.mark.parametrize(
    "header",
    [b"[]", b'"job"', b"garbage", b"\xff\xfe", b"[" * 100_000],
    ids=["array", "string", "not-json", "not-utf8", "deeply-nested"],
)
def test_a_header_that_is_not_a_json_object_is_an_error(header: bytes) -> None:
    with pytest.raises(ValueError):
        _read([header + b"\n"])


def test_a_header_without_an_end_is_refused_once_past_the_cap() -> None:
    with pytest.raises(ValueError, match="too long"):
        _read([b"{" + b" " * (HEADER_CAP + 1)])


# --- the harness, given garbage on stdin -------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"garbage\n",
        b"\x00\xff" * 1000,
        b"[" * 100_000 + b"\n",
        b"{}\n",
        b'{"meta": {}, "ids": ["a"], "sizes": ["1"], "source": 0}\n1',
        encode_job(META, IDS, INPUTS, SOURCE)[:-5],
    ],
    ids=["empty", "not-json", "binary-no-newline", "deeply-nested", "no-fields", "wrong-types", "truncated"],
)
def test_the_harness_reports_a_fault_for_an_unreadable_job(garbage: bytes) -> None:
    ran = subprocess.run(
        [sys.executable, "-S", "-B", "-m", HARNESS_MODULE],
        cwd=REPO_ROOT,
        env=ENVIRONMENT,
        input=garbage,
        capture_output=True,
        timeout=60,
    )

    transcript = parse(ran.stdout, 16 << 10)
    assert ran.returncode == 3
    assert transcript.fault is not None and transcript.fault.startswith("cannot read the job")
    assert transcript.malformed is None
    assert (transcript.hello, transcript.records, transcript.done) == (None, [], False)
    assert b"Traceback" not in ran.stdout + ran.stderr
