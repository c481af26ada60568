"""The byte-identical fast path (judge/judging/encoded.py): it may only ever accept what
the problem's checker would accept, and it only saves work."""

from __future__ import annotations

import json
import marshal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from json_strategies import json_values

from judge.bank.model import MISSING, Case, CheckerSpec
from judge.harness import wire
from judge.judging.checkers import REGISTRY, get_checker
from judge.judging.encoded import ENCODED_NAME, REFLEXIVE, encode_all, ensure, read, same_lookup

OPTIONS = {"float": (("abs_tol", 0.0), ("rel_tol", 0.0))}  # the strictest tolerance


def _case(case_id: str, expected: Any) -> Case:
    return Case(case_id, case_id, True, "", MISSING, expected)


def test_every_built_in_checker_says_where_it_accepts_the_expected_answer() -> None:
    assert set(REFLEXIVE) == set(REGISTRY)


@pytest.mark.parametrize("name", sorted(REFLEXIVE))
@given(expected=json_values)
def test_identical_bytes_are_accepted_by_the_checker_wherever_the_fast_path_takes_them(
    name: str, expected: Any
) -> None:
    """The law the fast path rests on: whenever it accepts an answer (same bytes as the
    expected answer's encoding, and REFLEXIVE holds), the checker accepts it too."""
    sent = wire.dumps(expected)
    if not REFLEXIVE[name](expected):
        return
    got = json.loads(sent)  # what the host would decode from those bytes
    check = get_checker(CheckerSpec(name, OPTIONS.get(name, ())), Path("unused"))
    assert check(None, expected, got).ok


@given(expected=json_values, got=json_values)
def test_the_fast_path_says_same_only_for_the_exact_encoding(expected: Any, got: Any) -> None:
    encodings = encode_all([("t", expected)])
    assert encodings == {"t": wire.dumps(expected)}
    assert (encodings["t"] == wire.dumps(got)) == (json.dumps(expected) == json.dumps(got))


def test_answers_the_harness_cannot_send_get_no_encoding() -> None:
    assert encode_all([("nan", float("nan")), ("ok", [1, 2])]) == {"ok": b"[1,2]"}


def test_ensure_writes_once_and_read_gives_it_back(tmp_path: Path) -> None:
    ensure(tmp_path, [{"id": "a", "expected": [1, 2]}, {"id": "b", "expected": None}])
    ensure(tmp_path, [{"id": "a", "expected": "ignored: the file is there"}])

    assert read(tmp_path) == {"a": b"[1,2]", "b": b"null"}


@pytest.mark.parametrize("content", [b"", b"junk", marshal.dumps([1, 2]), marshal.dumps({"a": 1, 2: b"x"})])
def test_a_damaged_file_reads_as_no_encodings(tmp_path: Path, content: bytes) -> None:
    (tmp_path / ENCODED_NAME).write_bytes(content)

    assert read(tmp_path) == {}


def test_same_needs_identical_bytes_and_an_answer_the_checker_takes(tmp_path: Path) -> None:
    ensure(tmp_path, [{"id": "list", "expected": [3, 1]}, {"id": "none", "expected": None}])
    exact = same_lookup(tmp_path, CheckerSpec("exact"))
    unordered = same_lookup(tmp_path, CheckerSpec("unordered"))
    assert exact is not None and unordered is not None

    assert exact(_case("list", [3, 1]), b"[3,1]")
    assert not exact(_case("list", [3, 1]), b"[1,3]")  # equal to the checker, not in bytes
    assert not exact(_case("list", [3, 1]), b"[3, 1]")
    assert not exact(_case("other", [3, 1]), b"[3,1]")  # no encoding: checked
    assert exact(_case("none", None), b"null")
    assert not unordered(_case("none", None), b"null")  # unordered rejects a non-list


@pytest.mark.parametrize(
    "spec",
    [
        CheckerSpec("custom"),
        CheckerSpec("unordered", (), ("insert",)),
        CheckerSpec("unordered-nested", (), ("insert",)),
    ],
)
def test_no_fast_path_for_a_checker_that_may_reject_the_expected_answer(
    tmp_path: Path, spec: CheckerSpec
) -> None:
    assert same_lookup(tmp_path, spec) is None


def test_no_fast_path_for_tests_that_are_not_cached() -> None:
    assert same_lookup(None, CheckerSpec("exact")) is None
