"""Reading the harness's framed stream strictly, and decoding answers with limits."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.harness import wire
from judge.judging import protocol
from judge.judging.policy import DEFAULT
from judge.judging.protocol import AnswerUnreadable, CaseRecord

HEADER_CAP = DEFAULT.sizes.record_header_bytes
ANSWER_CAP = DEFAULT.sizes.answer_bytes


def parse(stream: bytes) -> protocol.Transcript:
    return protocol.parse(stream, HEADER_CAP)


def decode_answer(data: bytes) -> Any:
    return protocol.decode_answer(data, ANSWER_CAP)


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record).encode() + b"\n"


def _case(case_id: str, status: str = "ok", answer: bytes = b"", stdout: bytes = b"", **facts: Any) -> bytes:
    header = {
        "t": "case",
        "id": case_id,
        "status": status,
        "answer": len(answer),
        "stdout": len(stdout),
        **facts,
    }
    return _line(header) + answer + stdout


HELLO = _line({"t": "hello", "version": 1, "python": "3.11.7", "cases": 2})
DONE = _line({"t": "done"})


# --- well-formed streams ---------------------------------------------------------------


def test_a_complete_stream_is_read_record_by_record() -> None:
    stream = (
        HELLO
        + _case("sample/a", answer=b"[1,2]", stdout=b"hi\n", time_ns=1500, wall_ns=9, cpu_ns=7)
        + _case("hidden/b", "exception", type="KeyError", message="'x'", line=3)
        + DONE
    )

    transcript = parse(stream)

    assert transcript.hello == {"t": "hello", "version": 1, "python": "3.11.7", "cases": 2}
    assert transcript.records == [
        CaseRecord("sample/a", "ok", b"[1,2]", b"hi\n", {"time_ns": 1500, "wall_ns": 9, "cpu_ns": 7}),
        CaseRecord("hidden/b", "exception", b"", b"", {"type": "KeyError", "message": "'x'", "line": 3}),
    ]
    assert transcript.done
    assert (transcript.malformed, transcript.fault, transcript.compile_error) == (None, None, None)


def test_facts_of_the_wrong_type_are_dropped() -> None:
    stream = _case("a", time_ns="5", line=True, signal=9, type="X", stdout_truncated=True, extra="ignored")

    (record,) = parse(stream).records

    assert record.facts == {"type": "X", "stdout_truncated": True}
    assert record.fact("time_ns", "none") == "none"


def test_a_compile_error_and_a_fault_are_recorded() -> None:
    stream = HELLO + _line({"t": "compile", "message": "SyntaxError: x", "line": 4, "more": 1})
    stream += _line({"t": "fault", "message": "m" * 2000}) + DONE

    transcript = parse(stream)

    assert transcript.compile_error == {"message": "SyntaxError: x", "line": 4, "column": None}
    assert transcript.fault == "m" * 500
    assert transcript.done


def test_consumed_ends_at_the_last_complete_record() -> None:
    complete = HELLO + _case("a", "timeout")
    transcript = parse(complete + b'{"t": "case", "id"')

    assert transcript.consumed == len(complete)
    assert [r.status for r in transcript.records] == ["timeout"]


def test_an_empty_stream_is_an_empty_transcript() -> None:
    transcript = parse(b"")

    assert (transcript.hello, transcript.records, transcript.done, transcript.malformed) == (
        None,
        [],
        False,
        None,
    )


# --- malformed streams: what was read before stands ------------------------------------


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (b"{" + b" " * HEADER_CAP + b"}\n", "a record header is cut off or too long"),
        (b"not json\n", "a record header is not JSON"),
        (b"\xff\xfe\n", "a record header is not JSON"),
        (b"[1, 2]\n", "a record header is not an object"),
        (_line({"t": "bye"}), "unknown record 'bye'"),
        (_line({"status": "ok"}), "unknown record None"),
        (
            _line({"t": "case", "id": "x", "status": "ok", "answer": -1, "stdout": 0}),
            "a case record has no valid lengths",
        ),
        (
            _line({"t": "case", "id": "x", "status": "ok", "answer": True, "stdout": 0}),
            "a case record has no valid lengths",
        ),
        (_line({"t": "case", "id": "x", "status": "ok", "stdout": 0}), "a case record has no valid lengths"),
        (_case("x", "fine"), "a case record has an unknown status or id"),
        (
            _line({"t": "case", "id": 7, "status": "ok", "answer": 0, "stdout": 0}),
            "a case record has an unknown status or id",
        ),
    ],
)
def test_parsing_stops_at_the_first_malformed_record(tail: bytes, reason: str) -> None:
    good = HELLO + _case("first", answer=b"1")

    transcript = parse(good + tail + _case("after", answer=b"2") + DONE)

    assert transcript.malformed == reason
    assert [r.id for r in transcript.records] == ["first"]
    assert not transcript.done


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (b'{"t": "case", "id": "x"', "a record header is cut off or too long"),
        (
            _line({"t": "case", "id": "x", "status": "ok", "answer": 10, "stdout": 2}) + b"0123456789",
            "a case record is cut off",
        ),
    ],
)
def test_a_stream_cut_off_mid_record_is_malformed(tail: bytes, reason: str) -> None:
    transcript = parse(HELLO + _case("first", answer=b"1") + tail)

    assert transcript.malformed == reason
    assert [r.id for r in transcript.records] == ["first"]


def test_a_deeply_nested_header_is_malformed_not_a_crash() -> None:
    transcript = parse(HELLO + b"[" * 5000 + b"\n")

    assert transcript.malformed == "a record header is not JSON"


# --- properties ------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_parse_never_raises_and_never_reads_past_the_stream(stream: bytes) -> None:
    transcript = parse(stream)

    assert sum(len(r.answer) + len(r.stdout) for r in transcript.records) <= len(stream)
    for record in transcript.records:
        assert record.answer + record.stdout in stream


ids = st.text(st.characters(codec="utf-8"), max_size=12)
records = st.lists(
    st.tuples(
        ids, st.sampled_from(sorted(protocol.STATUSES)), st.binary(max_size=40), st.binary(max_size=40)
    ),
    max_size=6,
)


def _framed(items: list[tuple[str, str, bytes, bytes]]) -> tuple[bytes, list[int]]:
    """The stream, and the offsets at which a record ends."""
    stream, ends = HELLO, [len(HELLO)]
    for case_id, status, answer, stdout in items:
        stream += _case(case_id, status, answer, stdout)
        ends.append(len(stream))
    return stream, ends


@given(records)
def test_well_formed_streams_parse_to_their_records(items: list[tuple[str, str, bytes, bytes]]) -> None:
    stream, _ = _framed(items)

    transcript = parse(stream + DONE)

    assert [(r.id, r.status, r.answer, r.stdout) for r in transcript.records] == items
    assert transcript.done and transcript.malformed is None


@given(records, st.data())
def test_a_truncated_stream_keeps_a_prefix_and_says_it_is_malformed(
    items: list[tuple[str, str, bytes, bytes]], data: st.DataObject
) -> None:
    stream, ends = _framed(items)
    cut = data.draw(st.integers(0, len(stream)))

    transcript = parse(stream[:cut])

    got = [(r.id, r.status, r.answer, r.stdout) for r in transcript.records]
    assert got == items[: len(got)]
    assert (transcript.malformed is None) == (cut in ends or cut == 0)


# --- decoding answers ------------------------------------------------------------------

DEEPEST = protocol.MAX_DEPTH + 2  # nested lists one past what is read


scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=10
)


@given(json_values)
def test_every_encoded_answer_decodes_to_itself(value: Any) -> None:
    assert decode_answer(wire.dumps(wire.encode(value))) == value


def test_the_deepest_value_the_harness_sends_is_readable() -> None:
    value: list[Any] = []
    for _ in range(wire.MAX_DEPTH):
        value = [value]

    assert decode_answer(wire.dumps(wire.encode(value))) == value


def test_the_deepest_answer_allowed_is_readable_with_or_without_strings() -> None:
    """MAX_DEPTH + 1 nested lists (the outermost at depth 0) are read; one more is not
    (the refusals below): counted on the bytes when there is no string, walked when there is."""
    deepest = b"[" * (protocol.MAX_DEPTH + 1) + b"]" * (protocol.MAX_DEPTH + 1)
    with_a_string = b"[" * (protocol.MAX_DEPTH + 1) + b'"x"' + b"]" * (protocol.MAX_DEPTH + 1)

    assert decode_answer(deepest) == json.loads(deepest)
    assert decode_answer(with_a_string) == json.loads(with_a_string)
    brackets_in_a_string = json.dumps(["[" * 200, "]]" + "{" * 100]).encode()  # depth 1
    assert decode_answer(brackets_in_a_string) == json.loads(brackets_in_a_string)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"NaN", "not valid JSON"),
        (b"[1, Infinity]", "not valid JSON"),
        (b'{"x": -Infinity}', "not valid JSON"),
        (b"[1, 2", "not valid JSON"),
        (b"", "not valid JSON"),
        (b'"\xff"', "not valid JSON"),
        (b"[" * (protocol.MAX_DEPTH + 2) + b"]" * (protocol.MAX_DEPTH + 2), "nested too deeply"),
        (b"[" * (protocol.MAX_DEPTH + 2) + b'"]"' + b"]" * (protocol.MAX_DEPTH + 2), "nested too deeply"),
        (b"[[1],[2]," + b"[" * (DEEPEST - 1) + b"]" * DEEPEST, "nested too deeply"),
        (b'{"a": ' * (protocol.MAX_DEPTH + 2) + b"1" + b"}" * (protocol.MAX_DEPTH + 2), "nested too deeply"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (b" " * (ANSWER_CAP + 1), "too large"),
    ],
)
def test_decode_answer_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(AnswerUnreadable, match=reason):
        decode_answer(data)


string_free = st.recursive(
    st.none() | st.booleans() | st.integers(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.just("k").map(str), inner, max_size=1),
    max_leaves=40,
)


def _nest(value: Any, data: st.DataObject) -> Any:
    for _ in range(data.draw(st.integers(0, 3) | st.integers(DEEPEST - 6, DEEPEST))):
        value = data.draw(st.sampled_from([[value], [1, value, []], {"k": value}]))
    return value


@given(string_free, st.data())
def test_the_bracket_count_of_depth_agrees_with_the_walk(value: Any, data: st.DataObject) -> None:
    """String-free answers are depth-checked on their bytes (no walk over 10^5 lists):
    the same answers pass and fail as with the walk over the decoded value."""
    value = _nest(value, data)
    text = json.dumps(value)
    walked = True
    try:
        protocol._check_depth(value)
    except AnswerUnreadable:
        walked = False
    counted = protocol._bracket_depth(text.replace('"k"', "0").encode()) <= protocol.MAX_DEPTH + 1
    assert counted is walked
